#include "api/RequestLimiter.h"

#include <QTimer>

RequestLimiter::RequestLimiter(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(qMax(1, maxInFlight))
{ }

void RequestLimiter::acquire(QObject *context, Start start, Refuse refuse)
{
    if (m_blocked) {
        // Asynchronously, like any answer: the caller is still inside its send.
        QTimer::singleShot(0, context, std::move(refuse));
        return;
    }
    m_waiting.append({ context, std::move(start), std::move(refuse) });
    pump();
}

void RequestLimiter::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
    pump();
}

void RequestLimiter::observe(const ApiResponse &response)
{
    if (response.httpStatus == 401) {
        if (m_blocked)
            return;
        m_blocked = true;
        // Everything that waits is refused, unsent: another signature would count towards the lock.
        const QList<Waiting> refused = std::exchange(m_waiting, {});
        Q_EMIT blocked();
        for (const Waiting &w : refused) {
            if (w.context)
                QTimer::singleShot(0, w.context, w.refuse);
        }
        return;
    }
    // A status from the service proves the signature was checked and accepted.
    if (response.httpStatus >= 200 && response.httpStatus < 500)
        m_open = true;
}

void RequestLimiter::reset()
{
    m_blocked = false;
    m_open = false;
    pump();
}

void RequestLimiter::pump()
{
    while (!m_blocked && m_inFlight < limit() && !m_waiting.isEmpty()) {
        const Waiting next = m_waiting.takeFirst();
        if (!next.context)
            continue; // its owner is gone: never sent
        ++m_inFlight;
        next.start();
    }
}
