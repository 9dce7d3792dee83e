#include "api/IamClient.h"

#include "api/SmsClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

QJsonObject IamClient::scopeJson(const Scope &scope, const QString &domainName)
{
    auto one = [](const char *key, const QString &value) {
        return QJsonObject { { QString::fromLatin1(key), value } };
    };
    if (!scope.projectId.isEmpty())
        return { { QStringLiteral("project"), one("id", scope.projectId) } };
    if (!scope.region.isEmpty())
        return { { QStringLiteral("project"), one("name", scope.region) } };
    if (!scope.domainId.isEmpty())
        return { { QStringLiteral("domain"), one("id", scope.domainId) } };
    return { { QStringLiteral("domain"), one("name", domainName) } };
}

void IamClient::requestToken(SmsClient *client, const QString &user, const QString &password, const QString &domain,
                             const Scope &scope, QObject *context, std::function<void(const TokenResult &)> done)
{
    const QJsonObject body { { QStringLiteral("auth"),
                               QJsonObject {
                                   { QStringLiteral("identity"),
                                     QJsonObject {
                                         { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
                                         { QStringLiteral("password"),
                                           QJsonObject { { QStringLiteral("user"),
                                                           QJsonObject {
                                                               { QStringLiteral("name"), user },
                                                               { QStringLiteral("password"), password },
                                                               { QStringLiteral("domain"),
                                                                 QJsonObject { { QStringLiteral("name"), domain } } },
                                                           } } } },
                                     } },
                                   { QStringLiteral("scope"), scopeJson(scope, domain) },
                               } } };
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/v3/auth/tokens");
    req.query = { { QStringLiteral("nocatalog"), QStringLiteral("true") } };
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    client->send(req, context, [done = std::move(done)](const ApiResponse &r) {
        TokenResult result;
        if (!r.ok()) {
            result.error = r.error;
            return done(result);
        }
        result.token = r.subjectToken;
        const QJsonObject token = QJsonDocument::fromJson(r.body).object().value(QLatin1String("token")).toObject();
        result.expiresAt
            = QDateTime::fromString(token.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        result.projectId = token.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
        if (result.token.isEmpty()) {
            result.error.kind = SmsErrorKind::InvalidResponse;
            result.error.httpStatus = r.httpStatus;
            result.error.requestId = r.requestId;
            result.error.message = QCoreApplication::translate("IamClient", "IAM sent no X-Subject-Token.");
        }
        done(result);
    });
}

void IamClient::discoverProject(SmsClient *client, const QString &region, QObject *context,
                                std::function<void(const ProjectResult &)> done)
{
    client->sendRead(ApiRequest::get(QStringLiteral("/v3/projects"), { { QStringLiteral("name"), region } }), context,
                     [region, done = std::move(done)](const ApiResponse &r) {
                         ProjectResult result;
                         if (!r.ok()) {
                             result.error = r.error;
                             return done(result);
                         }
                         const QJsonArray projects
                             = QJsonDocument::fromJson(r.body).object().value(QLatin1String("projects")).toArray();
                         for (const QJsonValue &v : projects)
                             result.candidates.append(v.toObject().value(QLatin1String("id")).toString());
                         if (result.candidates.size() == 1)
                             result.projectId = result.candidates.first();
                         else if (result.candidates.isEmpty())
                             result.problem = QCoreApplication::translate(
                                                  "IamClient",
                                                  "No project named \"%1\" was found in this account: check the "
                                                  "region, or give the project id.")
                                                  .arg(region);
                         else
                             result.problem
                                 = QCoreApplication::translate("IamClient",
                                                               "Several projects are named \"%1\" (%2): give the "
                                                               "project id.")
                                       .arg(region, result.candidates.join(QStringLiteral(", ")));
                         done(result);
                     });
}
