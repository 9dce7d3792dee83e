#include "ListAll.h"
#include "SandboxFixture.h"
#include "api/RequestLimiter.h"
#include "ops/DeleteOperation.h"
#include "ops/DeletePlan.h"
#include "ops/LoadOperation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// DeleteOperation against every batch semantics and fault the sandbox offers. In each case the
// journal proves that no request carried an id outside the confirmed set.
class tst_DeleteFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<SmsClient> m_client;
    DeletePlan m_plan;

    void setUpSandbox(int tasks = 80, const std::function<void(SandboxConfig &)> &configure = {})
    {
        SandboxConfig config;
        config.tasks = tasks;
        if (configure)
            configure(config);
        m_sb = std::make_unique<SandboxFixture>(config);
        QVERIFY(m_sb->url.isValid());
        m_client = m_sb->client();
        const Listing listed = listAll(m_client.get(), 20000);
        QVERIFY(listed.finished);
        QVERIFY(listed.complete);
        m_plan = DeletePlan::build(listed.tasks);
        m_sb->host->clearJournal();
    }

    QList<Task> deletable(int n) const
    {
        QList<Task> out;
        for (const PlanEntry &e : m_plan.deletable()) {
            if (out.size() == n)
                break;
            out.append(e.task);
        }
        return out;
    }

    static QStringList ids(const QList<Task> &tasks)
    {
        QStringList out;
        for (const Task &t : tasks)
            out.append(t.id);
        return out;
    }

    QList<DeleteResult> run(const DeleteRequest &in, DeleteOperation::Options options = {}, SmsClient *client = nullptr)
    {
        options.pollIntervalMs = qMin(options.pollIntervalMs, 50);
        options.throttleDelayMs = 50;
        DeleteOperation op(client ? client : m_client.get(), in, options);
        QSignalSpy done(&op, &DeleteOperation::finished);
        op.start();
        if (!done.wait(30000))
            return {};
        return op.results();
    }

    QHash<QString, DeleteResult> byId(const QList<DeleteResult> &results) const
    {
        QHash<QString, DeleteResult> out;
        for (const DeleteResult &r : results)
            out.insert(r.id, r);
        return out;
    }

    // The invariant: every id any request carried is one the user confirmed.
    void verifyOnlyConfirmedIdsSent(const DeleteRequest &in)
    {
        QSet<QString> confirmed;
        for (const Task &t : in.inChunks)
            confirmed.insert(t.id);
        for (const Task &t : in.onePerCall)
            confirmed.insert(t.id);
        for (const QString &id : m_sb->journalIds("ids_sent"))
            QVERIFY2(confirmed.contains(id), qPrintable(QStringLiteral("unconfirmed id sent: ") + id));
    }

    // Makes the service refuse these tasks (their source busy) after the client listed them.
    void makeBusy(const QList<Task> &tasks)
    {
        for (const Task &t : tasks)
            QVERIFY(m_sb->host->setTaskSource(t.id, QStringLiteral("replicate"), true));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_sb.reset();
    }

    void batchSemantics_data()
    {
        QTest::addColumn<int>("semantics");
        QTest::newRow("atomic-named") << int(SandboxConfig::BatchSemantics::AtomicNamed);
        QTest::newRow("atomic-unnamed") << int(SandboxConfig::BatchSemantics::AtomicUnnamed);
        QTest::newRow("partial") << int(SandboxConfig::BatchSemantics::Partial);
    }

    void batchSemantics()
    {
        QFETCH(int, semantics);
        setUpSandbox(80, [&](SandboxConfig &c) { c.batch = SandboxConfig::BatchSemantics(semantics); });
        const QList<Task> chosen = deletable(6);
        QCOMPARE(chosen.size(), 6);
        makeBusy(chosen.mid(0, 2)); // the state changed after listing
        DeleteRequest in;
        in.inChunks = chosen;
        const auto results = byId(run(in));
        for (const Task &t : chosen.mid(0, 2)) {
            QCOMPARE(results.value(t.id).outcome, DeleteOutcome::Failed);
            if (semantics != int(SandboxConfig::BatchSemantics::Partial)) {
                QCOMPARE(results.value(t.id).error.httpStatus, 400);
                QVERIFY(!results.value(t.id).error.code.isEmpty());
            } else {
                QVERIFY(!results.value(t.id).reason().isEmpty()); // accepted but still there
            }
        }
        for (const Task &t : chosen.mid(2))
            QCOMPARE(results.value(t.id).outcome, DeleteOutcome::Deleted);
        QCOMPARE(m_sb->host->taskCount(), 80 - 4);
        verifyOnlyConfirmedIdsSent(in);
        const auto singles = m_sb->journalEntries(QStringLiteral("DELETE"), QStringLiteral("/v3/tasks/"));
        // Per-id fallback only after a 400 that names no ids.
        if (semantics == int(SandboxConfig::BatchSemantics::AtomicUnnamed))
            QCOMPARE(singles.size(), 6);
        else
            QCOMPARE(singles.size(), 0);
    }

    void forbiddenIsReportedPerIdAndNeverBypassed()
    {
        setUpSandbox(200, [](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:batchDeleteTask") }; });
        DeleteRequest in;
        in.inChunks = deletable(60);
        const QList<DeleteResult> results = run(in);
        QCOMPARE(results.size(), 60);
        for (const DeleteResult &r : results) {
            QCOMPARE(r.outcome, DeleteOutcome::Failed);
            QCOMPARE(r.error.httpStatus, 403);
            QCOMPARE(r.error.code, QStringLiteral("SMS.9004"));
        }
        QVERIFY(m_sb->journalEntries(QStringLiteral("DELETE"), QStringLiteral("/v3/tasks/")).isEmpty());
        QCOMPARE(m_sb->host->taskCount(), 200);
    }

    void unauthorizedStopsEverything()
    {
        setUpSandbox(200);
        Credentials bad = m_sb->credentials();
        bad.sk = "not-the-secret-key-000000000000000000000";
        SmsClient wrong(m_sb->url, bad);
        DeleteRequest in;
        in.inChunks = deletable(120);
        QVERIFY(in.inChunks.size() > 100);
        const QList<DeleteResult> results = run(in, {}, &wrong);
        for (const DeleteResult &r : results) {
            QCOMPARE(r.outcome, DeleteOutcome::Failed);
            QCOMPARE(r.error.httpStatus, 401);
        }
        // One signed call only: a wrong key must not be tried again and again (AK lockout).
        QCOMPARE(m_sb->host->journal().size(), 1);
    }

    void throttledCallsAreResentAfterRetryAfter()
    {
        setUpSandbox(200);
        QVERIFY(m_sb->host->addFault(QStringLiteral("delete:429:1@nth=2x1")));
        DeleteRequest in;
        in.inChunks = deletable(120);
        const QList<DeleteResult> results = run(in);
        for (const DeleteResult &r : results)
            QVERIFY2(r.outcome == DeleteOutcome::Deleted, qPrintable(r.error.summary()));
        const auto posts = m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete"));
        QCOMPARE(posts.size(), (int(in.inChunks.size()) + 49) / 50 + 1);
        verifyOnlyConfirmedIdsSent(in);
    }

    void serverErrorOnDeleteIsLookedUpNotResent()
    {
        setUpSandbox();
        QVERIFY(m_sb->host->addFault(QStringLiteral("delete:500@nth=1x1")));
        DeleteRequest in;
        in.inChunks = deletable(5);
        const QList<DeleteResult> results = run(in);
        for (const DeleteResult &r : results) {
            QCOMPARE(r.outcome, DeleteOutcome::Failed); // the 500 processed nothing: still there
            QCOMPARE(r.error.httpStatus, 500);
        }
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).size(), 1);
        QCOMPARE(m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks/")).size(), 5);
    }

    void droppedConnectionAfterTheDeleteIsConfirmedByLookUp()
    {
        setUpSandbox();
        QVERIFY(m_sb->host->addFault(QStringLiteral("delete:reset@nth=1x1")));
        DeleteRequest in;
        in.inChunks = deletable(5);
        const QList<DeleteResult> results = run(in);
        // Never resent: neither by us nor by Qt's HTTP stack.
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).size(), 1);
        for (const DeleteResult &r : results)
            QCOMPARE(r.outcome, DeleteOutcome::Deleted);
    }

    void timeoutOnDeleteIsReportedAsTimeout()
    {
        setUpSandbox();
        QVERIFY(m_sb->host->addFault(QStringLiteral("delete:hang@nth=1x1")));
        m_client->setTransferTimeoutMs(400);
        DeleteRequest in;
        in.inChunks = deletable(3);
        const QList<DeleteResult> results = run(in);
        for (const DeleteResult &r : results) {
            QCOMPARE(r.outcome, DeleteOutcome::Failed); // a hung call processed nothing
            QCOMPARE(r.error.kind, SmsErrorKind::Timeout);
        }
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).size(), 1);
    }

    void deletingThenGone()
    {
        setUpSandbox(80, [](SandboxConfig &c) { c.deleteDelayMs = 250; });
        DeleteRequest in;
        in.inChunks = deletable(4);
        DeleteOperation::Options o;
        o.pollIntervalMs = 50;
        o.maxPolls = 40;
        for (const DeleteResult &r : run(in, o))
            QCOMPARE(r.outcome, DeleteOutcome::Deleted);
        QVERIFY(m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks/")).size() > 4);
    }

    void stillDeletingAfterThePollsIsReportedAsDeleting()
    {
        setUpSandbox(80, [](SandboxConfig &c) { c.deleteDelayMs = 20000; });
        DeleteRequest in;
        in.inChunks = deletable(2);
        DeleteOperation::Options o;
        o.pollIntervalMs = 20;
        o.maxPolls = 3;
        for (const DeleteResult &r : run(in, o))
            QCOMPARE(r.outcome, DeleteOutcome::Deleting);
    }

    // An unreadable look-up says nothing about the task: it is asked again and never called failed.
    // Failed before the fix (as of fb4a30c): "accepted but still exists (state )".
    void anUnreadableLookUpIsAskedAgainNotFailed_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("deleteDelayMs");
        QTest::newRow("malformed once") << QStringLiteral("task:malformed@nth=1x1") << 300;
        QTest::newRow("truncated once") << QStringLiteral("task:truncated@nth=1x1") << 300;
        // Still DELETING throughout and every answer unreadable: never confirmed either way.
        QTest::newRow("malformed always") << QStringLiteral("task:malformed@always") << 60000;
    }
    void anUnreadableLookUpIsAskedAgainNotFailed()
    {
        QFETCH(QString, fault);
        QFETCH(int, deleteDelayMs);
        setUpSandbox(80, [deleteDelayMs](SandboxConfig &c) { c.deleteDelayMs = deleteDelayMs; });
        QVERIFY(m_sb->host->addFault(fault));
        DeleteRequest in;
        in.inChunks = deletable(3);
        DeleteOperation::Options o;
        o.pollIntervalMs = 50;
        o.maxPolls = 12;
        const QList<DeleteResult> results = run(in, o);
        QCOMPARE(results.size(), 3);
        const QStringList deleted = m_sb->journalIds("ids_deleted");
        for (const DeleteResult &r : results) {
            QVERIFY(deleted.contains(r.id));
            QVERIFY2(r.outcome != DeleteOutcome::Failed, qPrintable(r.reason()));
            if (fault.endsWith(QLatin1String("@always"))) {
                QCOMPARE(r.outcome, DeleteOutcome::Unknown);
                QCOMPARE(r.note, DeleteNote::UnreadableLookUp);
            } else {
                QCOMPARE(r.outcome, DeleteOutcome::Deleted);
            }
        }
    }

    // Look-ups that hang are bounded as a whole: what is not confirmed by the deadline is unknown,
    // with why. Before (as of fb4a30c), 6 ids at a 10 s timeout took 87 s.
    void theConfirmationHasADeadline()
    {
        setUpSandbox(80);
        QVERIFY(m_sb->host->addFault(QStringLiteral("task:hang@always")));
        m_client->setTransferTimeoutMs(3000);
        RetryPolicy patient;
        patient.baseDelayMs = 20;
        patient.maxTotalMs = 60000;
        m_client->setRetryPolicy(patient);
        DeleteRequest in;
        in.inChunks = deletable(6);
        DeleteOperation::Options o;
        o.confirmDeadlineMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const QList<DeleteResult> results = run(in, o);
        QVERIFY2(clock.elapsed() < 2900, qPrintable(QString::number(clock.elapsed()))); // before any timeout
        QCOMPARE(results.size(), 6);
        for (const DeleteResult &r : results) {
            QCOMPARE(r.outcome, DeleteOutcome::Unknown);
            QCOMPARE(r.note, DeleteNote::ConfirmDeadlinePassed);
            QVERIFY(r.reason().contains(QLatin1String("1 s")));
        }
    }

    void chunksGoInParallelOnceTheSessionsSignatureIsProven()
    {
        // The listing before a delete proves the account's signature (the limiter opens): the
        // chunks need not go one at a time first, and the first four leave together.
        setUpSandbox(600, [](SandboxConfig &c) { c.latencyMs = 300; });
        RequestLimiter limiter(4);
        m_client->setLimiter(&limiter);
        QVERIFY(!m_client->signatureProven());
        QVERIFY(listAll(m_client.get(), 20000).complete);
        QVERIFY(m_client->signatureProven());
        m_sb->host->clearJournal();
        DeleteRequest in;
        in.inChunks = deletable(200);
        QCOMPARE(in.inChunks.size(), 200);
        DeleteOperation op(m_client.get(), in);
        QSignalSpy done(&op, &DeleteOperation::finished);
        op.start();
        QVERIFY(done.wait(30000));
        const QList<QJsonObject> posts
            = m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete"));
        QCOMPARE(posts.size(), 4);
        const auto received = [&](int i) {
            return QDateTime::fromString(posts.at(i).value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        };
        // All four within a fraction of one answer's latency: none waited for another's answer.
        QVERIFY2(received(0).msecsTo(received(3)) < 150, qPrintable(QString::number(received(0).msecsTo(received(3)))));
        for (const DeleteResult &r : op.results())
            QCOMPARE(r.outcome, DeleteOutcome::Deleted);
        m_client->setLimiter(nullptr);
    }

    void cancelStopsBetweenChunks()
    {
        setUpSandbox(300, [](SandboxConfig &c) { c.latencyMs = 150; });
        DeleteRequest in;
        in.inChunks = deletable(150);
        QVERIFY(in.inChunks.size() > 100);
        DeleteOperation op(m_client.get(), in);
        QSignalSpy done(&op, &DeleteOperation::finished);
        op.start();
        op.cancel(); // the first chunk is in flight: it completes, nothing else is sent
        QVERIFY(done.wait(20000));
        int deleted = 0, skipped = 0;
        for (const DeleteResult &r : op.results()) {
            deleted += r.outcome == DeleteOutcome::Deleted;
            skipped += r.outcome == DeleteOutcome::Skipped;
        }
        QCOMPARE(deleted, 50);
        QCOMPARE(skipped, int(in.inChunks.size()) - 50);
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).size(), 1);
    }

    void uncertainTasksGoOnePerCall()
    {
        setUpSandbox(200);
        QVERIFY(m_plan.uncertain().size() >= 2);
        DeleteRequest in;
        in.inChunks = deletable(3);
        in.onePerCall = { m_plan.uncertain().at(0).task, m_plan.uncertain().at(1).task };
        const QList<DeleteResult> results = run(in);
        QCOMPARE(results.size(), 5);
        for (const QJsonObject &post :
             m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete"))) {
            const QJsonArray sent = post.value(QLatin1String("ids_sent")).toArray();
            for (const Task &t : in.onePerCall) {
                if (sent.contains(t.id))
                    QCOMPARE(sent.size(), 1);
            }
        }
        verifyOnlyConfirmedIdsSent(in);
    }

    void goneMeanwhileIsAlreadyDeleted()
    {
        setUpSandbox();
        const QStringList listed = m_sb->host->taskIds();
        const QString gone = m_sb->host->removeFirstTask(); // deleted by someone else after listing
        QCOMPARE(gone, listed.first());
        Task t;
        t.id = gone;
        DeleteRequest in;
        in.inChunks = { t };
        const QList<DeleteResult> results = run(in);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, DeleteOutcome::AlreadyDeleted);
    }

    void manyIdsAreConfirmedByOneCompleteRelist()
    {
        setUpSandbox(200);
        DeleteRequest in;
        in.inChunks = deletable(60);
        for (const DeleteResult &r : run(in))
            QCOMPARE(r.outcome, DeleteOutcome::Deleted);
        // Confirmation by listing, not by 60 look-ups.
        QVERIFY(m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks/")).isEmpty());
        QVERIFY(!m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeleteFaults)
#include "tst_deletefaults.moc"
