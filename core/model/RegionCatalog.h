#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// The SMS endpoints the official SDKs list (reference/sms-api.md §1), the IAM endpoint that
// follows a region, and the rules that combine a region with custom endpoints.
class RegionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RegionCatalog)

public:
    struct Resolved
    {
        QUrl sms;
        QUrl iam;
        QString region;
        QString error; // localized; empty when valid
        bool isValid() const { return error.isEmpty(); }
    };

    static QStringList regions();
    static QUrl smsEndpoint(const QString &region); // empty for an unknown region
    static QUrl iamEndpoint(const QString &region);

    // Region and/or custom endpoints -> the endpoints to use. HTTPS is required except on loopback;
    // on a loopback SMS endpoint IAM defaults to the same host.
    static Resolved resolve(const QString &region, const QString &customSms, const QString &customIam);
    static bool isLoopback(const QUrl &url);
};
