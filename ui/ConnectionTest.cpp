#include "ui/ConnectionTest.h"

#include "ops/AccountSession.h"

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{ }

bool ConnectionTest::isRunning() const
{
    return !m_session.isNull();
}

void ConnectionTest::start(const Profile &profile, int timeoutMs)
{
    if (m_session)
        return;
    ConnectionSpec spec = profile.toConnectionSpec();
    spec.timeoutMs = timeoutMs;
    m_session = new AccountSession(spec, profile.name, QStringLiteral("gui"), this);
    connect(m_session, &AccountSession::failed, this, [this](const QString &problem, const SmsError &error) {
        finish(false, [problem, error] {
            return error.isError() ? tr("Connection failed: %1\n%2").arg(problem, error.summary())
                                   : tr("Connection failed: %1").arg(problem);
        });
    });
    connect(m_session, &AccountSession::probeFinished, this, [this](const AccountSession::ProbeResult &r) {
        if (!r.ok()) {
            const SmsError error = r.error;
            return finish(false, [error] { return tr("Connection failed: %1").arg(error.summary()); });
        }
        finish(true, [r] {
            QString text = tr("The connection works (HTTP %1).").arg(r.httpStatus);
            if (r.taskCount >= 0)
                text += QLatin1Char(' ') + tr("%n migration task(s).", nullptr, r.taskCount);
            if (!r.requestId.isEmpty())
                text += QLatin1Char(' ') + tr("Request id %1.").arg(r.requestId);
            return text;
        });
    });
    m_session->probe();
}

void ConnectionTest::finish(bool ok, const Text &text)
{
    if (m_session)
        m_session->deleteLater(); // also stops its token refresh timer
    m_session = nullptr;
    Q_EMIT finished(ok, text);
}
