#pragma once

#include "model/ConnectionSpec.h"
#include "model/RegionCatalog.h"
#include "model/SmsError.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>

class RequestLimiter;
class SmsClient;

// Turns a connection description into a ready SmsClient: resolves the endpoints, trusts an extra
// CA bundle, logs in to IAM for a token (and refreshes it before it expires), or discovers the
// project id by region as the official SDKs do. Shared by the GUI and sms-tasks.
class SessionSetup : public QObject
{
    Q_OBJECT

public:
    explicit SessionSetup(const ConnectionSpec &spec, QObject *parent = nullptr);

    void start(); // emits ready() or failed()
    SmsClient *client() const { return m_client; } // valid after ready(); owned by this object
    const RegionCatalog::Resolved &endpoints() const { return m_endpoints; }
    // The account's request discipline, given to every client this setup makes (not owned).
    void setLimiter(RequestLimiter *limiter) { m_limiter = limiter; }
    // Refresh the token this long before it expires.
    void setRefreshMarginMs(qint64 ms) { m_refreshMarginMs = ms; }

Q_SIGNALS:
    void ready();
    void failed(const QString &problem, const SmsError &error);
    void tokenRefreshFailed(const SmsError &error);

private:
    void login(bool refreshing);
    void discoverProject();
    void finishReady();
    SmsClient *makeClient(const QUrl &url, const Credentials &credentials);

    ConnectionSpec m_spec;
    RegionCatalog::Resolved m_endpoints;
    QList<QSslCertificate> m_cas;
    SmsClient *m_client = nullptr;
    RequestLimiter *m_limiter = nullptr;
    QTimer m_refresh;
    qint64 m_refreshMarginMs = 5 * 60 * 1000;
};
