// DeleteServers (POST /v3/sources/delete) and DeleteServer (DELETE /v3/sources/{id}) over real HTTP:
// task-less sources leave GET /v3/sources, a source with a task is refused naming it, unknown ids
// follow the batch semantics, the 50-id limit, --deny, faults and the journal's ids (also as
// SandboxFixture::journalIds reads them, route by route).
#include "SandboxFixture.h"
#include "SandboxTestServer.h"

#include <QSet>
#include <QTest>

class tst_SandboxSources : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    static constexpr int Tasks = 30;
    static constexpr int Sources = 100; // sources 30-99 have no task

    static SandboxConfig config()
    {
        SandboxConfig c;
        c.tasks = Tasks;
        c.sources = Sources;
        return c;
    }
    QStringList sourceIds(const QByteArray &query = {})
    {
        QStringList ids;
        const auto r = m_client->get("/v3/sources", "limit=200" + (query.isEmpty() ? QByteArray() : '&' + query));
        for (const QJsonValue &s : r.json()[QStringLiteral("source_servers")].toArray())
            ids.append(s[QStringLiteral("id")].toString());
        return ids;
    }
    QSet<QString> sourcesWithTasks()
    {
        QSet<QString> ids;
        for (const QJsonValue &t : m_client->get("/v3/tasks", "limit=200").json()[QStringLiteral("tasks")].toArray())
            ids.insert(t[QStringLiteral("source_server")][QStringLiteral("id")].toString());
        return ids;
    }
    QStringList taskless()
    {
        const QSet<QString> busy = sourcesWithTasks();
        QStringList ids;
        for (const QString &id : sourceIds()) {
            if (!busy.contains(id))
                ids.append(id);
        }
        return ids;
    }
    QString sourceOf(const QString &taskId)
    {
        return m_client->get("/v3/tasks/" + taskId.toLatin1())
            .json()[QStringLiteral("source_server")][QStringLiteral("id")]
            .toString();
    }
    SignedTestClient::Reply deleteSources(const QStringList &ids)
    {
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } })
                  .toJson(QJsonDocument::Compact);
        return m_client->send("POST", "/v3/sources/delete", {}, body);
    }
    SignedTestClient::Reply deleteSource(const QString &id)
    {
        return m_client->send("DELETE", "/v3/sources/" + id.toLatin1());
    }
    int sourceCount() { return m_client->get("/v3/sources").json()[QStringLiteral("count")].toInt(); }

private Q_SLOTS:
    void init() { startSandbox(config()); }
    void cleanup() { stopSandbox(); }

    void batchDeletesTasklessSources()
    {
        const QStringList free = taskless();
        QCOMPARE(free.size(), Sources - Tasks);
        const int listed = sourceCount(); // a few sources of tasks are absent from ListServers
        const QStringList ids = free.mid(0, 3);
        const auto r = deleteSources(ids);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(sourceCount(), listed - 3);
        for (const QString &id : ids) {
            QVERIFY(!sourceIds().contains(id));
            QCOMPARE(m_client->get("/v3/sources", "id=" + id.toLatin1()).json()[QStringLiteral("count")].toInt(), 0);
        }
        QCOMPARE(m_host->taskCount(), Tasks);
        const QJsonObject entry = lastJournal(QStringLiteral("sources-delete"));
        QCOMPARE(entry[QStringLiteral("method")].toString(), QStringLiteral("POST"));
        QCOMPARE(entry[QStringLiteral("path")].toString(), QStringLiteral("/v3/sources/delete"));
        QCOMPARE(entry[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(entry[QStringLiteral("ids_sent")].toArray(), QJsonArray::fromStringList(ids));
        QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray::fromStringList(ids));
    }

    void everyTaskKeepsItsSource()
    {
        // A source early in the store loses its task, then goes: the later sources move down a place.
        const QStringList tasks = m_host->taskIds();
        QString freed;
        for (const QString &t : tasks) {
            const QString source = sourceOf(t);
            if (m_client->get("/v3/tasks", "source_server_id=" + source.toLatin1())
                    .json()[QStringLiteral("count")]
                    .toInt()
                == 1) {
                QVERIFY(m_host->removeTask(t));
                freed = source;
                break;
            }
        }
        QVERIFY(!freed.isEmpty());
        QJsonObject before;
        for (const QJsonValue &s :
             m_client->get("/v3/sources", "limit=200").json()[QStringLiteral("source_servers")].toArray())
            before.insert(s[QStringLiteral("id")].toString(), s);
        QCOMPARE(deleteSource(freed).status, 200);
        before.remove(freed);
        QJsonObject after;
        for (const QJsonValue &s :
             m_client->get("/v3/sources", "limit=200").json()[QStringLiteral("source_servers")].toArray())
            after.insert(s[QStringLiteral("id")].toString(), s);
        QCOMPARE(after, before);
        for (const QJsonValue &t : m_client->get("/v3/tasks", "limit=200").json()[QStringLiteral("tasks")].toArray()) {
            const QString id = t[QStringLiteral("id")].toString();
            const QJsonObject listed = t[QStringLiteral("source_server")].toObject();
            const QJsonObject shown = m_client->get("/v3/tasks/" + id.toLatin1()).json();
            QCOMPARE(shown[QStringLiteral("source_server")][QStringLiteral("id")], listed[QStringLiteral("id")]);
            QCOMPARE(shown[QStringLiteral("source_server")][QStringLiteral("name")], listed[QStringLiteral("name")]);
            QVERIFY(listed[QStringLiteral("id")].toString() != freed);
            const QJsonObject source = before[listed[QStringLiteral("id")].toString()].toObject();
            if (!source.isEmpty()) // absent from ListServers: nothing to compare with
                QCOMPARE(listed[QStringLiteral("name")], source[QStringLiteral("name")]);
        }
        // Still changeable through its task: the store found the right source.
        const QString task = m_host->taskIds().constLast();
        QVERIFY(m_host->setTaskSource(task, QStringLiteral("cleared"), true, true));
        QCOMPARE(m_client->get("/v3/sources", "id=" + sourceOf(task).toLatin1())
                     .json()[QStringLiteral("source_servers")][0][QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("cleared"));
    }

    void aSourceWithATaskIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("atomic-named") << int(SandboxConfig::BatchSemantics::AtomicNamed);
        QTest::newRow("atomic-unnamed") << int(SandboxConfig::BatchSemantics::AtomicUnnamed);
        QTest::newRow("partial") << int(SandboxConfig::BatchSemantics::Partial);
    }
    void aSourceWithATaskIsRefused()
    {
        QFETCH(int, mode);
        const auto semantics = SandboxConfig::BatchSemantics(mode);
        m_host->reconfigure([semantics](SandboxConfig &c) { c.batch = semantics; });
        const QString free = taskless().constFirst();
        const QString task = m_host->taskIds().at(3);
        m_host->setTaskSource(task, {}, std::nullopt, true); // listed, to be seen staying
        const QString busy = sourceOf(task);
        const QString unknown = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const auto r = deleteSources({ free, busy, unknown });
        const QJsonObject entry = lastJournal(QStringLiteral("sources-delete"));
        QCOMPARE(entry[QStringLiteral("ids_sent")].toArray(), (QJsonArray { free, busy, unknown }));
        QVERIFY(sourceIds().contains(busy));
        switch (semantics) {
        case SandboxConfig::BatchSemantics::AtomicNamed:
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("SMS.2016")); // outranks the unknown id's SMS.6527
            QCOMPARE(r.json()[QStringLiteral("error_param")].toArray(), (QJsonArray { busy, unknown }));
            QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("error_code")].toString(),
                     QStringLiteral("SMS.2016"));
            QCOMPARE(r.json()[QStringLiteral("details")][1][QStringLiteral("error_code")].toString(),
                     QStringLiteral("SMS.6527"));
            QVERIFY(sourceIds().contains(free)); // atomic: nothing deleted
            QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
            break;
        case SandboxConfig::BatchSemantics::AtomicUnnamed:
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("SMS.2016"));
            QVERIFY(!r.json().contains(QStringLiteral("error_param")));
            QVERIFY(sourceIds().contains(free));
            break;
        case SandboxConfig::BatchSemantics::Partial:
            QCOMPARE(r.status, 200);
            QVERIFY(!sourceIds().contains(free));
            QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray { free });
            break;
        }
        // Alone, by id: the same refusal, naming it.
        const auto one = deleteSource(busy);
        QCOMPARE(one.status, 400);
        QCOMPARE(one.errorCode(), QStringLiteral("SMS.2016"));
        QCOMPARE(one.json()[QStringLiteral("error_param")].toArray(), QJsonArray { busy });
        QVERIFY(sourceIds().contains(busy));
        QCOMPARE(lastJournal(QStringLiteral("source-delete"))[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
    }

    void unknownIds()
    {
        const int listed = sourceCount();
        const QString unknown = QStringLiteral("11111111-2222-4333-8444-555555555555");
        auto r = deleteSources({ unknown });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.6527"));
        QCOMPARE(r.json()[QStringLiteral("error_param")].toArray(), QJsonArray { unknown });
        r = deleteSource(unknown);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(), m_client->get("/v3/tasks/" + unknown.toLatin1()).json()); // the unknown task's error
        m_host->reconfigure([](SandboxConfig &c) { c.batch = SandboxConfig::BatchSemantics::Partial; });
        QCOMPARE(deleteSources({ unknown }).status, 200);
        QCOMPARE(sourceCount(), listed);
    }

    void batchLimits()
    {
        const QStringList free = taskless();
        QVERIFY(free.size() >= 51);
        const int listed = sourceCount();
        auto r = deleteSources(free.mid(0, 51));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.9001"));
        QCOMPARE(sourceCount(), listed);
        QCOMPARE(deleteSources({}).status, 400);
        QCOMPARE(deleteSources({ QString() }).status, 400); // ids of 1-36 characters
        QCOMPARE(deleteSources({ QString(37, u'a') }).status, 400);
        QCOMPARE(m_client->send("POST", "/v3/sources/delete", {}, "{\"ids\":[1,2]}").status, 400);
        QCOMPARE(m_client->send("POST", "/v3/sources/delete", {}, "{\"ids\":\"x\"}").status, 400);
        QCOMPARE(m_client->send("POST", "/v3/sources/delete", {}, "not json").status, 400);
        QCOMPARE(deleteSource(QString(37, u'a')).status, 400);
        QCOMPARE(sourceCount(), listed);
        r = deleteSources({ free.at(0), free.at(0) }); // a duplicate, as for tasks
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.9001"));
        r = deleteSources(free.mid(0, 50));
        QCOMPARE(r.status, 200);
        QCOMPARE(sourceCount(), listed - 50);
        QCOMPARE(lastJournal(QStringLiteral("sources-delete"))[QStringLiteral("ids_deleted")].toArray().size(), 50);
    }

    void singleDelete()
    {
        const QString id = taskless().constLast();
        auto r = deleteSource(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QVERIFY(!sourceIds().contains(id));
        const QJsonObject entry = lastJournal(QStringLiteral("source-delete"));
        QCOMPARE(entry[QStringLiteral("method")].toString(), QStringLiteral("DELETE"));
        QCOMPARE(entry[QStringLiteral("ids_sent")].toArray(), QJsonArray { id });
        QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray { id });
        r = deleteSource(id); // again: gone
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.6527"));
        QCOMPARE(lastJournal(QStringLiteral("source-delete"))[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
        // GET on a source id is not a route of the sandbox.
        QCOMPARE(m_client->get("/v3/sources/" + id.toLatin1()).errorCode(), QStringLiteral("APIGW.0101"));
    }

    void aTaskFirstThenItsSource()
    {
        // A task whose source carries it alone (the seed gives a few sources two tasks).
        QString task;
        QString source;
        for (const QString &id : m_host->taskIds().mid(5)) {
            source = sourceOf(id);
            const auto count = m_client->get("/v3/tasks", "source_server_id=" + source.toLatin1())
                                   .json()[QStringLiteral("count")]
                                   .toInt();
            if (count == 1) {
                task = id;
                break;
            }
        }
        QVERIFY2(!task.isEmpty(), "no source of the account carries a single task");
        m_host->setTaskSource(task, QStringLiteral("stopped"), false, true);
        QCOMPARE(deleteSource(source).status, 400);
        QCOMPARE(m_client->deleteTasks({ task }).status, 200);
        QCOMPARE(deleteSource(source).status, 200);
        QVERIFY(!sourceIds().contains(source));
    }

    void aDeletingTaskStillHoldsItsSource()
    {
        m_host->reconfigure([](SandboxConfig &c) { c.deleteDelayMs = 300; });
        const QString task = m_host->taskIds().at(6);
        m_host->setTaskSource(task, QStringLiteral("finished"), false, true);
        const QString source = sourceOf(task);
        QCOMPARE(m_client->deleteTasks({ task }).status, 200);
        QCOMPARE(deleteSources({ source }).errorCode(), QStringLiteral("SMS.2016"));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get("/v3/tasks/" + task.toLatin1()).status, 404, 5000);
        QCOMPARE(deleteSources({ source }).status, 200); // its only task is gone
    }

    void deny()
    {
        const QString a = taskless().at(0);
        const QString b = taskless().at(1);
        const int listed = sourceCount();
        m_host->reconfigure([](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:batchDelete") }; });
        auto r = deleteSources({ a });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.9004"));
        QVERIFY(r.errorMsg().contains(QStringLiteral("sms:server:batchDelete")));
        QCOMPARE(deleteSource(a).status, 200); // the single call is another action

        m_host->reconfigure([](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:delete") }; });
        r = deleteSource(b);
        QCOMPARE(r.status, 403);
        QVERIFY(r.errorMsg().contains(QStringLiteral("sms:server:delete ")));
        m_host->reconfigure([](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:migrationServer") }; });
        QCOMPARE(deleteSource(b).status, 403); // the documented alias
        QCOMPARE(deleteSources({ b }).status, 200); // the batch has no alias
        QCOMPARE(sourceCount(), listed - 2);
    }

    void faults()
    {
        const QStringList free = taskless();
        const int listed = sourceCount();
        QVERIFY(m_host->addFault(QStringLiteral("sources-delete:500@nth=1")));
        auto r = deleteSources({ free.at(0) });
        QCOMPARE(r.status, 500);
        QCOMPARE(sourceCount(), listed); // not processed
        QCOMPARE(lastJournal(QStringLiteral("sources-delete"))[QStringLiteral("fault")].toString(),
                 QStringLiteral("sources-delete:500@nth=1"));
        QCOMPARE(deleteSources({ free.at(0) }).status, 200);

        QVERIFY(m_host->addFault(QStringLiteral("source-delete:reset@nth=1")));
        SignedTestClient fresh = freshClient();
        fresh.send("DELETE", "/v3/sources/" + free.at(1).toLatin1()); // processed, never answered
        QVERIFY(!sourceIds().contains(free.at(1)));
        bool reset = false;
        for (const QJsonValue &e : m_host->journal())
            reset = reset
                || (e[QStringLiteral("fault")].toString() == u"source-delete:reset@nth=1"
                    && e[QStringLiteral("ids_deleted")].toArray() == QJsonArray { free.at(1) });
        QVERIFY(reset);
        QVERIFY(m_host->addFault(QStringLiteral("source-delete:503")));
        QCOMPARE(deleteSource(free.at(2)).status, 503);
        QVERIFY(sourceIds().contains(free.at(2)));
    }

    void fixtureReadsIdsRouteByRoute()
    {
        SandboxFixture sb(config());
        QVERIFY(!sb.url.isEmpty());
        const SandboxConfig c = sb.config;
        SignedTestClient client(sb.url, c.ak, c.sk, c.projectId.toLatin1());
        const QString task = sb.host->taskIds().at(0);
        sb.host->setTaskSource(task, QStringLiteral("stopped"), false);
        QCOMPARE(client.deleteTasks({ task }).status, 200);
        QCOMPARE(client.send("DELETE", "/v3/tasks/" + task.toLatin1()).status, 404);
        const QStringList sources { QStringLiteral("11111111-2222-4333-8444-555555555555") };
        QCOMPARE(client.send("DELETE", "/v3/sources/" + sources.at(0).toLatin1()).status, 404);
        QCOMPARE(sb.journalIds("ids_sent"), (QStringList { task, task })); // task deletes by default
        QCOMPARE(sb.journalIds("ids_deleted"), QStringList { task });
        QCOMPARE(sb.journalIds("ids_sent", SandboxFixture::Deletes::Sources), sources);
        QCOMPARE(sb.journalIds("ids_deleted", SandboxFixture::Deletes::Sources), QStringList());
        QCOMPARE(sb.journalIds("ids_sent", SandboxFixture::Deletes::All), (QStringList { task, task, sources.at(0) }));
    }
};

QTEST_MAIN(tst_SandboxSources)
#include "tst_sandbox_sources.moc"
