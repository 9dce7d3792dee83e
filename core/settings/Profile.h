#pragma once

#include "model/ConnectionSpec.h"
#include "model/Credentials.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Which account and endpoint the app talks to. Non-secret fields only are ever persisted (by
// ProfileStore); the secrets (AK, SK, security token, IAM password, cached IAM token) live here only in
// memory and are saved only in the OS keychain (by ProfileSecrets).
struct Profile
{
    enum class Kind { Demo, Environment, Saved };
    enum class AuthMethod { AkSk, TemporaryAkSk, IamPassword };

    QString name;
    Kind kind = Kind::Saved;
    QString region;
    QUrl endpoint; // the SMS endpoint in use (resolved from region / smsEndpoint for saved profiles)
    Credentials credentials; // ak, sk, securityToken, authToken: secrets; projectId, domainId: not

    QString id; // a UUID for saved profiles; demoId() / environmentId() for the built-in ones
    AuthMethod authMethod = AuthMethod::AkSk;
    QString smsEndpoint; // custom, optional (blank = from the region)
    QString iamEndpoint; // custom, optional
    QString iamUser; // IAM password login
    QString iamDomain; // the account (domain) name for IAM login
    QString iamPassword; // secret: memory only
    QString enterpriseProjectId; // optional filter
    QString caBundlePath; // optional extra CA (private cloud)

    bool isDemo() const { return kind == Kind::Demo; }
    // The built-in profiles are named in the current language, at display time.
    QString displayName() const;
    bool isEnvironment() const { return kind == Kind::Environment; }
    // Only saved profiles ever touch the keychain; the demo and environment profiles never do.
    bool usesKeychain() const { return kind == Kind::Saved; }
    // Whether the secrets this profile's auth method needs are present in memory.
    bool hasSecrets() const;
    void clearSecrets();
    // Recomputes `endpoint` from region and smsEndpoint (saved profiles).
    void resolveEndpoint();

    // Localized problems that stop the profile from being saved or used; empty when it is valid.
    // Never quotes a secret.
    QStringList validationProblems(bool checkSecrets = true) const;

    // The SessionSetup input for this profile (endpoints, CA bundle, AK/SK or IAM password login).
    ConnectionSpec toConnectionSpec() const;

    static QString demoId() { return QStringLiteral("demo"); }
    static QString environmentId() { return QStringLiteral("environment"); }
    static QString authMethodKey(AuthMethod method);
    static AuthMethod authMethodFromKey(const QString &key);
    static QString authMethodLabel(AuthMethod method); // localized

    static Profile demo(const QUrl &sandboxUrl, const Credentials &credentials, const QString &region);
    // The profile of HUAWEICLOUD_SDK_AK/SK (or CLOUD_SDK_AK/SK), HUAWEICLOUD_SDK_SECURITY_TOKEN,
    // _PROJECT_ID, _DOMAIN_ID, _REGION, _IAM_ENDPOINT and SMS_ENDPOINT; nullopt without an AK and SK.
    // Never written anywhere.
    static std::optional<Profile> fromEnvironment(const QProcessEnvironment &env);
    // What fromEnvironment() trimmed (a key with a trailing newline, say), named but never quoted.
    static QStringList environmentWarnings(const QProcessEnvironment &env);
};
