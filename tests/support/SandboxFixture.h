#pragma once

#include "api/SmsClient.h"
#include "model/Credentials.h"
#include "sandbox/SandboxHost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

// A running sandbox plus a client signed with its credentials, for tests over real HTTP.
struct SandboxFixture
{
    explicit SandboxFixture(const SandboxConfig &config = SandboxConfig())
        : config(config)
        , host(std::make_unique<SandboxHost>(config))
    {
        url = host->startAndWait();
    }

    Credentials credentials() const
    {
        Credentials c;
        c.ak = config.ak;
        c.sk = config.sk;
        c.projectId = config.projectId;
        return c;
    }

    std::unique_ptr<SmsClient> client() const
    {
        auto c = std::make_unique<SmsClient>(url, credentials());
        c->setTransferTimeoutMs(5000);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        fast.throttleDelayMs = 50;
        c->setRetryPolicy(fast);
        return c;
    }

    // Which delete routes journalIds() reads: the task deletes (routes "delete" and "delete-one", the
    // default: ids_sent / ids_deleted mean task ids), the source deletes ("sources-delete",
    // "source-delete"), or both.
    enum class Deletes { Tasks, Sources, All };
    static bool isDeleteRoute(const QString &route, Deletes which)
    {
        const bool tasks = route == u"delete" || route == u"delete-one";
        const bool sources = route == u"sources-delete" || route == u"source-delete";
        switch (which) {
        case Deletes::Tasks:
            return tasks;
        case Deletes::Sources:
            return sources;
        case Deletes::All:
            return tasks || sources;
        }
        return false;
    }

    // Every id the chosen delete requests carried (key "ids_sent"), or actually deleted ("ids_deleted"),
    // from the journal. A journal that dropped delete entries (beyond
    // SandboxConfig::journalMaxDeleteEntries) fails the test, and the list then holds a marker no id
    // equals: its ids would be a partial truth.
    QStringList journalIds(const char *key, Deletes which = Deletes::Tasks) const
    {
        QStringList ids;
        for (const QJsonValue &v : host->journal()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("lost_deletes")).toBool()) {
                QTest::qFail("the sandbox journal lost delete entries: its ids are incomplete", __FILE__, __LINE__);
                ids.append(QStringLiteral("<the journal lost delete entries>"));
            }
            if (!isDeleteRoute(o.value(QLatin1String("route")).toString(), which))
                continue;
            for (const QJsonValue &id : o.value(QLatin1String(key)).toArray())
                ids.append(id.toString());
        }
        return ids;
    }
    QList<QJsonObject> journalEntries(const QString &method, const QString &pathPrefix) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : host->journal()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("method")).toString() == method
                && o.value(QLatin1String("path")).toString().startsWith(pathPrefix))
                out.append(o);
        }
        return out;
    }

    SandboxConfig config;
    std::unique_ptr<SandboxHost> host;
    QUrl url;
};
