#pragma once

#include "SignedTestClient.h"
#include "sandbox/SandboxHost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

// The scaffolding every sandbox test shares: one running emulator and a client signed with its
// credentials. A test class inherits it (after QObject) and uses m_host and m_client directly.
class SandboxTestServer
{
protected:
    // Starts a sandbox for config, replacing any running one. A failure to listen fails the
    // current test (or the init() that called it, which skips the test function).
    void startSandbox(const SandboxConfig &config)
    {
        m_client.reset(); // it talks to the host being replaced
        m_host = std::make_unique<SandboxHost>(config);
        const QUrl url = m_host->startAndWait();
        QVERIFY2(!url.isEmpty(), qPrintable(m_host->errorString()));
        m_client = std::make_unique<SignedTestClient>(url, config.ak, config.sk, config.projectId.toLatin1());
    }

    void stopSandbox()
    {
        m_client.reset();
        m_host.reset();
    }

    // A client on its own connection, so Qt cannot quietly resend on a reused one.
    SignedTestClient freshClient() const
    {
        const SandboxConfig config = m_host->config();
        return SignedTestClient(m_host->url(), config.ak, config.sk, config.projectId.toLatin1());
    }

    // The newest journal entry for a route ("tasks", "delete", ...); empty when there is none.
    QJsonObject lastJournal(const QString &route) const
    {
        const QJsonArray journal = m_host->journal();
        for (qsizetype i = journal.size() - 1; i >= 0; --i) {
            if (journal[i][QStringLiteral("route")].toString() == route)
                return journal[i].toObject();
        }
        return {};
    }

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SignedTestClient> m_client;
};
