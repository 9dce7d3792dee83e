#include "api/SmsClient.h"

#include "api/OneShotBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QVariant>

namespace {
const char *const UserCancelProperty = "sms_user_cancel";
const char *const CallbackProperty = "sms_callback"; // the QMetaObject::Connection to the context

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    const int port = url.port(-1);
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (port > 0 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}
} // namespace

SmsClient::SmsClient(const QUrl &endpoint, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_nam(new QNetworkAccessManager(this))
{ }

SmsClient::~SmsClient()
{
    // The replies are children of m_nam, which dies with this object; their callbacks may capture
    // this client (sendRead) and owners that outlive it. Detach them first, so that neither their
    // abort nor their deletion by ~QNetworkAccessManager runs a callback.
    const auto replies = m_nam->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies)
        drop(reply);
}

void SmsClient::setCaCertificates(const QList<QSslCertificate> &cas)
{
    // Taken only here: the default configuration loads the TLS backend (~5 ms at start-up), which a
    // client of an http:// endpoint never needs.
    if (!m_ssl)
        m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl->addCaCertificates(cas);
}

QNetworkRequest SmsClient::buildRequest(const ApiRequest &request) const
{
    QByteArray path = m_endpoint.path(QUrl::FullyEncoded).toUtf8();
    if (path.endsWith('/'))
        path.chop(1);
    path += request.path.toUtf8();
    const QByteArray query = Signer::encodeQuery(request.query);
    QByteArray wire = m_endpoint.scheme().toUtf8() + "://" + m_endpoint.authority(QUrl::FullyEncoded).toUtf8() + path;
    if (!query.isEmpty())
        wire += '?' + query;
    // fromEncoded keeps a strictly encoded query byte for byte (design.md).
    QNetworkRequest req(QUrl::fromEncoded(wire, QUrl::StrictMode));

    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (m_credentials.hasAkSk()) {
        const QByteArray date = Signer::sdkDate(m_clock());
        QList<Signer::Header> signedHeaders { { "Content-Type", "application/json" },
                                              { "Host", hostHeader(m_endpoint) },
                                              { "X-Sdk-Date", date } };
        if (!m_credentials.projectId.isEmpty())
            signedHeaders.append({ "X-Project-Id", m_credentials.projectId.toUtf8() });
        else if (!m_credentials.domainId.isEmpty())
            signedHeaders.append({ "X-Domain-Id", m_credentials.domainId.toUtf8() });
        if (!m_credentials.securityToken.isEmpty())
            signedHeaders.append({ "X-Security-Token", m_credentials.securityToken });
        for (const auto &h : signedHeaders)
            req.setRawHeader(h.first, h.second);
        req.setRawHeader(
            "Authorization",
            Signer::sign(m_credentials.ak, m_credentials.sk, request.method, path, query, signedHeaders, request.body));
    } else if (!m_credentials.authToken.isEmpty()) {
        // A token replaces the signature (signing.md §5).
        req.setRawHeader("X-Auth-Token", m_credentials.authToken);
        if (!m_credentials.projectId.isEmpty())
            req.setRawHeader("X-Project-Id", m_credentials.projectId.toUtf8());
    }
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_ssl)
        req.setSslConfiguration(*m_ssl);
    return req;
}

QNetworkReply *SmsClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    Q_ASSERT_X(context, "SmsClient::send", "a request needs a context that owns its callback");
    if (!m_limiter)
        return transmit(request, context, std::move(done));
    sendLimited(request, context, std::move(done));
    return nullptr;
}

void SmsClient::sendLimited(const ApiRequest &request, QObject *context, Callback done)
{
    const QPointer<SmsClient> self(this);
    const QPointer<RequestLimiter> limiter = m_limiter;
    auto refuse = [self, done] {
        if (!self)
            return; // the client went first: dropped like its replies
        ApiResponse r;
        r.error.kind = SmsErrorKind::NotSent;
        done(r);
    };
    auto start = [self, limiter, request, context, done] {
        if (!self) {
            if (limiter)
                limiter->release();
            return;
        }
        // The slot is given back once: on the answer, or when the reply goes without one.
        auto held = std::make_shared<bool>(true);
        auto releaseSlot = [held, limiter] {
            if (std::exchange(*held, false) && limiter)
                limiter->release();
        };
        QNetworkReply *reply = self->transmit(request, context, [limiter, releaseSlot, done](const ApiResponse &r) {
            if (limiter)
                limiter->observe(r); // a 401 blocks what waits before the next one starts
            releaseSlot();
            done(r);
        });
        connect(reply, &QObject::destroyed, limiter, releaseSlot);
    };
    m_limiter->acquire(context, std::move(start), std::move(refuse));
}

QNetworkReply *SmsClient::transmit(const ApiRequest &request, QObject *context, Callback done)
{
    QNetworkRequest req = buildRequest(request);
    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_nam->sendCustomRequest(req, request.method, request.body);
    } else {
        // Writes are never resent behind our back (see OneShotBody).
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_nam->sendCustomRequest(req, request.method, body);
        body->setParent(reply);
    }
    const QMetaObject::Connection callback
        = connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
              reply->deleteLater();
              done(toResponse(reply));
          });
    reply->setProperty(CallbackProperty, QVariant::fromValue(callback));
    // If the context dies first, detach before aborting: ~QObject emits destroyed() while the
    // context's connections still stand, and abort() emits finished() synchronously, so a plain
    // abort would run the callback into an owner that is half destroyed (design.md, "Network").
    connect(context, &QObject::destroyed, reply, [reply] { drop(reply); });
    return reply;
}

void SmsClient::drop(QNetworkReply *reply)
{
    QObject::disconnect(reply->property(CallbackProperty).value<QMetaObject::Connection>());
    if (!reply->isFinished())
        reply->abort(); // no callback is told: this is no user cancel
    reply->deleteLater();
}

void SmsClient::sendRead(const ApiRequest &request, QObject *context, Callback done)
{
    sendReadAttempt(request, context, std::move(done), 1, QDateTime::currentMSecsSinceEpoch());
}

void SmsClient::sendReadAttempt(const ApiRequest &request, QObject *context, Callback done, int attempt,
                                qint64 startedMs)
{
    // `this` is safe here: a callback runs only while its reply lives, and ~SmsClient detaches them.
    send(request, context, [=](const ApiResponse &r) {
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedMs;
        if (attempt < m_retry.maxAttempts && RetryPolicy::isRetryable(r)) {
            const int delay = m_retry.delayMs(attempt, r);
            if (elapsed + delay <= m_retry.maxTotalMs) {
                // The timer dies with the context (Qt skips a single shot whose receiver is gone);
                // the client may go first, so it is watched too: then the retry is dropped.
                QTimer::singleShot(delay, context, [=, self = QPointer<SmsClient>(this)] {
                    if (self)
                        self->sendReadAttempt(request, context, done, attempt + 1, startedMs);
                });
                return;
            }
        }
        done(r);
    });
}

void SmsClient::cancel(QNetworkReply *reply)
{
    if (!reply || reply->isFinished())
        return;
    reply->setProperty(UserCancelProperty, true);
    reply->abort();
}

ApiResponse SmsClient::toResponse(QNetworkReply *reply)
{
    ApiResponse r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    r.subjectToken = reply->rawHeader("X-Subject-Token");
    if (reply->hasRawHeader("Retry-After")) {
        bool ok = false;
        const double seconds = reply->rawHeader("Retry-After").trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            r.retryAfterMs = qint64(seconds * 1000);
    }
    const QNetworkReply::NetworkError ne = reply->error();
    if (r.httpStatus >= 200 && r.httpStatus < 300 && ne == QNetworkReply::NoError)
        return r;
    if (r.httpStatus >= 300) {
        r.error = SmsError::fromHttp(r.httpStatus, r.body, r.requestId);
        return r;
    }
    // No HTTP status: the transfer itself failed.
    SmsError &e = r.error;
    e.requestId = r.requestId;
    e.networkError = int(ne);
    e.networkErrorString = reply->errorString();
    const QUrl url = reply->url();
    e.host = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    if (ne == QNetworkReply::OperationCanceledError)
        e.kind = reply->property(UserCancelProperty).toBool() ? SmsErrorKind::Canceled : SmsErrorKind::Timeout;
    else if (ne == QNetworkReply::SslHandshakeFailedError)
        e.kind = SmsErrorKind::Tls;
    else if (ne == QNetworkReply::TimeoutError)
        e.kind = SmsErrorKind::Timeout;
    else
        e.kind = SmsErrorKind::Network;
    return r;
}
