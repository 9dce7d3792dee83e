#include "model/SmsError.h"

#include "model/ErrorCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble()) : QString());
}

// error_code + error_msg, else code + message; returns false when neither is there.
bool readCodeAndMessage(const QJsonObject &o, SmsError &e)
{
    if (o.contains(QLatin1String("error_code")) || o.contains(QLatin1String("error_msg"))) {
        e.code = str(o, "error_code");
        e.message = str(o, "error_msg");
        return true;
    }
    if (o.contains(QLatin1String("code")) || o.contains(QLatin1String("message"))) {
        e.code = str(o, "code");
        e.message = str(o, "message");
        return true;
    }
    return false;
}

} // namespace

SmsError SmsError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    SmsError e;
    e.kind = SmsErrorKind::Http;
    e.httpStatus = status;
    e.requestId = requestId;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        // HTML from a proxy or gateway, or nothing at all: keep a short, plain excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (text.startsWith(QLatin1Char('<')))
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        e.message = text.simplified();
        return e;
    }
    const QJsonObject o = doc.object();
    if (!readCodeAndMessage(o, e)) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() && readCodeAndMessage(it.value().toObject(), e))
                break;
        }
    }
    e.encodedAuthorizationMessage = str(o, "encoded_authorization_message");
    for (const QJsonValue &v : o.value(QLatin1String("error_param")).toArray())
        e.params.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("details")).toArray()) {
        const QJsonObject d = v.toObject();
        e.details.append({ str(d, "error_code"), str(d, "error_msg") });
    }
    if (e.requestId.isEmpty())
        e.requestId = str(o, "request_id");
    return e;
}

QStringList SmsError::allCodes() const
{
    QStringList codes;
    if (!code.isEmpty())
        codes.append(code);
    for (const auto &d : details) {
        if (!d.code.isEmpty() && !codes.contains(d.code))
            codes.append(d.code);
    }
    return codes;
}

QString SmsError::summary() const
{
    QStringList parts;
    const QString explanation = ErrorCatalog::explain(*this);
    const QStringList codes = allCodes();
    QString head
        = codes.isEmpty() ? explanation : codes.join(QStringLiteral(", ")) + QStringLiteral(": ") + explanation;
    if (!message.isEmpty() && message != explanation)
        head += QStringLiteral(" — ") + message;
    if (const QString cause = ErrorCatalog::transportCause(*this); !cause.isEmpty())
        head += QStringLiteral(" — ") + cause; // the cause and the host in the bar itself
    parts.append(head);
    if (httpStatus > 0)
        parts.append(QCoreApplication::translate("SmsError", "HTTP %1").arg(httpStatus));
    if (!requestId.isEmpty())
        parts.append(QCoreApplication::translate("SmsError", "request id %1").arg(requestId));
    return parts.join(QStringLiteral(" · "));
}

QString SmsError::detailedText() const
{
    QStringList lines;
    const QString none = QCoreApplication::translate("SmsError", "(none)");
    lines.append(QCoreApplication::translate("SmsError", "Error code: %1")
                     .arg(allCodes().isEmpty() ? none : allCodes().join(QStringLiteral(", "))));
    lines.append(QCoreApplication::translate("SmsError", "Explanation: %1").arg(ErrorCatalog::explain(*this)));
    lines.append(
        QCoreApplication::translate("SmsError", "Service message: %1").arg(message.isEmpty() ? none : message));
    for (const auto &d : details)
        lines.append(QCoreApplication::translate("SmsError", "Detail: %1 %2").arg(d.code, d.message));
    if (!params.isEmpty())
        lines.append(QCoreApplication::translate("SmsError", "Parameters: %1").arg(params.join(QStringLiteral(", "))));
    lines.append(QCoreApplication::translate("SmsError", "HTTP status: %1")
                     .arg(httpStatus > 0 ? QString::number(httpStatus) : none));
    lines.append(QCoreApplication::translate("SmsError", "Request id: %1").arg(requestId.isEmpty() ? none : requestId));
    if (!networkErrorString.isEmpty())
        lines.append(QCoreApplication::translate("SmsError", "Network: %1").arg(networkErrorString));
    if (!encodedAuthorizationMessage.isEmpty())
        lines.append(QCoreApplication::translate("SmsError", "Encoded authorization message: %1")
                         .arg(encodedAuthorizationMessage));
    return lines.join(QLatin1Char('\n'));
}
