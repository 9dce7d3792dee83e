// UpdateTaskStatus over real HTTP: POST /v3/tasks/{id}/action takes a running task through stopping
// to stopped after the stop delay, start resumes it, the other operations change nothing, and bad
// bodies, unknown ids, --deny, faults and the journal behave as on the other routes.
#include "SandboxTestServer.h"

#include <QElapsedTimer>
#include <QTest>

class tst_SandboxAction : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    static constexpr int StopDelayMs = 400;

    SignedTestClient::Reply action(const QString &id, const QByteArray &body)
    {
        return m_client->send("POST", "/v3/tasks/" + id.toLatin1() + "/action", {}, body);
    }
    SignedTestClient::Reply operate(const QString &id, const QString &operation)
    {
        return action(id, "{\"operation\":\"" + operation.toLatin1() + "\"}");
    }
    // A task whose source is in this state with its Agent connected.
    QString taskIn(const QString &sourceState, int index = 0)
    {
        const QString id = m_host->taskIds().at(index);
        m_host->setTaskSource(id, sourceState, true, true);
        m_host->setTaskState(id, QStringLiteral("RUNNING"));
        return id;
    }
    // {task state, source state} as ShowTask, ListTasks and ListServers each tell them: all three must agree.
    QPair<QString, QString> states(const QString &id)
    {
        const QJsonObject shown = m_client->get("/v3/tasks/" + id.toLatin1()).json();
        const QJsonObject listed
            = m_client->get("/v3/tasks", "id=" + id.toLatin1()).json()[QStringLiteral("tasks")][0].toObject();
        const QString sourceId = shown[QStringLiteral("source_server")][QStringLiteral("id")].toString();
        const QJsonObject source = m_client->get("/v3/sources", "id=" + sourceId.toLatin1())
                                       .json()[QStringLiteral("source_servers")][0]
                                       .toObject();
        const QString taskState = shown[QStringLiteral("state")].toString();
        const QString sourceState = shown[QStringLiteral("source_server")][QStringLiteral("state")].toString();
        if (listed[QStringLiteral("state")].toString() != taskState
            || listed[QStringLiteral("source_server")][QStringLiteral("state")].toString() != sourceState
            || source[QStringLiteral("state")].toString() != sourceState)
            return { QStringLiteral("<ShowTask, ListTasks and ListServers disagree>"), QString() };
        return { taskState, sourceState };
    }
    static QPair<QString, QString> pair(const char *task, const char *source)
    {
        return { QString::fromLatin1(task), QString::fromLatin1(source) };
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig c;
        c.tasks = 30;
        c.sources = 60; // a source of its own for every task
        c.stopDelayMs = StopDelayMs;
        startSandbox(c);
    }
    void cleanup() { stopSandbox(); }

    void stopGoesThroughStoppingToStopped_data()
    {
        QTest::addColumn<QString>("sourceState");
        QTest::newRow("initialize") << QStringLiteral("initialize");
        QTest::newRow("replicate") << QStringLiteral("replicate");
        QTest::newRow("syncing") << QStringLiteral("syncing");
    }
    void stopGoesThroughStoppingToStopped()
    {
        QFETCH(QString, sourceState);
        const QString id = taskIn(sourceState);
        QCOMPARE(m_client->deleteTasks({ id }).status, 400); // running and connected: not deletable yet
        QElapsedTimer clock;
        clock.start();
        const auto r = operate(id, QStringLiteral("stop"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        QCOMPARE(states(id), pair("ABORTING", "stopping"));
        QCOMPARE(m_client->deleteTasks({ id }).status, 400); // stopping is still busy
        QTRY_COMPARE_WITH_TIMEOUT(states(id), pair("ABORT", "stopped"), 5000);
        QVERIFY2(clock.elapsed() >= StopDelayMs - 50, qPrintable(QString::number(clock.elapsed())));
        // Reference §6.4: stop, wait for stopped, delete.
        QCOMPARE(m_client->deleteTasks({ id }).status, 200);
        QVERIFY(!m_host->taskIds().contains(id));
    }

    void stopAtOnceWithZeroDelay()
    {
        m_host->reconfigure([](SandboxConfig &c) { c.stopDelayMs = 0; });
        const QString id = taskIn(QStringLiteral("replicate"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        QCOMPARE(states(id), pair("ABORT", "stopped"));
    }

    void stopWhileStoppingIsIdempotent()
    {
        const QString id = taskIn(QStringLiteral("syncing"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        const QJsonObject before = m_client->get("/v3/tasks/" + id.toLatin1()).json();
        const auto again = operate(id, QStringLiteral("stop"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, QByteArray("{}"));
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json(), before);
        QTRY_COMPARE_WITH_TIMEOUT(states(id), pair("ABORT", "stopped"), 5000);
    }

    void stopRefused_data()
    {
        QTest::addColumn<QString>("sourceState");
        QTest::addColumn<bool>("busyStep");
        for (const char *s :
             { "stopped", "finished", "error", "unavailable", "waiting", "cleared", "premigready", "hibernating" })
            QTest::newRow(s) << QString::fromLatin1(s) << false;
        for (const char *s : { "deleting", "cutovering", "cloning", "clearing", "skipping", "premiging" })
            QTest::newRow(s) << QString::fromLatin1(s) << true;
    }
    void stopRefused()
    {
        QFETCH(QString, sourceState);
        QFETCH(bool, busyStep);
        const QString id = taskIn(sourceState);
        const QJsonObject before = m_client->get("/v3/tasks/" + id.toLatin1()).json();
        const auto r = operate(id, QStringLiteral("stop"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.1038"));
        QCOMPARE(r.errorMsg(), QStringLiteral("Only the tasks that are created or monitored can be paused."));
        const QJsonObject detail = r.json()[QStringLiteral("details")][0].toObject();
        QCOMPARE(detail[QStringLiteral("error_code")].toString(), QStringLiteral("SMS.1038"));
        QVERIFY(detail[QStringLiteral("error_msg")].toString().contains(sourceState));
        QCOMPARE(detail[QStringLiteral("error_msg")].toString().contains(QStringLiteral("cannot be stopped")),
                 busyStep);
        QTest::qWait(StopDelayMs + 100);
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json(), before);
    }

    void startResumesAStoppedTask()
    {
        const QString id = taskIn(QStringLiteral("replicate"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        // Not while it is stopping: only a paused task resumes.
        auto r = operate(id, QStringLiteral("start"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.1039"));
        QCOMPARE(r.errorMsg(), QStringLiteral("Only paused tasks can be resumed."));
        QTRY_COMPARE_WITH_TIMEOUT(states(id), pair("ABORT", "stopped"), 5000);
        r = operate(id, QStringLiteral("start"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(states(id), pair("RUNNING", "replicate"));
        // Already running: accepted, nothing changes.
        QCOMPARE(operate(id, QStringLiteral("start")).status, 200);
        QCOMPARE(states(id), pair("RUNNING", "replicate"));
        // And it can be stopped again.
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        QCOMPARE(states(id), pair("ABORTING", "stopping"));
    }

    void startRefusedWhenNotPaused()
    {
        const QString id = taskIn(QStringLiteral("finished"));
        const QJsonObject before = m_client->get("/v3/tasks/" + id.toLatin1()).json();
        const auto r = operate(id, QStringLiteral("start"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.1039"));
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json(), before);
    }

    void otherOperationsChangeNothing_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *o : { "test", "clone_test", "restart", "network_check", "clear", "skip", "migration_test",
                               "cutover", "error_for_overspeed" })
            QTest::newRow(o) << QString::fromLatin1(o);
    }
    void otherOperationsChangeNothing()
    {
        QFETCH(QString, operation);
        const QString id = taskIn(QStringLiteral("replicate"));
        const QJsonObject before = m_client->get("/v3/tasks/" + id.toLatin1()).json();
        const QByteArray list = m_client->get("/v3/tasks", "limit=200").body;
        const auto r = operate(id, operation);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json(), before);
        QCOMPARE(m_client->get("/v3/tasks", "limit=200").body, list);
    }

    void badBodiesGet400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonValue>("journaled"); // the journal's operation
        QTest::newRow("unknown operation")
            << QByteArray("{\"operation\":\"pause\"}") << QJsonValue(QStringLiteral("pause"));
        QTest::newRow("upper case") << QByteArray("{\"operation\":\"STOP\"}") << QJsonValue(QStringLiteral("STOP"));
        QTest::newRow("empty operation") << QByteArray("{\"operation\":\"\"}") << QJsonValue(QStringLiteral(""));
        QTest::newRow("no operation") << QByteArray("{\"op\":\"stop\"}") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QByteArray("{\"operation\":1}") << QJsonValue(QJsonValue::Null);
        QTest::newRow("null") << QByteArray("{\"operation\":null}") << QJsonValue(QJsonValue::Null);
        QTest::newRow("array") << QByteArray("{\"operation\":[\"stop\"]}") << QJsonValue(QJsonValue::Null);
        QTest::newRow("body an array") << QByteArray("[{\"operation\":\"stop\"}]") << QJsonValue(QJsonValue::Null);
        QTest::newRow("not json") << QByteArray("operation=stop") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty body") << QByteArray() << QJsonValue(QJsonValue::Null);
    }
    void badBodiesGet400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonValue, journaled);
        const QString id = taskIn(QStringLiteral("replicate"));
        const auto r = action(id, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.9001")); // as a malformed delete body
        QVERIFY(r.errorMsg().startsWith(QStringLiteral("Invalid parameter: ")));
        QCOMPARE(states(id), pair("RUNNING", "replicate"));
        const QJsonObject entry = lastJournal(QStringLiteral("action"));
        QCOMPARE(entry[QStringLiteral("status")].toInt(), 400);
        QCOMPARE(entry[QStringLiteral("task_id")].toString(), id);
        QVERIFY(entry.contains(QStringLiteral("operation")));
        QCOMPARE(entry[QStringLiteral("operation")], journaled);
    }

    void unknownTaskGets404LikeShowTask()
    {
        const QByteArray unknown = "11111111-2222-4333-8444-555555555555";
        const auto shown = m_client->get("/v3/tasks/" + unknown);
        const auto r = action(QString::fromLatin1(unknown), "{\"operation\":\"stop\"}");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.status, shown.status);
        QCOMPARE(r.json(), shown.json());
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.6527"));
        QCOMPARE(lastJournal(QStringLiteral("action"))[QStringLiteral("task_id")].toString(),
                 QString::fromLatin1(unknown));
        // Other methods and shapes of the path are not the route.
        QCOMPARE(m_client->get("/v3/tasks/" + unknown + "/action").errorCode(), QStringLiteral("APIGW.0101"));
        QCOMPARE(m_client->send("POST", "/v3/tasks//action", {}, "{\"operation\":\"stop\"}").errorCode(),
                 QStringLiteral("APIGW.0101"));
    }

    void journalNamesTaskAndOperation()
    {
        const QString id = taskIn(QStringLiteral("replicate"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        const QJsonObject entry = lastJournal(QStringLiteral("action"));
        QCOMPARE(entry[QStringLiteral("method")].toString(), QStringLiteral("POST"));
        QCOMPARE(entry[QStringLiteral("path")].toString(), QStringLiteral("/v3/tasks/%1/action").arg(id));
        QCOMPARE(entry[QStringLiteral("route")].toString(), QStringLiteral("action"));
        QCOMPARE(entry[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(entry[QStringLiteral("task_id")].toString(), id);
        QCOMPARE(entry[QStringLiteral("operation")].toString(), QStringLiteral("stop"));
        QCOMPARE(entry[QStringLiteral("delivered")].toBool(), true);
        QCOMPARE(entry[QStringLiteral("request_id")].toString().size(), 32);
        QVERIFY(!entry.contains(QStringLiteral("ids_sent"))); // not a delete
        QVERIFY(entry[QStringLiteral("note")].toString().contains(QStringLiteral("stopping")));
    }

    void denyCoversTheRoute_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("manageTask") << QStringLiteral("sms:server:manageTask");
        QTest::newRow("alias migrationServer") << QStringLiteral("sms:server:migrationServer");
    }
    void denyCoversTheRoute()
    {
        QFETCH(QString, action);
        m_host->reconfigure([&action](SandboxConfig &c) { c.deny = { action }; });
        const QString id = taskIn(QStringLiteral("replicate"));
        const auto r = operate(id, QStringLiteral("stop"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.9004"));
        QVERIFY(r.errorMsg().contains(QStringLiteral("sms:server:manageTask")));
        QCOMPARE(states(id), pair("RUNNING", "replicate"));
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).status, 200); // reading is still allowed
        m_host->reconfigure([](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:batchDeleteTask") }; });
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
    }

    void authComesFirst()
    {
        SignedTestClient::Options bad;
        bad.sk = "bad";
        const QString id = taskIn(QStringLiteral("replicate"));
        const auto r
            = m_client->send("POST", "/v3/tasks/" + id.toLatin1() + "/action", {}, "{\"operation\":\"stop\"}", bad);
        QCOMPARE(r.status, 401);
        QCOMPARE(states(id), pair("RUNNING", "replicate"));
    }

    void faultsOnTheRoute()
    {
        const QString id = taskIn(QStringLiteral("replicate"));
        QString error;
        QVERIFY2(m_host->addFault(QStringLiteral("action:500@nth=1"), &error), qPrintable(error));
        auto r = operate(id, QStringLiteral("stop"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.2007"));
        QCOMPARE(states(id), pair("RUNNING", "replicate")); // not processed
        QCOMPARE(lastJournal(QStringLiteral("action"))[QStringLiteral("fault")].toString(),
                 QStringLiteral("action:500@nth=1"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200); // fired once
        QCOMPARE(states(id), pair("ABORTING", "stopping"));

        // A reset is processed and never answered.
        m_host->clearFaults();
        QVERIFY(m_host->addFault(QStringLiteral("action:reset@nth=1")));
        const QString other = taskIn(QStringLiteral("syncing"), 1);
        SignedTestClient fresh = freshClient();
        fresh.send("POST", "/v3/tasks/" + other.toLatin1() + "/action", {}, "{\"operation\":\"stop\"}");
        QCOMPARE(states(other).second, QStringLiteral("stopping"));
        bool reset = false;
        for (const QJsonValue &e : m_host->journal())
            reset = reset || e[QStringLiteral("fault")].toString() == u"action:reset@nth=1";
        QVERIFY(reset);

        // Latency delays the answer without blocking the others.
        m_host->clearFaults();
        QVERIFY(m_host->addFault(QStringLiteral("action:latency:300")));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(operate(id, QStringLiteral("test")).status, 200);
        QVERIFY(clock.elapsed() >= 280);
        clock.restart();
        QCOMPARE(m_client->get("/v3/tasks", "limit=1").status, 200);
        QVERIFY(clock.elapsed() < 280);
    }

    void aPendingStopLeavesAChangedTaskBe()
    {
        // A task deleted while stopping (its Agent gone, so deletable): the late step finds nothing.
        const QString gone = taskIn(QStringLiteral("replicate"));
        m_host->setTaskSource(gone, {}, false);
        QCOMPARE(operate(gone, QStringLiteral("stop")).status, 200);
        QCOMPARE(m_client->deleteTasks({ gone }).status, 200);
        // A task a test moves on while stopping keeps what it was given.
        const QString moved = taskIn(QStringLiteral("initialize"), 1);
        QCOMPARE(operate(moved, QStringLiteral("stop")).status, 200);
        m_host->setTaskState(moved, QStringLiteral("MIGRATE_FAIL"));
        m_host->setTaskSource(moved, QStringLiteral("error"), true);
        QTest::qWait(StopDelayMs + 200);
        QVERIFY(!m_host->taskIds().contains(gone));
        QCOMPARE(states(moved), pair("MIGRATE_FAIL", "error"));
    }

    void aPendingStopSurvivesReconfigureAndShutdown()
    {
        const QString id = taskIn(QStringLiteral("replicate"));
        QCOMPARE(operate(id, QStringLiteral("stop")).status, 200);
        // Every record written again in seconds while the stop is pending: it still lands.
        m_host->reconfigure([](SandboxConfig &c) { c.timeUnit = SandboxConfig::TimeUnit::S; });
        QTRY_COMPARE_WITH_TIMEOUT(states(id), pair("ABORT", "stopped"), 5000);
        QVERIFY(m_client->get("/v3/tasks", "id=" + id.toLatin1())
                    .json()[QStringLiteral("tasks")][0][QStringLiteral("create_date")]
                    .toDouble()
                < 1e11);
        // A stop still pending when the sandbox goes away is dropped with the server.
        const QString other = taskIn(QStringLiteral("syncing"), 1);
        QCOMPARE(operate(other, QStringLiteral("stop")).status, 200);
        stopSandbox();
        QTest::qWait(StopDelayMs + 100);
    }
};

QTEST_MAIN(tst_SandboxAction)
#include "tst_sandbox_action.moc"
