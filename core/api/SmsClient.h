#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "api/Credentials.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The one request factory (ownCloud AbstractNetworkJob style): every SMS call is built, signed,
// given a transfer timeout and parsed here. Asynchronous only.
class SmsClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    SmsClient(const QUrl &endpoint, const Credentials &credentials, QObject *parent = nullptr);

    QUrl endpoint() const { return m_endpoint; }
    const Credentials &credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Extra CA certificates to trust (a private cloud's CA, or the sandbox's generated CA).
    void setCaCertificates(const QList<QSslCertificate> &cas);

    // Sends the request; `done` runs on `context`'s thread unless `context` is gone first.
    QNetworkReply *send(const ApiRequest &request, QObject *context, Callback done);
    // A read (GET): resent on 429, 5xx and network errors as the retry policy allows. Never use
    // it for a delete: a delete that may have run is reconciled, not resent blindly.
    void sendRead(const ApiRequest &request, QObject *context, Callback done);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // A user cancel, told apart from a timeout in the response's error kind.
    static void cancel(QNetworkReply *reply);

    // Builds the wire URL (query encoded once, strictly) and signed headers; public for tests.
    QNetworkRequest buildRequest(const ApiRequest &request) const;

private:
    ApiResponse toResponse(QNetworkReply *reply) const;
    void sendReadAttempt(const ApiRequest &request, QObject *context, Callback done, int attempt, qint64 startedMs);

    QUrl m_endpoint;
    Credentials m_credentials;
    int m_timeoutMs = 30000;
    std::function<QDateTime()> m_clock;
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    bool m_customSsl = false;
    RetryPolicy m_retry;
};
