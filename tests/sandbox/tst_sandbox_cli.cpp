// The sms-sandbox executable: its first line, its flags, SK from the environment, and a clean
// exit 0 on SIGTERM and SIGINT.
#include "SignedTestClient.h"
#include "sandbox/SandboxConfig.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class tst_SandboxCli : public QObject
{
    Q_OBJECT

private:
    static QString binary() { return QStringLiteral(SMS_BIN_DIR "/sms-sandbox"); }

    // Starts the sandbox and returns its URL from the first stdout line.
    static QUrl start(QProcess &p, const QStringList &args)
    {
        p.setProgram(binary());
        p.setArguments(args);
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        QDeadlineTimer deadline(30000);
        while (!p.canReadLine() && p.state() == QProcess::Running && !deadline.hasExpired())
            p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        const auto m = QRegularExpression(QStringLiteral("^sms-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"))
                           .match(line);
        if (!m.hasMatch()) {
            qWarning() << "first line:" << line << p.readAllStandardError();
            return {};
        }
        return QUrl(m.captured(1));
    }

private Q_SLOTS:
    void firstLineServesAndStopsOnSigterm()
    {
        QProcess p;
        const QUrl url = start(
            p, { QStringLiteral("--tasks"), QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY(!url.isEmpty());
        const SandboxConfig defaults;
        SignedTestClient client(url, defaults.ak, defaults.sk, defaults.projectId.toLatin1());
        const auto r = client.get("/v3/tasks");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("count")].toInt(), 7);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void sigintExitsZero()
    {
        QProcess p;
        QVERIFY(!start(p, {}).isEmpty());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void flagsAndSkFromEnvironment()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMS_SANDBOX_SK"), QStringLiteral("secret-from-the-environment"));
        p.setProcessEnvironment(env);
        const QUrl url = start(
            p,
            { QStringLiteral("--ak"), QStringLiteral("CLIAK"), QStringLiteral("--project-id"), QStringLiteral("p1"),
              QStringLiteral("--region"), QStringLiteral("ap-southeast-3"), QStringLiteral("--deny"),
              QStringLiteral("sms:server:batchDeleteTask"), QStringLiteral("--fault"),
              QStringLiteral("sources:429@nth=1"), QStringLiteral("--batch-semantics"), QStringLiteral("partial"),
              QStringLiteral("--time-unit"), QStringLiteral("s"), QStringLiteral("--tasks"), QStringLiteral("12") });
        QVERIFY(!url.isEmpty());
        SignedTestClient client(url, "CLIAK", "secret-from-the-environment", "p1");
        const auto list = client.get("/v3/tasks", "limit=1");
        QCOMPARE(list.status, 200);
        QVERIFY(list.json()[QStringLiteral("tasks")][0][QStringLiteral("create_date")].toDouble() < 1e11); // seconds
        QCOMPARE(client.get("/v3/sources").status, 429);
        QCOMPARE(client.get("/v3/sources").status, 200);
        QCOMPARE(client.deleteTasks({ QStringLiteral("x") }).status, 403);
        QCOMPARE(client.get("/v3/projects", "name=ap-southeast-3")
                     .json()[QStringLiteral("projects")][0][QStringLiteral("id")]
                     .toString(),
                 QStringLiteral("p1"));
        SignedTestClient wrong(url, "CLIAK", SandboxConfig().sk, "p1");
        QCOMPARE(wrong.get("/v3/tasks").status, 401);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void stopDelayAndTheNewRoutes()
    {
        QProcess p;
        const QUrl url = start(p,
                               { QStringLiteral("--stop-delay-ms"), QStringLiteral("0"), QStringLiteral("--fault"),
                                 QStringLiteral("action:500@nth=1"), QStringLiteral("--deny"),
                                 QStringLiteral("sms:server:batchDelete") });
        QVERIFY(!url.isEmpty());
        const SandboxConfig defaults;
        SignedTestClient client(url, defaults.ak, defaults.sk, defaults.projectId.toLatin1());
        QString running;
        for (const QJsonValue &t : client.get("/v3/tasks").json()[QStringLiteral("tasks")].toArray()) {
            const QString state = t[QStringLiteral("source_server")][QStringLiteral("state")].toString();
            if (state == u"replicate" || state == u"syncing" || state == u"initialize")
                running = t[QStringLiteral("id")].toString();
        }
        QVERIFY(!running.isEmpty()); // the first records walk through every state
        const QByteArray path = "/v3/tasks/" + running.toLatin1();
        QCOMPARE(client.send("POST", path + "/action", {}, "{\"operation\":\"stop\"}").status, 500);
        QCOMPARE(client.send("POST", path + "/action", {}, "{\"operation\":\"stop\"}").status, 200);
        const QJsonObject task = client.get(path).json();
        QCOMPARE(task[QStringLiteral("state")].toString(), QStringLiteral("ABORT")); // at once with 0
        QCOMPARE(task[QStringLiteral("source_server")][QStringLiteral("state")].toString(), QStringLiteral("stopped"));
        QCOMPARE(client.send("POST", "/v3/sources/delete", {}, "{\"ids\":[\"x\"]}").status, 403);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void helpDocumentsEveryFlag()
    {
        QProcess p;
        p.start(binary(), { QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(10000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *flag : { "--host",
                                  "--port",
                                  "--tasks",
                                  "--sources",
                                  "--seed",
                                  "--ak",
                                  "--sk",
                                  "--temp-ak",
                                  "--temp-sk",
                                  "--security-token",
                                  "--iam-user",
                                  "--iam-password",
                                  "--iam-domain",
                                  "--token-ttl-s",
                                  "--domain-id",
                                  "--project-id",
                                  "--region",
                                  "--latency-ms",
                                  "--deny",
                                  "--fault",
                                  "--batch-semantics",
                                  "--delete-delay-ms",
                                  "--stop-delay-ms",
                                  "--time-unit",
                                  "--ak-lockout",
                                  "--rule",
                                  "SMS_SANDBOX_SK" })
            QVERIFY2(help.contains(QLatin1String(flag)), flag);
    }

    void badFlagsFail_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad fault") << QStringList { QStringLiteral("--fault"), QStringLiteral("tasks:explode") };
        QTest::newRow("bad batch") << QStringList { QStringLiteral("--batch-semantics"), QStringLiteral("maybe") };
        QTest::newRow("bad stop delay") << QStringList { QStringLiteral("--stop-delay-ms"), QStringLiteral("-1") };
        QTest::newRow("bad unit") << QStringList { QStringLiteral("--time-unit"), QStringLiteral("h") };
        QTest::newRow("bad port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") };
        QTest::newRow("bad host") << QStringList { QStringLiteral("--host"), QStringLiteral("not-an-address") };
        QTest::newRow("temp ak alone") << QStringList { QStringLiteral("--temp-ak"), QStringLiteral("T") };
        QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate") };
    }
    void badFlagsFail()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(binary(), args);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_MAIN(tst_SandboxCli)
#include "tst_sandbox_cli.moc"
