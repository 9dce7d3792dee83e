#include "ListAll.h"
#include "SandboxFixture.h"
#include "ops/LoadOperation.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

// Listing through the faults a real network and gateway produce.
class tst_ListFaults : public QObject
{
    Q_OBJECT

private:
    using Outcome = Listing;
    static Outcome load(SmsClient *client) { return listAll(client); }

    int requestsTo(const SandboxFixture &sb, const QString &path) const
    {
        return int(sb.journalEntries(QStringLiteral("GET"), path).size());
    }

private Q_SLOTS:
    void pagesArriveOneByOne()
    {
        SandboxConfig c;
        c.tasks = 1000;
        SandboxFixture sb(c);
        auto client = sb.client();
        const Outcome o = load(client.get());
        QVERIFY(o.complete);
        QCOMPARE(o.pagesSignalled, 5);
    }

    void anExpectedCountAsksForItsPagesAtOnce_data()
    {
        QTest::addColumn<int>("expected");
        QTest::newRow("exact") << 600;
        QTest::newRow("more than there are") << 1000; // the extra pages come back empty
        QTest::newRow("fewer than there are") << 250; // the rest follow the first page's count
    }
    void anExpectedCountAsksForItsPagesAtOnce()
    {
        // A delete's confirmation knows about how many tasks should be left: their pages go out
        // together instead of waiting for the first page's count, and the listing is still whole.
        QFETCH(int, expected);
        SandboxConfig c;
        c.tasks = 600;
        c.latencyMs = 200;
        SandboxFixture sb(c);
        auto client = sb.client();
        LoadOperation::Options options;
        options.withSources = false;
        options.expectedTasks = expected;
        LoadOperation op(client.get(), options);
        QSignalSpy done(&op, &LoadOperation::finished);
        op.start();
        QVERIFY(done.wait(20000));
        QVERIFY(op.isComplete());
        QCOMPARE(op.tasks().size(), 600);
        const QList<QJsonObject> gets = sb.journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks"));
        const int speculated = qMin(4, (qMax(expected, 1) + 199) / 200);
        QCOMPARE(int(gets.size()), qMax(3, (expected + 199) / 200));
        const auto received = [&](int i) {
            return QDateTime::fromString(gets.at(i).value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        };
        // The first `speculated` requests left together: none waited for an answer (200 ms).
        QVERIFY(received(0).msecsTo(received(speculated - 1)) < 100);
        if (speculated < 3)
            QVERIFY(received(0).msecsTo(received(2)) >= 150);
    }

    void theAgentStateArrivesWhileLoading()
    {
        // Each task comes joined with the sources already listed, and the others are sent again
        // once their source's page is in: before the load finishes, the signals alone carry every
        // task's final Agent state (so the end of a load changes almost nothing in the table).
        SandboxConfig c;
        c.tasks = 1000;
        c.latencyMs = 20;
        SandboxFixture sb(c);
        auto client = sb.client();
        LoadOperation op(client.get());
        QHash<QString, Task> seen; // the last copy of each task the signals delivered
        const auto record = [&](const QList<Task> &tasks) {
            for (const Task &t : tasks)
                seen[t.id] = t;
        };
        connect(&op, &LoadOperation::tasksReceived, this, record);
        connect(&op, &LoadOperation::tasksJoined, this, record);
        QSignalSpy done(&op, &LoadOperation::finished);
        op.start();
        QVERIFY(done.wait(20000));
        QVERIFY(op.isComplete());
        // The table keeps what was delivered instead of merging 50,000 tasks a second time.
        QVERIFY(op.deliveredAsResult());
        QCOMPARE(op.tasks().size(), seen.size());
        int known = 0;
        for (const Task &t : op.tasks()) {
            QVERIFY(seen.contains(t.id));
            QCOMPARE(seen.value(t.id).connected, t.connected);
            QVERIFY2(seen.value(t.id).sameAs(t), qPrintable(t.id));
            known += t.connected.has_value();
        }
        QVERIFY(known > 500); // most sources are listed
    }

    void aTaskListedTwiceMeansTheResultIsNotAsDelivered()
    {
        // A shifted page brings an id twice: the result is de-duplicated, so the table must take
        // the complete list instead of what the pages delivered.
        SandboxConfig c;
        c.tasks = 450;
        SandboxFixture sb(c);
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:page-shift:insert@nth=2x1")));
        auto client = sb.client();
        LoadOperation op(client.get());
        QSignalSpy done(&op, &LoadOperation::finished);
        op.start();
        QVERIFY(done.wait(20000));
        QVERIFY(!op.deliveredAsResult());
    }

    void aPageShiftIsDetectedAndReported()
    {
        SandboxConfig c;
        c.tasks = 450;
        SandboxFixture sb(c);
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:page-shift:insert@nth=2x1")));
        auto client = sb.client();
        const Outcome o = load(client.get());
        QVERIFY(!o.error.isError());
        QVERIFY(!o.complete); // the client must say the list may be incomplete
        // A new listing after the shift is complete again.
        const Outcome again = load(client.get());
        QVERIFY(again.complete);
        QCOMPARE(again.tasks.size(), 451);
    }

    void serverErrorsAndResetsOnListAreRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << QStringLiteral("tasks:500@nth=2x1");
        QTest::newRow("502 html") << QStringLiteral("tasks:502@nth=1x1");
        QTest::newRow("503 html") << QStringLiteral("sources:503@nth=1x1");
        QTest::newRow("reset") << QStringLiteral("tasks:reset@nth=1x1");
        QTest::newRow("reset mid-answer") << QStringLiteral("tasks:reset-mid@nth=2x1");
        QTest::newRow("truncated json") << QStringLiteral("tasks:truncated@nth=1x1");
        QTest::newRow("malformed json") << QStringLiteral("sources:malformed@nth=1x1");
        QTest::newRow("429 retry-after") << QStringLiteral("tasks:429:0@nth=1x1");
        QTest::newRow("trickle") << QStringLiteral("tasks:trickle:512:5@nth=1x1");
    }

    void serverErrorsAndResetsOnListAreRetried()
    {
        QFETCH(QString, fault);
        SandboxConfig c;
        c.tasks = 450;
        SandboxFixture sb(c);
        QString error;
        QVERIFY2(sb.host->addFault(fault, &error), qPrintable(error));
        auto client = sb.client();
        const Outcome o = load(client.get());
        QVERIFY2(!o.error.isError(), qPrintable(o.error.summary()));
        QVERIFY(o.complete);
        QCOMPARE(o.tasks.size(), 450);
    }

    void wrongJsonTypesAreReadTolerantly()
    {
        SandboxConfig c;
        c.tasks = 450; // `count` arrives as a string: paging must still work
        SandboxFixture sb(c);
        QVERIFY(sb.host->addFault(QStringLiteral("*:wrong-types")));
        auto client = sb.client();
        const Outcome o = load(client.get());
        QVERIFY2(!o.error.isError(), qPrintable(o.error.summary()));
        QCOMPARE(o.tasks.size(), 450);
        QVERIFY(o.complete);
        int dated = 0;
        for (const Task &t : o.tasks) {
            dated += t.createdMs > 0 ? 1 : 0; // epoch numbers as strings
            QVERIFY(!t.connected.has_value()); // the source objects came as null: unknown, not "disconnected"
        }
        QVERIFY(dated > 400);
    }

    void aServerThatKeepsFailingGivesUpWithTheError()
    {
        SandboxFixture sb;
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503")));
        auto client = sb.client();
        const Outcome o = load(client.get());
        QCOMPARE(o.error.httpStatus, 503);
        QVERIFY(!o.error.requestId.isEmpty());
        QCOMPARE(requestsTo(sb, QStringLiteral("/v3/tasks")), client->retryPolicy().maxAttempts);
    }

    void aHangingServerTimesOut()
    {
        SandboxFixture sb;
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:hang")));
        auto client = sb.client();
        client->setTransferTimeoutMs(300);
        client->setRetryPolicy(RetryPolicy::none());
        const Outcome o = load(client.get());
        QCOMPARE(o.error.kind, SmsErrorKind::Timeout);
    }

    void cancellingALoadIsCleanAndToldApartFromATimeout()
    {
        SandboxConfig c;
        c.latencyMs = 300;
        SandboxFixture sb(c);
        auto client = sb.client();
        LoadOperation op(client.get());
        QSignalSpy done(&op, &LoadOperation::finished);
        op.start();
        QTest::qWait(50);
        op.cancel();
        QVERIFY(done.size() == 1 || done.wait(5000));
        QCOMPARE(op.error().kind, SmsErrorKind::Canceled);
        QTest::qWait(400); // late answers must not crash or emit again
        QCOMPARE(done.size(), 1);
    }

    void forbiddenListIsReportedWithSms9004()
    {
        SandboxConfig c;
        c.deny = { QStringLiteral("sms:server:listTask") };
        SandboxFixture sb(c);
        auto client = sb.client();
        const Outcome o = load(client.get());
        QCOMPARE(o.error.httpStatus, 403);
        QCOMPARE(o.error.code, QStringLiteral("SMS.9004"));
        QCOMPARE(requestsTo(sb, QStringLiteral("/v3/tasks")), 1); // a 403 is not retried
    }
};

QTEST_GUILESS_MAIN(tst_ListFaults)
#include "tst_listfaults.moc"
