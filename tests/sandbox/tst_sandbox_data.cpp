// The generated account: deterministic for a seed, every state present, the mix of an account
// being cleaned up, odd but legal records, and 50,000 tasks served quickly.
#include "SignedTestClient.h"
#include "model/DeletionRule.h"
#include "model/SourceState.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxRecordWriter.h"
#include "sandbox/SandboxStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_SandboxData : public QObject
{
    Q_OBJECT

private:
    static QList<SandboxStore::TaskView> everything(const SandboxConfig &c)
    {
        SandboxStore store(c);
        store.generate();
        int count = 0;
        return store.listTasks({}, 0, 1 << 30, &count);
    }

    // Every record the store serves, as SandboxRecordWriter writes it from the store's data now.
    static bool recordsAreCurrent(const SandboxStore &store)
    {
        const SandboxConfig::TimeUnit unit = store.timeUnit();
        int count = 0;
        const QList<SandboxStore::TaskView> tasks = store.listTasks({}, 0, 1 << 30, &count);
        std::vector<QByteArray> records;
        store.taskRecords({}, 0, 1 << 30, &records);
        if (records.size() != size_t(tasks.size()))
            return false;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            if (records[size_t(i)] != SandboxRecordWriter::listTask(tasks[i].first, tasks[i].second, unit))
                return false;
        }
        const QList<SandboxSource> sources = store.listSources({}, 0, 1 << 30, &count);
        records.clear();
        store.sourceRecords({}, 0, 1 << 30, &records);
        if (records.size() != size_t(sources.size()))
            return false;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            if (records[size_t(i)] != SandboxRecordWriter::source(sources[i], unit))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void deterministicForASeed()
    {
        SandboxConfig c;
        c.tasks = 300;
        const auto a = everything(c);
        const auto b = everything(c);
        QCOMPARE(a.size(), 300);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].first.id, b[i].first.id);
            QCOMPARE(a[i].first.name, b[i].first.name);
            QCOMPARE(a[i].first.state, b[i].first.state);
            QCOMPARE(a[i].second.state, b[i].second.state);
            QCOMPARE(a[i].second.connected, b[i].second.connected);
            QCOMPARE(a[i].first.createMs, b[i].first.createMs);
        }
        c.seed = 2;
        const auto other = everything(c);
        QVERIFY(other[0].first.id != a[0].first.id);
    }

    void everyStateAppearsInTheDefaultAccount()
    {
        const SandboxConfig c; // 40 tasks, as the demo
        const auto all = everything(c);
        QCOMPARE(all.size(), 40);
        QSet<QString> taskStates, sourceStates;
        for (const auto &v : all) {
            taskStates.insert(v.first.state);
            sourceStates.insert(v.second.state);
        }
        for (const char *s : { "READY", "RUNNING", "SYNCING", "MIGRATE_SUCCESS", "SYNC_SUCCESS", "MIGRATE_FAIL",
                               "SYNC_FAIL", "ABORTING", "ABORT", "SKIPPING", "DELETING", "RESETING" })
            QVERIFY2(taskStates.contains(QLatin1String(s)), s);
        for (const QString &s : SourceState::known())
            QVERIFY2(sourceStates.contains(s), qPrintable(s));
        // Values from the future, which the client must show raw.
        QVERIFY(taskStates.contains(QStringLiteral("VERIFYING")));
        QVERIFY(taskStates.contains(QStringLiteral("SYNC_F_ROLLBACKING"))); // a filter-only value
        QVERIFY(std::any_of(sourceStates.cbegin(), sourceStates.cend(),
                            [](const QString &s) { return !SourceState::known().contains(s); }));
    }

    void oddButLegalRecords()
    {
        SandboxConfig c;
        c.tasks = 200;
        const auto all = everything(c);
        const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        bool sawCjk = false, sawEmoji = false, sawHidden = false, sawHiddenConnected = false, sawNoEstimate = false,
             sawNoTarget = false, sawWindows = false, sawLinux = false, sawSharedSource = false;
        QSet<QString> sources;
        for (const auto &v : all) {
            sawCjk = sawCjk || cjk.match(v.first.name).hasMatch();
            for (const QChar ch : v.first.name)
                sawEmoji = sawEmoji || ch.isSurrogate();
            sawHidden = sawHidden || !v.second.listed;
            sawHiddenConnected = sawHiddenConnected || (!v.second.listed && v.second.connected);
            sawNoEstimate = sawNoEstimate || v.first.omitEstimate;
            sawNoTarget = sawNoTarget || !v.first.hasTarget;
            sawWindows = sawWindows || v.first.osType == u"WINDOWS";
            sawLinux = sawLinux || v.first.osType == u"LINUX";
            sawSharedSource = sawSharedSource || sources.contains(v.first.sourceId);
            sources.insert(v.first.sourceId);
            QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$")).match(v.second.ip).hasMatch());
        }
        QVERIFY(sawCjk);
        QVERIFY(sawEmoji);
        QVERIFY(sawHidden);
        QVERIFY(sawHiddenConnected);
        QVERIFY(sawNoEstimate);
        QVERIFY(sawNoTarget);
        QVERIFY(sawWindows && sawLinux);
        QVERIFY(sawSharedSource);
        QCOMPARE(
            std::count_if(all.cbegin(), all.cend(),
                          [](const SandboxStore::TaskView &v) { return v.first.name == u"web server #1 (prod)*"; }),
            1);
    }

    void mixOfAnAccountBeingCleanedUp()
    {
        SandboxConfig c;
        c.tasks = 5000;
        const auto all = everything(c);
        int finishedFailedPaused = 0, runningConnected = 0, disagreeing = 0;
        for (const auto &v : all) {
            const QString &s = v.second.state;
            if (s == u"finished" || s == u"error" || s == u"stopped")
                ++finishedFailedPaused;
            const auto verdict = DeletionRule::classify(s, v.second.connected);
            if (verdict.deletability == Deletability::Blocked)
                ++runningConnected;
            if (verdict.reason == RuleReason::WordingsDisagree)
                ++disagreeing;
        }
        QVERIFY2(finishedFailedPaused > 2500, qPrintable(QString::number(finishedFailedPaused)));
        QVERIFY2(runningConnected > 250 && runningConnected < 1250, qPrintable(QString::number(runningConnected)));
        QVERIFY2(disagreeing > 50 && disagreeing < 500, qPrintable(QString::number(disagreeing)));
    }

    void recordBytesAreQtsBytes()
    {
        // Pages are written by SandboxRecordWriter, not QJsonDocument: for every generated record
        // of three seeds, in both time units, and for hand-made odd records, the bytes must be the
        // ones QJsonDocument writes for SandboxJson's objects (the clients parse them; the bench's
        // fidelity hashes pin the pages too).
        const auto qt = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        using Unit = SandboxConfig::TimeUnit;
        int compared = 0;
        for (quint64 seed : { 1ULL, 2ULL, 77ULL }) {
            SandboxConfig c;
            c.tasks = 1500;
            c.seed = seed;
            for (const auto &[task, source] : everything(c)) {
                for (Unit unit : { Unit::Ms, Unit::S }) {
                    QCOMPARE(SandboxRecordWriter::listTask(task, source, unit),
                             qt(SandboxJson::listTask(task, source, unit)));
                    QCOMPARE(SandboxRecordWriter::source(source, unit), qt(SandboxJson::source(source, unit)));
                    ++compared;
                }
            }
        }
        QVERIFY(compared >= 9000);

        // Escapes, non-ASCII, empty and odd numbers: the forms the generator rarely makes.
        const auto [task0, source0] = everything(SandboxConfig()).at(0);
        SandboxTask t = task0;
        SandboxSource s = source0;
        t.name = QString::fromUtf8("迁移-\"q\"\\/\t\n\x01\x7f\u2028 é");
        t.errorJson = QStringLiteral("{\"error_code\":\"SMS.6527\"}");
        t.migrationIp.clear();
        t.migrateSpeed = 0.1;
        t.compressRate = -2.5e-7;
        t.totalTimeMs = 123456789012345678LL;
        t.createMs = -1;
        t.priority = -3;
        t.hasTarget = false;
        t.omitEstimate = true;
        t.omitEnterpriseProject = true;
        if (!t.subTasks.isEmpty()) {
            t.subTasks[0].processTrace = QString::fromUtf8("步骤\r\n");
            t.subTasks[0].endMs = 0;
        }
        s.name = QString::fromUtf8("服务器 \"α\"");
        s.memory = 9007199254740993LL; // beyond 2^53: Qt writes it as a double
        s.totalSize = 10000000000000000LL;
        s.migrationCycle = QStringLiteral("cutovering");
        s.omitOsVersion = true;
        for (Unit unit : { Unit::Ms, Unit::S }) {
            QCOMPARE(SandboxRecordWriter::listTask(t, s, unit), qt(SandboxJson::listTask(t, s, unit)));
            QCOMPARE(SandboxRecordWriter::source(s, unit), qt(SandboxJson::source(s, unit)));
        }
    }

    void storeRecordsAreWrittenOnGenerateAndOnEveryChange()
    {
        SandboxConfig c;
        c.tasks = 500;
        SandboxStore store(c);
        store.generate();
        QVERIFY(recordsAreCurrent(store));
        const QStringList ids = store.allTaskIds();
        QVERIFY(store.setTaskState(ids.at(3), QStringLiteral("FUTURE_STATE")));
        QVERIFY(recordsAreCurrent(store));
        // A source shared by two tasks: both tasks' records embed its state.
        QHash<QString, QString> taskBySource;
        QString shared;
        for (const QString &id : ids) {
            const QString source = store.task(id)->first.sourceId;
            if (taskBySource.contains(source)) {
                shared = id;
                break;
            }
            taskBySource.insert(source, id);
        }
        QVERIFY(!shared.isEmpty());
        QVERIFY(store.setSource(shared, QStringLiteral("FUTURE_SOURCE_STATE"), true, std::nullopt));
        QVERIFY(recordsAreCurrent(store));
        store.markDeleting({ ids.at(0), ids.at(10) });
        QVERIFY(recordsAreCurrent(store));
        const QString inserted = store.insertTask();
        QVERIFY(recordsAreCurrent(store));
        QCOMPARE(store.removeFirstTask(), inserted);
        QCOMPARE(store.remove({ ids.at(1), ids.at(100), ids.at(499) }), 3);
        QVERIFY(recordsAreCurrent(store));
        store.setTimeUnit(SandboxConfig::TimeUnit::S);
        QCOMPARE(store.timeUnit(), SandboxConfig::TimeUnit::S);
        QVERIFY(recordsAreCurrent(store));
        c.timeUnit = SandboxConfig::TimeUnit::S; // generated for the configured unit
        SandboxStore inSeconds(c);
        inSeconds.generate();
        QVERIFY(recordsAreCurrent(inSeconds));
    }

    void servedPagesFollowEveryStoreChange()
    {
        // Records are cached by their place in the store for one revision: every kind of change
        // must show in the next page, and a page served again unchanged is the same bytes.
        SandboxConfig c;
        c.tasks = 300;
        SandboxHost host(c);
        const QUrl url = host.startAndWait(30000);
        QVERIFY(!url.isEmpty());
        SignedTestClient client(url, c.ak, c.sk, c.projectId.toLatin1());
        const auto tasks = [&](const QByteArray &q) { return client.get("/v3/tasks", q).json(); };
        const auto sources = [&](const QByteArray &q) { return client.get("/v3/sources", q).json(); };
        const auto first = [](const QJsonObject &page, const char *key) {
            return page.value(QLatin1String(key)).toArray().at(0).toObject();
        };
        const QByteArray once = client.get("/v3/tasks", "limit=200&offset=100").body;
        QCOMPARE(client.get("/v3/tasks", "limit=200&offset=100").body, once);

        const QString top = host.taskIds().at(0);
        QVERIFY(host.setTaskState(top, QStringLiteral("FUTURE_STATE")));
        QCOMPARE(first(tasks("limit=5"), "tasks").value(QLatin1String("state")).toString(), u"FUTURE_STATE");

        const int listed = sources("limit=1").value(QLatin1String("count")).toInt();
        // A QJsonValue, not a QJsonValueRef into the temporary object.
        const auto sourceOfTop
            = [&]() -> QJsonValue { return first(tasks("limit=1"), "tasks")[QStringLiteral("source_server")]; };
        const QString sourceId = sourceOfTop()[QStringLiteral("id")].toString();
        QVERIFY(host.setTaskSource(top, QStringLiteral("FUTURE_SOURCE_STATE"), std::nullopt, false));
        QCOMPARE(sourceOfTop()[QStringLiteral("state")].toString(), u"FUTURE_SOURCE_STATE"); // inside a task
        QCOMPARE(sources("limit=1").value(QLatin1String("count")).toInt(), listed - 1);
        for (const QJsonValue &v : sources("limit=200&offset=0")[QStringLiteral("source_servers")].toArray())
            QVERIFY(v[QStringLiteral("id")].toString() != sourceId);
        const int connected = sources("connected=true&limit=1").value(QLatin1String("count")).toInt();
        QCOMPARE(connected + sources("connected=false&limit=1").value(QLatin1String("count")).toInt(), listed - 1);

        const QString inserted = host.insertTask();
        QCOMPARE(first(tasks("limit=1"), "tasks").value(QLatin1String("id")).toString(), inserted);
        QCOMPARE(tasks("limit=1").value(QLatin1String("count")).toInt(), 301);
        QVERIFY(client.get("/v3/tasks", "limit=200&offset=100").body != once); // every place moved by one
        QCOMPARE(host.removeFirstTask(), inserted);
        QVERIFY(host.removeTask(top));
        QCOMPARE(first(tasks("limit=1"), "tasks").value(QLatin1String("id")).toString(), host.taskIds().at(0));

        const double ms = first(tasks("limit=1"), "tasks").value(QLatin1String("create_date")).toDouble();
        host.reconfigure([](SandboxConfig &config) { config.timeUnit = SandboxConfig::TimeUnit::S; });
        QCOMPARE(first(tasks("limit=1"), "tasks").value(QLatin1String("create_date")).toDouble(),
                 double(qint64(ms) / 1000));
    }

    void fiftyThousandTasksListQuickly()
    {
        SandboxConfig c;
        c.tasks = 50000;
        SandboxHost host(c);
        const QUrl url = host.startAndWait(30000);
        QVERIFY(!url.isEmpty());
        QCOMPARE(host.taskCount(), 50000);
        SignedTestClient client(url, c.ak, c.sk, c.projectId.toLatin1());
        QElapsedTimer timer;
        timer.start();
        QSet<QString> ids;
        for (int offset = 0; offset < 50000; offset += 200) {
            const auto r = client.get("/v3/tasks", "limit=200&offset=" + QByteArray::number(offset));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &t : r.json()[QStringLiteral("tasks")].toArray())
                ids.insert(t[QStringLiteral("id")].toString());
        }
        QCOMPARE(ids.size(), 50000);
        qInfo("listed 50,000 tasks in 250 pages in %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        // A filtered query scans, but still quickly.
        timer.restart();
        QCOMPARE(client.get("/v3/tasks", "state=READY&limit=1").status, 200);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_MAIN(tst_SandboxData)
#include "tst_sandbox_data.moc"
