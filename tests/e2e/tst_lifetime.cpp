#include "ListAll.h"
#include "SandboxFixture.h"
#include "api/SmsClient.h"
#include "ops/DeleteOperation.h"
#include "ops/DeletePlan.h"
#include "ops/DeleteRequest.h"
#include "ops/LoadOperation.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// Owners that go away while their requests are in flight. The sandbox answers after a latency, so
// every request here is really on the wire when its owner (or the owner's parent, or the client)
// dies; each case then runs the event loop past the latency, so a late answer would arrive, and
// proves that no callback and no signal ran after the destruction and that nothing was resent.
class tst_Lifetime : public QObject
{
    Q_OBJECT

private:
    static constexpr int Latency = 300;

    int m_signals = 0; // every signal of a watched operation, counted with this test as context

    static SandboxConfig slow(int tasks = 40)
    {
        SandboxConfig c;
        c.tasks = tasks;
        c.latencyMs = Latency;
        return c;
    }

    // Requests the sandbox handled (answered, or processed for a client that had gone) per route.
    static int handled(const SandboxFixture &sb, const QString &route)
    {
        int n = 0;
        for (const QJsonValue &v : sb.host->journal()) {
            if (v.toObject().value(QLatin1String("route")).toString() == route)
                ++n;
        }
        return n;
    }

    void watch(LoadOperation *op)
    {
        connect(op, &LoadOperation::tasksReceived, this, [this] { ++m_signals; });
        connect(op, &LoadOperation::progress, this, [this] { ++m_signals; });
        connect(op, &LoadOperation::finished, this, [this] { ++m_signals; });
    }

    void watch(DeleteOperation *op)
    {
        connect(op, &DeleteOperation::progress, this, [this] { ++m_signals; });
        connect(op, &DeleteOperation::finished, this, [this] { ++m_signals; });
    }

    // Deletable tasks of a fresh sandbox, listed before any latency is injected.
    static QList<Task> deletable(SandboxFixture &sb, SmsClient *client, int n)
    {
        const Listing l = listAll(client);
        const DeletePlan plan = DeletePlan::build(l.tasks);
        QList<Task> out;
        for (const PlanEntry &e : plan.deletable()) {
            if (out.size() < n)
                out.append(e.task);
        }
        sb.host->clearJournal();
        return out;
    }

    static void slowDown(SandboxFixture &sb, int deleteDelayMs = 0)
    {
        sb.host->reconfigure([deleteDelayMs](SandboxConfig &c) {
            c.latencyMs = Latency;
            c.deleteDelayMs = deleteDelayMs;
        });
    }

private Q_SLOTS:
    void init() { m_signals = 0; }

    // 1. A LoadOperation destroyed while its pages are in flight.
    void aLoadDestroyedWithItsPagesInFlight()
    {
        SandboxFixture sb(slow(600)); // three pages of tasks
        auto client = sb.client();
        auto *op = new LoadOperation(client.get());
        QSignalSpy finished(op, &LoadOperation::finished);
        QSignalSpy pages(op, &LoadOperation::tasksReceived);
        watch(op);
        op->start();
        QVERIFY(pages.wait(5000)); // the first page told the count: the two others are asked now
        QTest::qWait(Latency / 3);
        const int before = m_signals;
        QCOMPARE(finished.size(), 0);
        delete op;
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(pages.size(), 1);
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 3); // every page was on the wire ...
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 3); // ... once: nothing resent
        QCOMPARE(handled(sb, QStringLiteral("sources")), (sb.config.effectiveSources() + 199) / 200);
    }

    // As a listing helper does it: the load failed on one request, and is destroyed while the other
    // is still in flight (what tst_client, tst_credentials and tst_tls run into).
    void aFailedLoadDestroyedWithARequestStillInFlight()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("sources:500")));
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:latency:600")));
        auto client = sb.client();
        client->setRetryPolicy(RetryPolicy::none());
        auto *op = new LoadOperation(client.get());
        QSignalSpy finished(op, &LoadOperation::finished);
        watch(op);
        op->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(op->error().httpStatus, 500);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 0); // still in flight
        const int before = m_signals;
        delete op;
        QTest::qWait(600 + 2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 1);
        QCOMPARE(handled(sb, QStringLiteral("sources")), 1);
    }

    // 2. A DeleteOperation destroyed while its POST is in flight: nothing more is sent.
    void aDeleteDestroyedWithItsPostInFlight()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 5);
        QCOMPARE(in.inChunks.size(), 5);
        slowDown(sb);
        auto *op = new DeleteOperation(client.get(), in);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTest::qWait(Latency / 3);
        const int before = m_signals;
        delete op;
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("delete")), 1);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("delete")), 1); // never resent
        QCOMPARE(handled(sb, QStringLiteral("task")), 0); // and no confirmation went out
        QCOMPARE(handled(sb, QStringLiteral("delete-one")), 0);
        QCOMPARE(sb.journalIds("ids_sent").size(), 5);
    }

    // 2. ... and during its confirmation phase: look-ups in flight, then a poll pending.
    void aDeleteDestroyedWhileItsLookUpsAreInFlight()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 3); // <= maxParallel: the look-ups go out together
        QCOMPARE(in.inChunks.size(), 3);
        slowDown(sb, 60000); // deleted tasks stay DELETING: the operation polls
        DeleteOperation::Options options;
        options.pollIntervalMs = 50;
        auto *op = new DeleteOperation(client.get(), in, options);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("task")), 3); // first round answered: DELETING
        QTest::qWait(Latency / 2); // the second round is on the wire
        const int before = m_signals;
        delete op;
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("task")), 6);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("task")), 6); // no third round
        QCOMPARE(handled(sb, QStringLiteral("delete")), 1);
    }

    void aDeleteDestroyedWithAPollPending()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 3);
        QCOMPARE(in.inChunks.size(), 3);
        slowDown(sb, 60000);
        DeleteOperation::Options options;
        options.pollIntervalMs = 1000;
        auto *op = new DeleteOperation(client.get(), in, options);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("task")), 3);
        QTest::qWait(Latency / 2); // answers in, the next poll waits for its timer
        const int before = m_signals;
        delete op;
        QTest::qWait(1000 + 2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(handled(sb, QStringLiteral("task")), 3);
    }

    // 3. The PARENT of a LoadOperation destroyed while its pages are in flight.
    void aLoadsParentDestroyedWithPagesInFlight()
    {
        SandboxFixture sb(slow(600));
        auto client = sb.client();
        auto *parent = new QObject;
        auto *op = new LoadOperation(client.get(), parent);
        QPointer<LoadOperation> alive(op);
        QSignalSpy finished(op, &LoadOperation::finished);
        QSignalSpy pages(op, &LoadOperation::tasksReceived);
        watch(op);
        op->start();
        QVERIFY(pages.wait(5000));
        QTest::qWait(Latency / 3);
        const int before = m_signals;
        delete parent;
        QVERIFY(alive.isNull());
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 3);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 3);
    }

    // 3. The PARENT of a DeleteOperation, with its POST in flight and during its confirmation.
    void aDeletesParentDestroyedWithItsPostInFlight()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 5);
        QCOMPARE(in.inChunks.size(), 5);
        slowDown(sb);
        auto *parent = new QObject;
        auto *op = new DeleteOperation(client.get(), in, parent);
        QPointer<DeleteOperation> alive(op);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTest::qWait(Latency / 3);
        const int before = m_signals;
        delete parent;
        QVERIFY(alive.isNull());
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("delete")), 1);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("delete")), 1);
        QCOMPARE(handled(sb, QStringLiteral("task")), 0);
    }

    void aDeletesParentDestroyedWhileConfirming()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 3);
        QCOMPARE(in.inChunks.size(), 3);
        slowDown(sb, 60000);
        DeleteOperation::Options options;
        options.pollIntervalMs = 50;
        auto *parent = new QObject;
        auto *op = new DeleteOperation(client.get(), in, options, parent);
        QPointer<DeleteOperation> alive(op);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("task")), 3);
        QTest::qWait(Latency / 2);
        const int before = m_signals;
        delete parent;
        QVERIFY(alive.isNull());
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("task")), 6);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("task")), 6);
    }

    // A confirmation by re-list (more ids than confirmByListAbove): the operation's own
    // LoadOperation is in flight when the DeleteOperation goes.
    void aDeleteDestroyedWhileItRelists()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteRequest in;
        in.inChunks = deletable(sb, client.get(), 4);
        QCOMPARE(in.inChunks.size(), 4);
        slowDown(sb);
        DeleteOperation::Options options;
        options.confirmByListAbove = 2;
        auto *op = new DeleteOperation(client.get(), in, options);
        QSignalSpy finished(op, &DeleteOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("delete")), 1);
        QTest::qWait(Latency / 2); // the re-list is on the wire
        const int before = m_signals;
        delete op;
        QTest::qWait(2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 1);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 1);
        QCOMPARE(handled(sb, QStringLiteral("task")), 0);
    }

    // 4. A sendRead whose retry is pending (a 503, then the retry timer) when its context dies.
    void aReadsPendingRetryDiesWithItsContext()
    {
        SandboxFixture sb(slow());
        auto client = sb.client();
        RetryPolicy policy = client->retryPolicy();
        policy.baseDelayMs = 1000; // a 503 without Retry-After waits 750..1000 ms
        policy.maxDelayMs = 1000;
        client->setRetryPolicy(policy);
        const ApiRequest list
            = ApiRequest::get(QStringLiteral("/v3/tasks"), { { QStringLiteral("limit"), QStringLiteral("1") } });

        // The control: with its context alive, the read is retried and answered.
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        {
            QObject context;
            int calls = 0;
            ApiResponse answer;
            client->sendRead(list, &context, [&](const ApiResponse &r) {
                ++calls;
                answer = r;
            });
            QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
            QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
            QCOMPARE(handled(sb, QStringLiteral("tasks")), 2);
        }

        sb.host->clearJournal();
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        auto *context = new QObject;
        bool called = false;
        client->sendRead(list, context, [&called](const ApiResponse &) { called = true; });
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 1); // the 503 is answered ...
        QTest::qWait(50); // ... and the retry waits for its timer
        QVERIFY(!called);
        delete context;
        QTest::qWait(1000 + 2 * Latency);
        QVERIFY(!called);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 1); // the retry was never sent
    }

    void aLoadDestroyedWithARetryPending()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        auto client = sb.client();
        RetryPolicy policy = client->retryPolicy();
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 1000;
        client->setRetryPolicy(policy);
        auto *op = new LoadOperation(client.get());
        QSignalSpy finished(op, &LoadOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 1);
        QTest::qWait(50);
        const int before = m_signals;
        delete op;
        QTest::qWait(1000 + 2 * Latency);
        QCOMPARE(m_signals, before);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 1);
    }

    // 5. A direct send with a plain context destroyed mid-flight: the callback never runs, the reply
    // is freed, and the request went out exactly once.
    void aSendsContextDestroyedMidFlight()
    {
        SandboxFixture sb(slow());
        auto client = sb.client();
        auto *context = new QObject;
        bool called = false;
        QPointer<QNetworkReply> reply = client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), context,
                                                     [&called](const ApiResponse &) { called = true; });
        QVERIFY(reply);
        QTest::qWait(Latency / 3);
        delete context;
        QVERIFY(!called); // not even synchronously, from the abort
        QTest::qWait(2 * Latency);
        QVERIFY(!called);
        QVERIFY(reply.isNull()); // freed
        QTRY_COMPARE(handled(sb, QStringLiteral("tasks")), 1);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 1); // nothing resent
    }

    // A user cancel still reaches a live owner, as Canceled; a transfer timeout is still a Timeout.
    void aUserCancelStillReachesALiveOwner()
    {
        SandboxFixture sb(slow());
        auto client = sb.client();
        QObject context;
        int calls = 0;
        ApiResponse answer;
        QNetworkReply *reply
            = client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), &context, [&](const ApiResponse &r) {
                  ++calls;
                  answer = r;
              });
        QTest::qWait(Latency / 3);
        SmsClient::cancel(reply);
        QCOMPARE(calls, 1); // abort() finishes the reply synchronously
        QCOMPARE(answer.error.kind, SmsErrorKind::Canceled);
        QTest::qWait(2 * Latency);
        QCOMPARE(calls, 1);
    }

    void aTimeoutIsStillToldApartFromACancel()
    {
        SandboxFixture sb;
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:hang")));
        auto client = sb.client();
        client->setTransferTimeoutMs(200);
        QObject context;
        int calls = 0;
        ApiResponse answer;
        client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), &context, [&](const ApiResponse &r) {
            ++calls;
            answer = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QCOMPARE(answer.error.kind, SmsErrorKind::Timeout);
    }

    // The client destroyed before the contexts it was given: its replies and pending retries are
    // dropped without a callback, and the contexts can be destroyed safely afterwards.
    void theClientDestroyedBeforeItsContexts()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("sources:503x1")));
        auto client = sb.client();
        RetryPolicy policy = client->retryPolicy();
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 1000;
        client->setRetryPolicy(policy);
        auto *op = new LoadOperation(client.get());
        QSignalSpy finished(op, &LoadOperation::finished);
        watch(op);
        op->start();
        QTRY_COMPARE(handled(sb, QStringLiteral("sources")), 1); // a 503: the retry waits ...
        QTRY_COMPARE(m_signals, 2); // ... while the tasks page is in (tasksReceived, progress)
        QCOMPARE(finished.size(), 0);

        auto *context = new QObject;
        bool called = false;
        client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), context,
                     [&called](const ApiResponse &) { called = true; });
        QTest::qWait(Latency / 3); // in flight
        client.reset();
        QVERIFY(!called);
        QTest::qWait(1000 + 2 * Latency);
        QVERIFY(!called);
        QCOMPARE(m_signals, 2);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(handled(sb, QStringLiteral("sources")), 1); // the retry was never sent
        QCOMPARE(handled(sb, QStringLiteral("tasks")), 2);
        delete op;
        delete context;
        QTest::qWait(Latency);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_Lifetime)
#include "tst_lifetime.moc"
