#pragma once

#include "api/ApiResponse.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

// The request discipline of one account, shared by every client of its session (SMS and IAM): five
// failed signatures in a row lock an AK for five minutes, so
// - until one signed call has been accepted, requests go one at a time (the first one alone);
// - then at most `maxInFlight` are in flight (reads, deletes, look-ups and polls together);
// - after a 401 nothing more is sent (what waits is refused, unsent) until reset(), which only an
//   explicit user action calls (a new session, or Refresh).
class RequestLimiter : public QObject
{
    Q_OBJECT

public:
    using Start = std::function<void()>;
    using Refuse = std::function<void()>;

    explicit RequestLimiter(int maxInFlight = 4, QObject *parent = nullptr);

    // Runs `start` now or once a slot is free (it must call release() exactly once when its request
    // is over), or `refuse` when the account is blocked. Nothing runs once `context` is gone.
    void acquire(QObject *context, Start start, Refuse refuse);
    void release();
    // What a request's answer says about the signature: any answer but a 401 means it was accepted.
    void observe(const ApiResponse &response);

    bool isBlocked() const { return m_blocked; }
    bool isOpen() const { return m_open; } // a signed call has been accepted
    int inFlight() const { return m_inFlight; }
    int limit() const { return m_open ? m_maxInFlight : 1; }
    void reset(); // the user acts: send again, the first request alone

Q_SIGNALS:
    void blocked(); // a 401: nothing more is sent until reset()

private:
    struct Waiting
    {
        QPointer<QObject> context;
        Start start;
        Refuse refuse;
    };
    void pump();

    int m_maxInFlight;
    int m_inFlight = 0;
    bool m_open = false;
    bool m_blocked = false;
    QList<Waiting> m_waiting;
};
