#include "model/JsonRead.h"
#include "model/Task.h"
#include "ops/DeletePlan.h"
#include "ops/TaskCatalog.h"

#include <QJsonDocument>
#include <QTest>

class tst_TaskParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsOptional()
    {
        const Task t = Task::fromJson(QJsonObject());
        QVERIFY(t.id.isEmpty());
        QCOMPARE(t.createdMs, 0);
        QCOMPARE(t.progress, -1);
        QVERIFY(!t.connected.has_value());
    }

    void timestampsInMillisecondsOrSeconds()
    {
        QCOMPARE(Task::epochMs(QJsonValue(1700000000000.0)), 1700000000000LL);
        QCOMPARE(Task::epochMs(QJsonValue(1700000000.0)), 1700000000000LL);
        QCOMPARE(Task::epochMs(QJsonValue(0)), 0LL);
        QCOMPARE(Task::epochMs(QJsonValue()), 0LL);
    }

    // Found by the fuzzer: a double out of qint64's range was cast, which is undefined behaviour.
    void outOfRangeNumbersAreNoNumbers()
    {
        const QJsonDocument doc = QJsonDocument::fromJson("{\"create_date\":1e300,\"progress\":-1e300}");
        const Task t = Task::fromJson(doc.object());
        QCOMPARE(t.createdMs, 0);
        QVERIFY(!JsonRead::integer(QJsonValue(1e300)).has_value());
        QVERIFY(!JsonRead::integer(QJsonValue(-1e19)).has_value());
        QCOMPARE(JsonRead::integer(QJsonValue(9.0e18)).value_or(0), qint64(9.0e18));
    }

    void unknownEnumValuesAreKept()
    {
        const Task t = Task::fromJson(QJsonDocument::fromJson(R"({"id":"a","state":"QUANTUM_LEAP",
            "source_server":{"id":"s","state":"teleporting"},
            "sub_tasks":[{"name":"CREATE_CLOUD_SERVER","progress":100,"start_date":1,"end_date":2},
                         {"name":"SYNC_DATA","progress":42,"start_date":3}]})")
                                          .object());
        QCOMPARE(t.state, QStringLiteral("QUANTUM_LEAP"));
        QCOMPARE(t.sourceState, QStringLiteral("teleporting"));
        QCOMPARE(t.subtaskName, QStringLiteral("SYNC_DATA"));
        QCOMPARE(t.progress, 42);
    }

    void joinLeavesAMissingSourceUnknown()
    {
        QList<Task> tasks {
            Task::fromJson(QJsonDocument::fromJson(R"({"id":"1","source_server":{"id":"s1"}})").object()),
            Task::fromJson(QJsonDocument::fromJson(R"({"id":"2","source_server":{"id":"gone"}})").object())
        };
        QHash<QString, SourceServer> sources;
        sources.insert(QStringLiteral("s1"),
                       SourceServer::fromJson(
                           QJsonDocument::fromJson(R"({"id":"s1","connected":false,"state":"stopped"})").object()));
        TaskCatalog::join(tasks, sources);
        QCOMPARE(tasks.at(0).connected, std::optional<bool>(false));
        QCOMPARE(tasks.at(0).sourceState, QStringLiteral("stopped"));
        QVERIFY(!tasks.at(1).connected.has_value());
    }

    void duplicatesFromShiftedPagesCollapse()
    {
        Task a;
        a.id = QStringLiteral("x");
        a.name = QStringLiteral("old");
        Task b = a;
        b.name = QStringLiteral("new");
        const QList<Task> d = TaskCatalog::deduplicated({ a, b });
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().name, QStringLiteral("new"));
    }

    void planSortsAndNeverRepeats()
    {
        Task ok;
        ok.id = QStringLiteral("ok");
        ok.sourceState = QStringLiteral("finished");
        ok.connected = true;
        Task busy = ok;
        busy.id = QStringLiteral("busy");
        busy.sourceState = QStringLiteral("replicate");
        Task maybe = ok;
        maybe.id = QStringLiteral("maybe");
        maybe.sourceState = QStringLiteral("cleared");
        const DeletePlan plan = DeletePlan::build({ ok, busy, maybe, ok });
        QCOMPARE(plan.deletableIds(), QStringList { QStringLiteral("ok") });
        QCOMPARE(plan.blocked().size(), 1);
        QCOMPARE(plan.uncertainIds(), QStringList { QStringLiteral("maybe") });
        QCOMPARE(plan.size(), 3);
    }
};

QTEST_APPLESS_MAIN(tst_TaskParsing)
#include "tst_taskparsing.moc"
