#pragma once

#include "api/ApiResponse.h"

// Retries for reads: 429, 5xx, network errors and timeouts, with exponential backoff and jitter,
// bounded in count and in total time. Every delay is injectable so fault tests take seconds.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 500; // doubled each attempt
    int maxDelayMs = 8000;
    int throttleDelayMs = 3000; // 429 without Retry-After: Huawei's advice is 2-5 s
    int maxTotalMs = 60000;

    static bool isRetryable(const ApiResponse &r);
    // Delay before attempt `attempt` (1 = the first retry).
    int delayMs(int attempt, const ApiResponse &r) const;

    static RetryPolicy none() { return RetryPolicy { 1, 0, 0, 0, 0 }; }
};
