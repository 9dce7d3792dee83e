#include "sandbox/SandboxErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SandboxResponse json(int status, const QJsonObject &o)
{
    SandboxResponse r;
    r.status = status;
    r.body = compact(o);
    return r;
}

SandboxResponse gateway(int status, const char *code, const QString &message, const QByteArray &requestId)
{
    return json(status,
                QJsonObject { { QStringLiteral("error_msg"), message },
                              { QStringLiteral("error_code"), QLatin1String(code) },
                              { QStringLiteral("request_id"), QString::fromLatin1(requestId) } });
}

} // namespace

SandboxResponse SandboxErrors::sms(int status, const QString &code, const QString &message,
                                   const QStringList &errorParams, const QList<QPair<QString, QString>> &details)
{
    QJsonObject o { { QStringLiteral("error_code"), code }, { QStringLiteral("error_msg"), message } };
    if (!errorParams.isEmpty())
        o.insert(QStringLiteral("error_param"), QJsonArray::fromStringList(errorParams));
    if (!details.isEmpty()) {
        QJsonArray d;
        for (const auto &p : details)
            d.append(
                QJsonObject { { QStringLiteral("error_code"), p.first }, { QStringLiteral("error_msg"), p.second } });
        o.insert(QStringLiteral("details"), d);
    }
    return json(status, o);
}

SandboxResponse SandboxErrors::badParameter(const QString &message)
{
    return sms(400, QLatin1String(BadParameter), QStringLiteral("Invalid parameter: ") + message);
}

SandboxResponse SandboxErrors::taskNotFound(const QString &id)
{
    Q_UNUSED(id)
    return sms(404, QLatin1String(TaskNotFound), notFoundMessage());
}

SandboxResponse SandboxErrors::sourceNotFound(const QString &id)
{
    return taskNotFound(id);
}

QString SandboxErrors::stopRefusedMessage()
{
    return QStringLiteral("Only the tasks that are created or monitored can be paused.");
}

QString SandboxErrors::startRefusedMessage()
{
    return QStringLiteral("Only paused tasks can be resumed.");
}

QString SandboxErrors::sourceHasTaskMessage()
{
    return QStringLiteral("The source server has a migration task and cannot be deleted.");
}

QString SandboxErrors::notFoundMessage()
{
    return QStringLiteral("the resource in the task does not belong to you!");
}

SandboxResponse SandboxErrors::authFailed(const QString &detail, const QByteArray &requestId)
{
    return gateway(401, "APIGW.0301", QString(QStringLiteral("Incorrect IAM authentication information: ") + detail),
                   requestId);
}

SandboxResponse SandboxErrors::denied(const QString &action)
{
    const QString why = QStringLiteral("You do not have permission to perform action %1 on resource XXX.").arg(action);
    QJsonObject o {
        { QStringLiteral("error_code"), QLatin1String(Permission) },
        { QStringLiteral("error_msg"),
          QString(QStringLiteral("The current account does not have the permission to execute policy ") + why) },
        { QStringLiteral("encoded_authorization_message"), QStringLiteral("XXXXXX") },
        { QStringLiteral("error_param"), QJsonArray { why } },
        { QStringLiteral("details"),
          QJsonArray { QJsonObject { { QStringLiteral("error_code"), QLatin1String(Permission) },
                                     { QStringLiteral("error_msg"), why } } } },
    };
    return json(403, o);
}

SandboxResponse SandboxErrors::throttled(int retryAfterS, const QByteArray &requestId)
{
    SandboxResponse r = gateway(
        429, "APIGW.0308",
        QStringLiteral("The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute"),
        requestId);
    r.headers.append({ "Retry-After", QByteArray::number(retryAfterS) });
    return r;
}

SandboxResponse SandboxErrors::apiNotFound(const QByteArray &requestId)
{
    return gateway(404, "APIGW.0101",
                   QStringLiteral("The API does not exist or has not been published in the environment."), requestId);
}

SandboxResponse SandboxErrors::tooLarge(const QByteArray &requestId)
{
    return gateway(413, "APIGW.0201", QStringLiteral("Request entity too large"), requestId);
}

SandboxResponse SandboxErrors::refused(int status, const QByteArray &requestId)
{
    switch (status) {
    case 413:
        return tooLarge(requestId);
    case 414:
        return gateway(414, "APIGW.0201", QStringLiteral("Request URI too large"), requestId);
    case 431:
        return gateway(431, "APIGW.0201", QStringLiteral("Request headers too large"), requestId);
    default:
        return gateway(400, "APIGW.0201", QStringLiteral("Bad request"), requestId);
    }
}

SandboxResponse SandboxErrors::html(int status)
{
    const QByteArray text
        = status == 502 ? QByteArray("502 Bad Gateway") : QByteArray("503 Service Temporarily Unavailable");
    SandboxResponse r;
    r.status = status;
    r.isJson = false;
    r.contentType = "text/html";
    r.body = "<html>\r\n<head><title>" + text + "</title></head>\r\n<body>\r\n<center><h1>" + text
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

SandboxResponse SandboxErrors::iam(int status, const QString &message)
{
    const QString title = status == 401 ? QStringLiteral("Unauthorized")
        : status == 403                 ? QStringLiteral("Forbidden")
                                        : QStringLiteral("Bad Request");
    return json(status,
                QJsonObject { { QStringLiteral("error"),
                                QJsonObject { { QStringLiteral("code"), status },
                                              { QStringLiteral("message"), message },
                                              { QStringLiteral("title"), title } } } });
}
