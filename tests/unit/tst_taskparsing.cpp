#include "model/JsonRead.h"
#include "model/Task.h"
#include "ops/DeletePlan.h"
#include "ops/ParsedPage.h"
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

    // What a user cleans up afterwards is the target ECS: its id in the ECS console is vm_id, not
    // SMS's own target id. Both readers (the DOM one and the page scanner) agree.
    void theTargetServerIsTheEcsId()
    {
        const QByteArray json
            = R"({"id":"t1","target_server":{"id":"sms-target-7","vm_id":"ecs-2f1c","name":"web-01"}})";
        const Task t = Task::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(t.targetServerId, QStringLiteral("ecs-2f1c"));
        QCOMPARE(t.targetServerName, QStringLiteral("web-01"));
        const ParsedPage page = ParsedPage::tasksPage(QByteArray(R"({"count":1,"tasks":[)") + json + "]}");
        QCOMPARE(page.tasks.size(), 1);
        QCOMPARE(page.tasks.first().targetServerId, QStringLiteral("ecs-2f1c"));
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

    // The next wave of requests is decided by a page's count read without parsing it: it must be
    // the count the parse finds, or nothing (and then the parse decides).
    void peekedCountIsTheParsedCountOrNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // -1: no peek
        QTest::newRow("first") << QByteArray("{\"count\":2000,\"tasks\":[]}") << 2000;
        QTest::newRow("last, after nested counts")
            << QByteArray("{\"tasks\":[{\"count\":7,\"n\":\"a\\\"}\\\\\",\"x\":[{\"count\":9}]}], \"count\" : 12 }")
            << 12;
        QTest::newRow("spaces and newlines") << QByteArray("\n {\n  \"count\" :\t0\n ,\"tasks\":[]}\n") << 0;
        QTest::newRow("missing") << QByteArray("{\"tasks\":[]}") << -1;
        QTest::newRow("twice") << QByteArray("{\"count\":1,\"count\":2,\"tasks\":[]}") << -1;
        QTest::newRow("negative") << QByteArray("{\"count\":-1,\"tasks\":[]}") << -1;
        QTest::newRow("fraction") << QByteArray("{\"count\":2.5,\"tasks\":[]}") << -1;
        QTest::newRow("exponent") << QByteArray("{\"count\":1e3,\"tasks\":[]}") << -1;
        QTest::newRow("string") << QByteArray("{\"count\":\"12\",\"tasks\":[]}") << -1;
        QTest::newRow("ten digits") << QByteArray("{\"count\":1234567890,\"tasks\":[]}") << -1;
        QTest::newRow("escaped key") << QByteArray("{\"co\\u0075nt\":5,\"tasks\":[]}") << -1;
        QTest::newRow("cut in a string") << QByteArray("{\"count\":3,\"tasks\":[{\"id\":\"ab") << -1;
        QTest::newRow("cut after a value") << QByteArray("{\"count\":3,\"tasks\":[]") << -1;
        QTest::newRow("an array") << QByteArray("[{\"count\":3}]") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }
    void peekedCountIsTheParsedCountOrNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const std::optional<int> peeked = ParsedPage::peekCount(body);
        QCOMPARE(peeked.value_or(-1), expected);
        const ParsedPage parsed = ParsedPage::tasksPage(body);
        if (peeked && parsed.readable)
            QCOMPARE(parsed.count, *peeked);
    }
};

QTEST_APPLESS_MAIN(tst_TaskParsing)
#include "tst_taskparsing.moc"
