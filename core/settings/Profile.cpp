#include "settings/Profile.h"

#include "model/RegionCatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

bool Profile::hasSecrets() const
{
    switch (authMethod) {
    case AuthMethod::AkSk:
        return credentials.hasAkSk();
    case AuthMethod::TemporaryAkSk:
        return credentials.hasAkSk() && !credentials.securityToken.isEmpty();
    case AuthMethod::IamPassword:
        return !iamPassword.isEmpty();
    }
    return false;
}

void Profile::clearSecrets()
{
    credentials.ak.clear();
    credentials.sk.clear();
    credentials.securityToken.clear();
    credentials.authToken.clear();
    iamPassword.clear();
}

void Profile::resolveEndpoint()
{
    const RegionCatalog::Resolved r = RegionCatalog::resolve(region, smsEndpoint, iamEndpoint);
    endpoint = r.isValid() ? r.sms : QUrl(smsEndpoint.trimmed(), QUrl::StrictMode);
}

QStringList Profile::validationProblems(bool checkSecrets) const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("Profile", "Give the profile a name."));
    const RegionCatalog::Resolved r = RegionCatalog::resolve(region, smsEndpoint, iamEndpoint);
    if (!r.isValid())
        problems.append(r.error);

    static const QRegularExpression akShape(QStringLiteral("^[A-Za-z0-9]{16,64}$"));
    static const QRegularExpression skShape(QStringLiteral("^[\\x21-\\x7E]{20,128}$"));
    const bool akSk = authMethod == AuthMethod::AkSk || authMethod == AuthMethod::TemporaryAkSk;
    if (akSk && checkSecrets) {
        // Shapes only, never the values: a message must not echo a key.
        if (!akShape.match(QString::fromLatin1(credentials.ak)).hasMatch())
            problems.append(
                QCoreApplication::translate("Profile",
                                            "The AK (access key ID) must be 16 to 64 letters and digits, usually 20, "
                                            "such as HPUAXXXXXXXXXXXXXXXX."));
        if (!skShape.match(QString::fromLatin1(credentials.sk)).hasMatch())
            problems.append(
                QCoreApplication::translate("Profile",
                                            "The SK (secret access key) must be 20 to 128 visible characters without "
                                            "spaces, usually 40."));
        else if (credentials.ak == credentials.sk)
            problems.append(QCoreApplication::translate(
                "Profile",
                "The AK and the SK are the same: paste the access key ID and the secret access "
                "key into their own fields."));
        if (authMethod == AuthMethod::TemporaryAkSk && credentials.securityToken.trimmed().isEmpty())
            problems.append(QCoreApplication::translate(
                "Profile", "Temporary AK/SK needs the security token that came with them."));
    }
    if (authMethod == AuthMethod::IamPassword) {
        if (iamUser.trimmed().isEmpty())
            problems.append(QCoreApplication::translate("Profile", "Give the IAM user name."));
        if (iamDomain.trimmed().isEmpty())
            problems.append(QCoreApplication::translate("Profile", "Give the account name the IAM user belongs to."));
        if (checkSecrets && iamPassword.isEmpty())
            problems.append(QCoreApplication::translate("Profile", "Give the IAM user's password."));
    }
    if (!credentials.projectId.isEmpty() && !credentials.domainId.isEmpty())
        problems.append(
            QCoreApplication::translate("Profile", "Give a project ID or an account (domain) ID, not both."));
    if (!caBundlePath.isEmpty() && !QFileInfo(caBundlePath).isReadable())
        problems.append(
            QCoreApplication::translate("Profile", "The CA bundle \"%1\" cannot be read.").arg(caBundlePath));
    return problems;
}

QString Profile::displayName() const
{
    switch (kind) {
    case Kind::Demo:
        return QCoreApplication::translate("Profile", "Demo");
    case Kind::Environment:
        return QCoreApplication::translate("Profile", "Environment");
    case Kind::Saved:
        break;
    }
    return name;
}

ConnectionSpec Profile::toConnectionSpec() const
{
    ConnectionSpec s;
    s.region = region;
    s.smsEndpoint = smsEndpoint;
    // The demo and environment profiles may carry only a resolved endpoint (the sandbox's URL).
    if (s.smsEndpoint.isEmpty() && kind != Kind::Saved && endpoint.isValid())
        s.smsEndpoint = endpoint.toString(QUrl::FullyEncoded);
    s.iamEndpoint = iamEndpoint;
    s.caBundlePath = caBundlePath;
    s.enterpriseProjectId = enterpriseProjectId.trimmed();
    s.credentials.projectId = credentials.projectId;
    s.credentials.domainId = credentials.domainId;
    switch (authMethod) {
    case AuthMethod::AkSk:
        s.credentials.ak = credentials.ak;
        s.credentials.sk = credentials.sk;
        break;
    case AuthMethod::TemporaryAkSk:
        s.credentials.ak = credentials.ak;
        s.credentials.sk = credentials.sk;
        s.credentials.securityToken = credentials.securityToken;
        break;
    case AuthMethod::IamPassword:
        s.iamUser = iamUser;
        s.iamPassword = iamPassword;
        s.iamDomain = iamDomain;
        break;
    }
    return s;
}

QString Profile::authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::AkSk:
        return QStringLiteral("aksk");
    case AuthMethod::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    case AuthMethod::IamPassword:
        return QStringLiteral("iam-password");
    }
    return {};
}

Profile::AuthMethod Profile::authMethodFromKey(const QString &key)
{
    if (key == u"temporary-aksk")
        return AuthMethod::TemporaryAkSk;
    if (key == u"iam-password")
        return AuthMethod::IamPassword;
    return AuthMethod::AkSk;
}

QString Profile::authMethodLabel(AuthMethod method)
{
    switch (method) {
    case AuthMethod::AkSk:
        return QCoreApplication::translate("Profile", "AK/SK (access keys)");
    case AuthMethod::TemporaryAkSk:
        return QCoreApplication::translate("Profile", "Temporary AK/SK with a security token");
    case AuthMethod::IamPassword:
        return QCoreApplication::translate("Profile", "IAM user name and password");
    }
    return {};
}

Profile Profile::demo(const QUrl &sandboxUrl, const Credentials &credentials, const QString &region)
{
    Profile p;
    p.id = demoId();
    p.name = QCoreApplication::translate("Profile", "Demo");
    p.kind = Kind::Demo;
    p.region = region;
    p.endpoint = sandboxUrl;
    p.credentials = credentials;
    return p;
}

QStringList Profile::environmentWarnings(const QProcessEnvironment &env)
{
    QStringList warnings;
    for (const char *name :
         { "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "CLOUD_SDK_AK", "CLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
           "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_DOMAIN_ID" }) {
        const QString value = env.value(QString::fromLatin1(name));
        if (value != value.trimmed())
            warnings.append(QCoreApplication::translate("Profile",
                                                        "%1 starts or ends with a space or line break; it was "
                                                        "trimmed.")
                                .arg(QString::fromLatin1(name)));
    }
    return warnings;
}

std::optional<Profile> Profile::fromEnvironment(const QProcessEnvironment &env)
{
    const auto value = [&env](const char *name) { return env.value(QString::fromLatin1(name)).trimmed(); };
    Profile p;
    p.id = environmentId();
    p.kind = Kind::Environment;
    p.name = QCoreApplication::translate("Profile", "Environment");
    // The AK and SK are taken as a pair, HUAWEICLOUD_SDK_* first: never an AK of one pair with the SK of
    // the other.
    if (!value("HUAWEICLOUD_SDK_AK").isEmpty() && !value("HUAWEICLOUD_SDK_SK").isEmpty()) {
        p.credentials.ak = value("HUAWEICLOUD_SDK_AK").toUtf8();
        p.credentials.sk = value("HUAWEICLOUD_SDK_SK").toUtf8();
    } else if (!value("CLOUD_SDK_AK").isEmpty() && !value("CLOUD_SDK_SK").isEmpty()) {
        p.credentials.ak = value("CLOUD_SDK_AK").toUtf8();
        p.credentials.sk = value("CLOUD_SDK_SK").toUtf8();
    } else {
        return std::nullopt;
    }
    p.credentials.securityToken = value("HUAWEICLOUD_SDK_SECURITY_TOKEN").toUtf8();
    p.authMethod = p.credentials.securityToken.isEmpty() ? AuthMethod::AkSk : AuthMethod::TemporaryAkSk;
    p.credentials.projectId = value("HUAWEICLOUD_SDK_PROJECT_ID");
    p.credentials.domainId = p.credentials.projectId.isEmpty() ? value("HUAWEICLOUD_SDK_DOMAIN_ID") : QString();
    p.region = value("HUAWEICLOUD_SDK_REGION");
    p.smsEndpoint = value("SMS_ENDPOINT");
    p.iamEndpoint = value("HUAWEICLOUD_SDK_IAM_ENDPOINT");
    if (p.region.isEmpty() && p.smsEndpoint.isEmpty())
        p.region = QStringLiteral("cn-north-4"); // as before: the SDK examples' default region
    p.resolveEndpoint();
    return p;
}
