#pragma once

#include "model/SmsError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class SmsClient;

// The two IAM calls the SDKs make: password login for a project-scoped token
// (POST /v3/auth/tokens, token in X-Subject-Token) and project discovery by region name
// (GET /v3/projects?name=REGION, signed with the AK/SK and no X-Project-Id).
class IamClient
{
public:
    struct TokenResult
    {
        QByteArray token;
        QDateTime expiresAt; // UTC; invalid when the body did not say
        QString projectId;
        SmsError error;
    };
    struct ProjectResult
    {
        QString projectId;
        QStringList candidates; // more than one: the user picks
        SmsError error;
        QString problem; // localized: none found / several found
        bool ok() const { return !projectId.isEmpty(); }
    };

    // What the token is for: a project by id, else by region name, else the account (domain) by
    // id, else by the login's account name. Never an empty name, which IAM reports as "scope does
    // not exist".
    struct Scope
    {
        QString projectId;
        QString region;
        QString domainId;
    };

    // `client` points at the IAM endpoint and carries no credentials (the login is the credential).
    static void requestToken(SmsClient *client, const QString &user, const QString &password, const QString &domain,
                             const Scope &scope, QObject *context, std::function<void(const TokenResult &)> done);
    static QJsonObject scopeJson(const Scope &scope, const QString &domainName);
    // `client` points at the IAM endpoint with the AK/SK and no project id.
    static void discoverProject(SmsClient *client, const QString &region, QObject *context,
                                std::function<void(const ProjectResult &)> done);
};
