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

#include <optional>

// Runs a helper that checks (QCOMPARE, QVERIFY ...) and ends the case when one of its checks failed.
#define CHECKED(step)                                                                                                  \
    do {                                                                                                               \
        step;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// Owners that go away while their requests are in flight. The sandbox answers after a latency, so
// every request here is really on the wire when its owner (or the owner's parent, or the client)
// dies; each case then runs the event loop past the latency, so a late answer would arrive, and
// proves that no callback and no signal ran after the destruction and that nothing was resent.
// Before the fix (60aea73) these crashed or tripped ASan; the last commit on which they fail is
// fb4a30c (heap-use-after-free in LoadOperation::fail and DeleteOperation::onDeleteAnswer).
// A case that destroys an operation does it both ways, a row each (ways()): "the operation" deletes
// the operation itself, "its parent" deletes the QObject it was created with, which takes it along.
class tst_Lifetime : public QObject
{
    Q_OBJECT

private:
    static constexpr int Latency = 300;

    int m_signals = 0; // every signal of a watched operation, counted with this test as context
    std::optional<QSignalSpy> m_finished; // the finished() of the watched operation
    QPointer<QObject> m_op; // the watched operation ...
    QObject *m_parent = nullptr; // ... and the parent the row gave it (parentOfTheRow), if any

    static SandboxConfig slow(int tasks = 40)
    {
        SandboxConfig c;
        c.tasks = tasks;
        c.latencyMs = Latency;
        return c;
    }

    // Requests the sandbox handled (answered, or processed for a client that had gone) per route.
    static int handled(const SandboxFixture &sb, const char *route)
    {
        int n = 0;
        for (const QJsonValue &v : sb.host->journal()) {
            if (v.toObject().value(QLatin1String("route")).toString() == QLatin1String(route))
                ++n;
        }
        return n;
    }

    // The sandbox comes to have handled n requests on route, and still n one latency later: every
    // one of them was on the wire, once; nothing was resent.
    static void handledOnce(const SandboxFixture &sb, const char *route, int n)
    {
        QTRY_COMPARE(handled(sb, route), n);
        QTest::qWait(Latency);
        QCOMPARE(handled(sb, route), n);
    }

    // Retries wait about a second: a 503 without Retry-After waits 750..1000 ms.
    static void slowRetries(SmsClient *client)
    {
        RetryPolicy policy = client->retryPolicy();
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 1000;
        client->setRetryPolicy(policy);
    }

    // The rows of a case that destroys an operation: the ways of destroying it.
    static void ways()
    {
        QTest::addColumn<bool>("byParent");
        QTest::newRow("the operation") << false;
        QTest::newRow("its parent") << true;
    }

    // The parent for the operation of a case with ways(): a QObject of its own in the row "its
    // parent", none in the row "the operation".
    QObject *parentOfTheRow()
    {
        QFETCH(bool, byParent);
        m_parent = byParent ? new QObject : nullptr;
        return m_parent;
    }

    void watch(LoadOperation *op)
    {
        connect(op, &LoadOperation::tasksReceived, this, [this] { ++m_signals; });
        connect(op, &LoadOperation::progress, this, [this] { ++m_signals; });
        watchFinished(op);
    }

    void watch(DeleteOperation *op)
    {
        connect(op, &DeleteOperation::progress, this, [this] { ++m_signals; });
        watchFinished(op);
    }

    template<typename Op> void watchFinished(Op *op)
    {
        connect(op, &Op::finished, this, [this] { ++m_signals; });
        m_finished.emplace(op, &Op::finished);
        m_op = op;
    }

    LoadOperation *startLoad(SmsClient *client, QObject *parent = nullptr)
    {
        auto *op = new LoadOperation(client, parent);
        watch(op);
        op->start();
        return op;
    }

    // Destroys the watched operation as the row says (itself, or its parent, which must take it
    // along) and runs the event loop for waitMs: no signal of it ran after, and it finished
    // `finished` times in all.
    void destroyAndWait(int waitMs, int finished = 0)
    {
        const int before = m_signals;
        QPointer<QObject> alive(m_op);
        delete (m_parent ? m_parent : m_op.data());
        m_parent = nullptr;
        QVERIFY(alive.isNull());
        QTest::qWait(waitMs);
        QCOMPARE(m_signals, before);
        QCOMPARE(m_finished->size(), finished);
    }

    // destroyAndWait(waitMs) once the sandbox has handled `count` requests on route, thenMs later.
    void destroyOnceHandled(const SandboxFixture &sb, const char *route, int count, int thenMs, int waitMs)
    {
        QTRY_COMPARE(handled(sb, route), count);
        QTest::qWait(thenMs);
        destroyAndWait(waitMs);
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

    // Starts a watched DeleteOperation, with the parent of the row, over the first n deletable tasks
    // of a fresh sandbox, once that answers after Latency (and keeps deleted tasks DELETING for
    // deleteDelayMs).
    void startDelete(SandboxFixture &sb, SmsClient *client, int n, const DeleteOperation::Options &options = {},
                     int deleteDelayMs = 0)
    {
        DeleteRequest in;
        in.inChunks = deletable(sb, client, n);
        QCOMPARE(in.inChunks.size(), n);
        slowDown(sb, deleteDelayMs);
        auto *op = new DeleteOperation(client, in, options, parentOfTheRow());
        watch(op);
        op->start();
    }

    static DeleteOperation::Options pollingEvery(int ms)
    {
        DeleteOperation::Options options;
        options.pollIntervalMs = ms;
        return options;
    }

    // The answers a callback got: how many, and the last one.
    struct Answers
    {
        int calls = 0;
        ApiResponse last;

        SmsClient::Callback callback()
        {
            return [this](const ApiResponse &r) {
                ++calls;
                last = r;
            };
        }
    };

private Q_SLOTS:
    void init()
    {
        m_signals = 0;
        m_finished.reset();
        m_op = nullptr;
        m_parent = nullptr;
    }

    // 1. A LoadOperation destroyed while its pages are in flight.
    // 3. The PARENT of a LoadOperation destroyed while its pages are in flight (row "its parent").
    void aLoadDestroyedWithItsPagesInFlight_data() { ways(); }
    void aLoadDestroyedWithItsPagesInFlight()
    {
        SandboxFixture sb(slow(600)); // three pages of tasks
        auto client = sb.client();
        auto *op = new LoadOperation(client.get(), parentOfTheRow());
        QSignalSpy pages(op, &LoadOperation::tasksReceived);
        watch(op);
        op->start();
        QVERIFY(pages.wait(5000)); // the first page told the count: the two others are asked now
        QTest::qWait(Latency / 3);
        QCOMPARE(m_finished->size(), 0);
        CHECKED(destroyAndWait(2 * Latency));
        QCOMPARE(pages.size(), 1);
        CHECKED(handledOnce(sb, "tasks", 3)); // every page was on the wire, once: nothing resent
        QCOMPARE(handled(sb, "sources"), (sb.config.effectiveSources() + 199) / 200);
    }

    // A LoadOperation destroyed while pages it received are still being parsed on the thread pool:
    // their results never reach it.
    void aLoadDestroyedWhileItsPagesAreParsed_data() { ways(); }
    void aLoadDestroyedWhileItsPagesAreParsed()
    {
        SandboxConfig c;
        c.tasks = 4000; // 20 pages, four answered at a time: some are being parsed at any moment
        c.latencyMs = 100;
        SandboxFixture sb(c);
        auto client = sb.client();
        auto *op = new LoadOperation(client.get(), parentOfTheRow());
        QSignalSpy pages(op, &LoadOperation::tasksReceived);
        watch(op);
        op->start();
        QTRY_VERIFY(pages.size() >= 3);
        QVERIFY(m_finished->size() == 0);
        CHECKED(destroyAndWait(500));
    }

    // As a listing helper does it: the load failed on one request, and is destroyed while the other
    // is still in flight (what tst_client, tst_credentials and tst_tls run into).
    void aFailedLoadDestroyedWithARequestStillInFlight_data() { ways(); }
    void aFailedLoadDestroyedWithARequestStillInFlight()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("sources:500")));
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:latency:600")));
        auto client = sb.client();
        client->setRetryPolicy(RetryPolicy::none());
        LoadOperation *op = startLoad(client.get(), parentOfTheRow());
        QVERIFY(m_finished->wait(5000));
        QCOMPARE(op->error().httpStatus, 500);
        QCOMPARE(handled(sb, "tasks"), 0); // still in flight
        CHECKED(destroyAndWait(600 + 2 * Latency, 1));
        QCOMPARE(handled(sb, "tasks"), 1);
        QCOMPARE(handled(sb, "sources"), 1);
    }

    // 2. A DeleteOperation destroyed while its POST is in flight: nothing more is sent.
    // 3. The PARENT of a DeleteOperation, with its POST in flight and during its confirmation: the
    // rows "its parent" of this case and the next.
    void aDeleteDestroyedWithItsPostInFlight_data() { ways(); }
    void aDeleteDestroyedWithItsPostInFlight()
    {
        SandboxFixture sb;
        auto client = sb.client();
        CHECKED(startDelete(sb, client.get(), 5));
        QTest::qWait(Latency / 3);
        CHECKED(destroyAndWait(2 * Latency));
        CHECKED(handledOnce(sb, "delete", 1)); // never resent
        QCOMPARE(handled(sb, "task"), 0); // and no confirmation went out
        QCOMPARE(handled(sb, "delete-one"), 0);
        QCOMPARE(sb.journalIds("ids_sent").size(), 5);
    }

    // 2. ... and during its confirmation phase: look-ups in flight, then a poll pending.
    void aDeleteDestroyedWhileItsLookUpsAreInFlight_data() { ways(); }
    void aDeleteDestroyedWhileItsLookUpsAreInFlight()
    {
        SandboxFixture sb;
        auto client = sb.client();
        // 3 <= maxParallel: the look-ups go out together; deleted tasks stay DELETING: the operation polls
        CHECKED(startDelete(sb, client.get(), 3, pollingEvery(50), 60000));
        // the first round answered (DELETING), the second round is on the wire
        CHECKED(destroyOnceHandled(sb, "task", 3, Latency / 2, 2 * Latency));
        CHECKED(handledOnce(sb, "task", 6)); // no third round
        QCOMPARE(handled(sb, "delete"), 1);
    }

    void aDeleteDestroyedWithAPollPending_data() { ways(); }
    void aDeleteDestroyedWithAPollPending()
    {
        SandboxFixture sb;
        auto client = sb.client();
        CHECKED(startDelete(sb, client.get(), 3, pollingEvery(1000), 60000));
        // answers in, the next poll waits for its timer
        CHECKED(destroyOnceHandled(sb, "task", 3, Latency / 2, 1000 + 2 * Latency));
        QCOMPARE(handled(sb, "task"), 3);
    }

    // A confirmation by re-list (more ids than confirmByListAbove): the operation's own
    // LoadOperation is in flight when the DeleteOperation goes.
    void aDeleteDestroyedWhileItRelists_data() { ways(); }
    void aDeleteDestroyedWhileItRelists()
    {
        SandboxFixture sb;
        auto client = sb.client();
        DeleteOperation::Options options;
        options.confirmByListAbove = 2;
        CHECKED(startDelete(sb, client.get(), 4, options));
        CHECKED(destroyOnceHandled(sb, "delete", 1, Latency / 2, 2 * Latency)); // the re-list is on the wire
        CHECKED(handledOnce(sb, "tasks", 1));
        QCOMPARE(handled(sb, "task"), 0);
    }

    // 4. A sendRead whose retry is pending (a 503, then the retry timer) when its context dies.
    void aReadsPendingRetryDiesWithItsContext()
    {
        SandboxFixture sb(slow());
        auto client = sb.client();
        slowRetries(client.get());
        const ApiRequest list
            = ApiRequest::get(QStringLiteral("/v3/tasks"), { { QStringLiteral("limit"), QStringLiteral("1") } });

        // The control: with its context alive, the read is retried and answered.
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        {
            QObject context;
            Answers got;
            client->sendRead(list, &context, got.callback());
            QTRY_COMPARE_WITH_TIMEOUT(got.calls, 1, 5000);
            QVERIFY2(got.last.ok(), qPrintable(got.last.error.summary()));
            QCOMPARE(handled(sb, "tasks"), 2);
        }

        sb.host->clearJournal();
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        auto *context = new QObject;
        bool called = false;
        client->sendRead(list, context, [&called](const ApiResponse &) { called = true; });
        QTRY_COMPARE(handled(sb, "tasks"), 1); // the 503 is answered ...
        QTest::qWait(50); // ... and the retry waits for its timer
        QVERIFY(!called);
        delete context;
        QTest::qWait(1000 + 2 * Latency);
        QVERIFY(!called);
        QCOMPARE(handled(sb, "tasks"), 1); // the retry was never sent
    }

    void aLoadDestroyedWithARetryPending_data() { ways(); }
    void aLoadDestroyedWithARetryPending()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:503x1")));
        auto client = sb.client();
        slowRetries(client.get());
        startLoad(client.get(), parentOfTheRow());
        CHECKED(destroyOnceHandled(sb, "tasks", 1, 50, 1000 + 2 * Latency));
        QCOMPARE(handled(sb, "tasks"), 1);
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
        handledOnce(sb, "tasks", 1); // nothing resent
    }

    // A user cancel still reaches a live owner, as Canceled; a transfer timeout is still a Timeout.
    void aUserCancelStillReachesALiveOwner()
    {
        SandboxFixture sb(slow());
        auto client = sb.client();
        QObject context;
        Answers got;
        QNetworkReply *reply = client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), &context, got.callback());
        QTest::qWait(Latency / 3);
        SmsClient::cancel(reply);
        QCOMPARE(got.calls, 1); // abort() finishes the reply synchronously
        QCOMPARE(got.last.error.kind, SmsErrorKind::Canceled);
        QTest::qWait(2 * Latency);
        QCOMPARE(got.calls, 1);
    }

    void aTimeoutIsStillToldApartFromACancel()
    {
        SandboxFixture sb;
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:hang")));
        auto client = sb.client();
        client->setTransferTimeoutMs(200);
        QObject context;
        Answers got;
        client->send(ApiRequest::get(QStringLiteral("/v3/tasks")), &context, got.callback());
        QTRY_COMPARE_WITH_TIMEOUT(got.calls, 1, 5000);
        QCOMPARE(got.last.error.kind, SmsErrorKind::Timeout);
    }

    // The client destroyed before the contexts it was given: its replies and pending retries are
    // dropped without a callback, and the contexts can be destroyed safely afterwards.
    void theClientDestroyedBeforeItsContexts()
    {
        SandboxFixture sb(slow());
        QVERIFY(sb.host->addFault(QStringLiteral("sources:503x1")));
        auto client = sb.client();
        slowRetries(client.get());
        LoadOperation *op = startLoad(client.get());
        QTRY_COMPARE(handled(sb, "sources"), 1); // a 503: the retry waits ...
        QTRY_COMPARE(m_signals, 2); // ... while the tasks page is in (tasksReceived, progress)
        QCOMPARE(m_finished->size(), 0);

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
        QCOMPARE(m_finished->size(), 0);
        QCOMPARE(handled(sb, "sources"), 1); // the retry was never sent
        QCOMPARE(handled(sb, "tasks"), 2);
        delete op;
        delete context;
        QTest::qWait(Latency);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_Lifetime)
#include "tst_lifetime.moc"
