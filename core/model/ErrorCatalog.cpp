#include "model/ErrorCatalog.h"

#include <QNetworkReply>

#include <QCoreApplication>

namespace {

// Gateways write APIGW.xxxx or the older APIG.xxxx: one meaning.
QString normalized(const QString &code)
{
    QString c = code.trimmed().toUpper();
    if (c.startsWith(QLatin1String("APIG.")))
        c.replace(0, 5, QStringLiteral("APIGW."));
    return c;
}

QString explainCode(const QString &c)
{
    // clang-format off
    if (c == u"SMS.9004") return ErrorCatalog::tr("Your IAM policy does not allow this action. Ask the account administrator for the SMS permission it names.");
    if (c == u"APIGW.0301") return ErrorCatalog::tr("Authentication failed: wrong AK/SK, unknown AK, clock off by more than 15 minutes, expired token or a locked AK.");
    if (c == u"APIGW.0308") return ErrorCatalog::tr("Too many requests: the gateway throttled this call.");
    if (c == u"APIGW.0101") return ErrorCatalog::tr("The API does not exist at this endpoint.");
    if (c == u"APIGW.0201") return ErrorCatalog::tr("The gateway rejected the request (bad request or too large).");
    if (c == u"SMS.2015") return ErrorCatalog::tr("The service refused to delete a task in this state (assumed meaning).");
    if (c == u"SMS.2248") return ErrorCatalog::tr("The task does not belong to this account (assumed meaning).");
    if (c == u"SMS.6527") return ErrorCatalog::tr("The task does not belong to this account (assumed meaning).");
    if (c == u"SMS.9001") return ErrorCatalog::tr("The service rejected a parameter of the request (assumed meaning).");
    if (c == u"SMS.2252") return ErrorCatalog::tr("No migration task is associated with the source server.");
    if (c == u"SMS.6301") return ErrorCatalog::tr("The service had a database error.");
    if (c == u"SMS.2007") return ErrorCatalog::tr("The service had an internal error.");
    // clang-format on
    return {};
}

QString explainStatus(int status)
{
    if (status == 400)
        return ErrorCatalog::tr("The service rejected the request as invalid.");
    if (status == 401)
        return ErrorCatalog::tr("Authentication failed.");
    if (status == 403)
        return ErrorCatalog::tr("Permission denied.");
    if (status == 404)
        return ErrorCatalog::tr("Not found.");
    if (status == 429)
        return ErrorCatalog::tr("Too many requests: the gateway throttled this call.");
    if (status >= 500)
        return ErrorCatalog::tr("The service or its gateway failed (server error).");
    return ErrorCatalog::tr("The service answered with an error.");
}

} // namespace

bool ErrorCatalog::isAssumed(const QString &code)
{
    const QString c = normalized(code);
    return c == u"SMS.2015" || c == u"SMS.2248" || c == u"SMS.6527" || c == u"SMS.9001";
}

QString ErrorCatalog::explain(const SmsError &e)
{
    switch (e.kind) {
    case SmsErrorKind::None:
        return {};
    case SmsErrorKind::Network:
        return ErrorCatalog::tr("Network error: the service could not be reached or the connection broke.");
    case SmsErrorKind::Timeout:
        return ErrorCatalog::tr("The request timed out.");
    case SmsErrorKind::Canceled:
        return ErrorCatalog::tr("Cancelled.");
    case SmsErrorKind::Tls:
        return ErrorCatalog::tr("Secure connection failed: the server's certificate is not trusted.");
    case SmsErrorKind::InvalidResponse:
        return ErrorCatalog::tr("The service sent a response that could not be read.");
    case SmsErrorKind::NotSent:
        return ErrorCatalog::tr(
            "Not sent: the service refused this account's signature (HTTP 401), and nothing more is "
            "sent until you check the account or refresh, so the key is not locked.");
    case SmsErrorKind::Unproven:
        return ErrorCatalog::tr("The answers proved nothing either way: the list changed while it was read, or the "
                                "service did not filter it as asked.");
    case SmsErrorKind::Http:
        break;
    }
    for (const QString &code : e.allCodes()) {
        const QString text = explainCode(normalized(code));
        if (!text.isEmpty())
            return text;
    }
    return explainStatus(e.httpStatus);
}

QString ErrorCatalog::transportCause(const SmsError &e)
{
    if (e.networkError == 0)
        return {};
    const QString host = e.host.isEmpty() ? ErrorCatalog::tr("the server") : e.host;
    switch (QNetworkReply::NetworkError(e.networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCatalog::tr("connection refused by %1").arg(host);
    case QNetworkReply::HostNotFoundError:
        return ErrorCatalog::tr("host %1 not found").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ErrorCatalog::tr("no answer from %1 in time").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return ErrorCatalog::tr("%1 closed the connection").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorCatalog::tr("the TLS handshake with %1 failed").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ErrorCatalog::tr("the proxy failed on the way to %1").arg(host);
    default:
        return e.networkErrorString.isEmpty() ? host : e.networkErrorString + QStringLiteral(" (") + host + u')';
    }
}
