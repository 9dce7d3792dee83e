#pragma once

#include "model/SmsError.h"

#include <QDateTime>
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

    // `client` points at the IAM endpoint and carries no credentials (the login is the credential).
    static void requestToken(SmsClient *client, const QString &user, const QString &password, const QString &domain,
                             const QString &region, QObject *context, std::function<void(const TokenResult &)> done);
    // `client` points at the IAM endpoint with the AK/SK and no project id.
    static void discoverProject(SmsClient *client, const QString &region, QObject *context,
                                std::function<void(const ProjectResult &)> done);
};
