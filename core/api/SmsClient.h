#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "api/RequestLimiter.h"
#include "api/RetryPolicy.h"
#include "model/Credentials.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The one request factory (ownCloud AbstractNetworkJob style): every SMS call is built, signed,
// given a transfer timeout and parsed here. Asynchronous only, one thread.
//
// Lifetimes. A callback runs only while its `context` lives. When a context is destroyed, each of
// its replies is detached first (its callback disconnected), then aborted, then deleteLater'd; a
// pending sendRead() retry is dropped. So no callback runs into an owner that is half destroyed
// (an operation whose context is its child), and nothing is resent. The client should outlive every context it
// was given: owners keep a raw SmsClient*. If it is destroyed first, its replies and pending retries
// are dropped the same way, without a callback: the owner never hears back and must not use the
// client again. Never delete the client from inside one of its callbacks (its replies die with it,
// and Qt forbids deleting a reply from its finished()): use deleteLater(). A context may go anywhere.
class SmsClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    SmsClient(const QUrl &endpoint, const Credentials &credentials, QObject *parent = nullptr);
    ~SmsClient() override; // detaches and aborts what is in flight: no callback runs afterwards

    QUrl endpoint() const { return m_endpoint; }
    const Credentials &credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Extra CA certificates to trust (a private cloud's CA, or the sandbox's generated CA).
    void setCaCertificates(const QList<QSslCertificate> &cas);

    // Sends the request; `done` runs once, unless `context` (never null) or the client is gone first.
    // The reply is freed after `done` or with its context: keep a QPointer to it, not a raw pointer.
    // With a limiter, the request may wait for a slot (then nullptr is returned) or be refused unsent
    // (SmsErrorKind::NotSent, after a 401 of the account).
    QNetworkReply *send(const ApiRequest &request, QObject *context, Callback done);
    // The account's request discipline, shared by every client of one session (not owned).
    void setLimiter(RequestLimiter *limiter) { m_limiter = limiter; }
    // Whether the account's signature has been accepted (by any earlier call of the session).
    bool signatureProven() const { return m_limiter && m_limiter->isOpen(); }
    // A read (GET): resent on 429, 5xx and network errors as the retry policy allows. Never use
    // it for a delete: a delete that may have run is reconciled, not resent blindly.
    void sendRead(const ApiRequest &request, QObject *context, Callback done);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // A user cancel: `done` still runs, at once, with SmsErrorKind::Canceled (a transfer timeout
    // gives Timeout). Unlike a context's destruction, which detaches the callback first.
    static void cancel(QNetworkReply *reply);

    // Builds the wire URL (query encoded once, strictly) and signed headers; public for tests.
    QNetworkRequest buildRequest(const ApiRequest &request) const;

private:
    static ApiResponse toResponse(QNetworkReply *reply);
    // Disconnects the reply's callback, aborts it if it is still running, and frees it later.
    static void drop(QNetworkReply *reply);
    void sendReadAttempt(const ApiRequest &request, QObject *context, Callback done, int attempt, qint64 startedMs);
    QNetworkReply *transmit(const ApiRequest &request, QObject *context, Callback done);
    void sendLimited(const ApiRequest &request, QObject *context, Callback done);

    QUrl m_endpoint;
    Credentials m_credentials;
    int m_timeoutMs = 30000;
    std::function<QDateTime()> m_clock;
    QNetworkAccessManager *m_nam;
    std::optional<QSslConfiguration> m_ssl; // set only with custom CAs (see setCaCertificates)
    RetryPolicy m_retry;
    QPointer<RequestLimiter> m_limiter;
};
