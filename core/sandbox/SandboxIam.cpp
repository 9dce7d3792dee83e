#include "sandbox/SandboxIam.h"

#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxErrors.h"
#include "sandbox/SandboxQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SandboxIam::SandboxIam(const SandboxConfig &config, SandboxAuth *auth)
    : m_config(config)
    , m_auth(auth)
{ }

SandboxResponse SandboxIam::authTokens(const SandboxRequest &request)
{
    const QJsonObject auth = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonObject user
        = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    if (!identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("password")) || user.isEmpty())
        return SandboxErrors::iam(400,
                                  QStringLiteral("The request body is invalid: password authentication expected."));
    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QString domain = user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    if (m_config.iamUser.isEmpty() || name != m_config.iamUser || password != m_config.iamPassword
        || domain != m_config.iamDomain) {
        SandboxResponse r = SandboxErrors::iam(401, QStringLiteral("The username or password is wrong."));
        r.note = QStringLiteral("password authentication failed");
        return r;
    }
    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QJsonObject project = scope.value(QStringLiteral("project")).toObject();
    const QJsonObject domainScope = scope.value(QStringLiteral("domain")).toObject();
    const bool projectOk = !project.isEmpty()
        && (project.value(QStringLiteral("name")).toString() == m_config.region
            || project.value(QStringLiteral("id")).toString() == m_config.projectId);
    const bool domainOk = !domainScope.isEmpty()
        && (domainScope.value(QStringLiteral("name")).toString() == m_config.iamDomain
            || domainScope.value(QStringLiteral("id")).toString() == m_config.domainId);
    if (!projectOk && !domainOk)
        return SandboxErrors::iam(401, QStringLiteral("The project or domain of the scope does not exist."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime expires;
    const QByteArray token = m_auth->issueToken(now, &expires);
    const QJsonObject domainJson { { QStringLiteral("id"), m_config.domainId },
                                   { QStringLiteral("name"), m_config.iamDomain } };
    QJsonObject tokenJson {
        { QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs) },
        { QStringLiteral("issued_at"), now.toString(Qt::ISODateWithMs) },
        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("catalog"), QJsonArray() },
        { QStringLiteral("roles"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("0") },
                                     { QStringLiteral("name"), QStringLiteral("op_fine_grained") } } } },
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("b1c2d3e4f5a6478899aabbccddeeff00") },
                        { QStringLiteral("name"), m_config.iamUser },
                        { QStringLiteral("domain"), domainJson },
                        { QStringLiteral("password_expires_at"), QString() } } },
    };
    if (projectOk) {
        tokenJson.insert(QStringLiteral("project"),
                         QJsonObject { { QStringLiteral("id"), m_config.projectId },
                                       { QStringLiteral("name"), m_config.region },
                                       { QStringLiteral("domain"), domainJson } });
    } else {
        tokenJson.insert(QStringLiteral("domain"), domainJson);
    }
    SandboxResponse r = SandboxResponse::ok(QJsonObject { { QStringLiteral("token"), tokenJson } }, 201);
    r.headers.append({ "X-Subject-Token", token });
    return r;
}

SandboxResponse SandboxIam::listProjects(const SandboxRequest &request) const
{
    const SandboxQuery q(request.rawQuery);
    const auto name = q.value(QStringLiteral("name"));
    QJsonArray projects;
    if (!name || *name == m_config.region) {
        projects.append(QJsonObject {
            { QStringLiteral("id"), m_config.projectId },
            { QStringLiteral("name"), m_config.region },
            { QStringLiteral("domain_id"), m_config.domainId },
            { QStringLiteral("enabled"), true },
            { QStringLiteral("parent_id"), m_config.domainId },
            { QStringLiteral("is_domain"), false },
            { QStringLiteral("description"), QString() },
            { QStringLiteral("links"),
              QJsonObject {
                  { QStringLiteral("self"),
                    QString(QStringLiteral("https://iam.myhuaweicloud.com/v3/projects/") + m_config.projectId) } } },
        });
    }
    return SandboxResponse::ok(QJsonObject {
        { QStringLiteral("projects"), projects },
        { QStringLiteral("links"),
          QJsonObject { { QStringLiteral("self"), QStringLiteral("https://iam.myhuaweicloud.com/v3/projects") },
                        { QStringLiteral("previous"), QJsonValue::Null },
                        { QStringLiteral("next"), QJsonValue::Null } } },
    });
}

SandboxResponse SandboxIam::authDomains() const
{
    const QString name = m_config.iamDomain.isEmpty() ? QStringLiteral("sandbox-account") : m_config.iamDomain;
    return SandboxResponse::ok(QJsonObject { { QStringLiteral("domains"),
                                               QJsonArray { QJsonObject { { QStringLiteral("id"), m_config.domainId },
                                                                          { QStringLiteral("name"), name },
                                                                          { QStringLiteral("enabled"), true } } } } });
}
