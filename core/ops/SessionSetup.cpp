#include "ops/SessionSetup.h"

#include "api/IamClient.h"
#include "api/SmsClient.h"

#include <QSslCertificate>

SessionSetup::SessionSetup(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, [this] { login(true); });
}

SmsClient *SessionSetup::makeClient(const QUrl &url, const Credentials &credentials)
{
    auto *client = new SmsClient(url, credentials, this);
    client->setTransferTimeoutMs(m_spec.timeoutMs);
    if (!m_cas.isEmpty())
        client->setCaCertificates(m_cas);
    client->setLimiter(m_limiter);
    return client;
}

void SessionSetup::start()
{
    m_endpoints = RegionCatalog::resolve(m_spec.region, m_spec.smsEndpoint, m_spec.iamEndpoint);
    if (!m_endpoints.isValid())
        return Q_EMIT failed(m_endpoints.error, {});
    if (!m_spec.caBundlePath.isEmpty()) {
        m_cas = QSslCertificate::fromPath(m_spec.caBundlePath, QSsl::Pem);
        if (m_cas.isEmpty())
            return Q_EMIT failed(
                tr("No PEM certificate could be read from the CA bundle \"%1\".").arg(m_spec.caBundlePath), {});
    }
    if (const QString problem = m_spec.credentials.headerProblem(); !problem.isEmpty())
        return Q_EMIT failed(problem, {});
    if (!m_spec.iamUser.isEmpty())
        return login(false);
    if (!m_spec.credentials.hasAkSk())
        return Q_EMIT failed(tr("No credentials: give an AK and SK, or an IAM user name, password and account name."),
                             {});
    if (m_spec.credentials.projectId.isEmpty() && m_spec.credentials.domainId.isEmpty()) {
        if (m_endpoints.region.isEmpty())
            return Q_EMIT failed(tr("Give a project id, an account (domain) id, or a region to find the project by."),
                                 {});
        return discoverProject();
    }
    finishReady();
}

void SessionSetup::login(bool refreshing)
{
    auto *iam = makeClient(m_endpoints.iam, Credentials());
    const IamClient::Scope scope { m_spec.credentials.projectId, m_endpoints.region, m_spec.credentials.domainId };
    IamClient::requestToken(iam, m_spec.iamUser, m_spec.iamPassword, m_spec.iamDomain, scope, this,
                            [this, iam, refreshing](const IamClient::TokenResult &r) {
                                iam->deleteLater();
                                if (r.error.isError()) {
                                    if (refreshing) {
                                        m_refresh.start(60 * 1000); // keep the old token, try again soon
                                        return Q_EMIT tokenRefreshFailed(r.error);
                                    }
                                    return Q_EMIT failed(tr("IAM login failed."), r.error);
                                }
                                Credentials c = m_spec.credentials;
                                c.ak.clear();
                                c.sk.clear();
                                c.authToken = r.token;
                                if (c.projectId.isEmpty())
                                    c.projectId = r.projectId;
                                m_spec.credentials = c;
                                if (r.expiresAt.isValid()) {
                                    const qint64 in
                                        = QDateTime::currentDateTimeUtc().msecsTo(r.expiresAt) - m_refreshMarginMs;
                                    m_refresh.start(int(qBound<qint64>(1000, in, 24LL * 3600 * 1000)));
                                }
                                if (refreshing && m_client)
                                    m_client->setCredentials(c);
                                else
                                    finishReady();
                            });
}

void SessionSetup::discoverProject()
{
    Credentials noProject = m_spec.credentials;
    noProject.projectId.clear();
    noProject.domainId.clear();
    auto *iam = makeClient(m_endpoints.iam, noProject);
    IamClient::discoverProject(iam, m_endpoints.region, this, [this, iam](const IamClient::ProjectResult &r) {
        iam->deleteLater();
        if (r.error.isError())
            return Q_EMIT failed(tr("Finding the project of region %1 failed.").arg(m_endpoints.region), r.error);
        if (!r.ok())
            return Q_EMIT failed(r.problem, {});
        m_spec.credentials.projectId = r.projectId;
        finishReady();
    });
}

void SessionSetup::finishReady()
{
    m_client = makeClient(m_endpoints.sms, m_spec.credentials);
    Q_EMIT ready();
}
