#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

bool RetryPolicy::isRetryable(const ApiResponse &r)
{
    switch (r.error.kind) {
    case SmsErrorKind::None:
    case SmsErrorKind::Canceled:
    case SmsErrorKind::Tls:
    case SmsErrorKind::NotSent:
    case SmsErrorKind::Unproven:
        return false;
    case SmsErrorKind::Network:
    case SmsErrorKind::Timeout:
    case SmsErrorKind::InvalidResponse:
        return true;
    case SmsErrorKind::Http:
        return r.httpStatus == 429 || r.httpStatus >= 500;
    }
    return false;
}

int RetryPolicy::delayMs(int attempt, const ApiResponse &r) const
{
    if (r.httpStatus == 429 || r.httpStatus == 503) {
        if (r.retryAfterMs >= 0)
            return int(std::min<qint64>(r.retryAfterMs, maxTotalMs));
        if (r.httpStatus == 429)
            return throttleDelayMs;
    }
    const int exp = std::min(maxDelayMs, baseDelayMs << std::min(attempt - 1, 10));
    const int jitter = exp > 0 ? int(QRandomGenerator::global()->bounded(exp / 2 + 1)) : 0;
    return std::min(maxDelayMs, exp / 2 + jitter + exp / 4);
}
