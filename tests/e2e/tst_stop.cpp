#include "SandboxFixture.h"
#include "model/StopRule.h"
#include "ops/AccountSession.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// Stop, wait, delete (AccountSession::startStop) against the sandbox: the outcome of every task of
// a mix, the journal's word that nothing outside the confirmed set was stopped or deleted, and Cancel.
class tst_Stop : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<AccountSession> m_session;
    QList<Task> m_listed;

    void open(const SandboxConfig &c)
    {
        m_sb = std::make_unique<SandboxFixture>(c);
        QVERIFY(m_sb->url.isValid());
        ConnectionSpec spec;
        spec.region = c.region;
        spec.smsEndpoint = m_sb->url.toString();
        spec.iamEndpoint = m_sb->url.toString();
        spec.credentials = m_sb->credentials();
        m_session = std::make_unique<AccountSession>(spec, QStringLiteral("test"), QStringLiteral("gui"));
        QSignalSpy ready(m_session.get(), &AccountSession::ready);
        QSignalSpy failed(m_session.get(), &AccountSession::failed);
        m_session->open();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QSignalSpy loaded(m_session.get(), &AccountSession::loadFinished);
        QVERIFY(m_session->refresh());
        QVERIFY(loaded.wait(10000));
        m_listed = loaded.first().first().value<AccountSession::LoadResult>().tasks;
        m_sb->host->clearJournal();
    }

    QList<Task> withRemedy(StopRemedy r, int n) const
    {
        QHash<QString, int> tasksOfSource;
        for (const Task &t : m_listed)
            ++tasksOfSource[t.sourceId];
        QList<Task> out;
        for (const Task &t : m_listed) {
            // A source of its own: stopping another task of it would pause this one too.
            if (tasksOfSource.value(t.sourceId) != 1)
                continue;
            // Known connected: a fresh look-up of an unlisted source may find its Agent disconnected.
            if (out.size() < n && StopRule::remedy(t.sourceState, t.connected) == r
                && (r == StopRemedy::NotNeeded || t.connected == true))
                out.append(t);
        }
        return out;
    }

    static QSet<QString> idsOf(const QList<Task> &tasks)
    {
        QSet<QString> ids;
        for (const Task &t : tasks)
            ids.insert(t.id);
        return ids;
    }

    QStringList journalTaskIds(const QString &route) const
    {
        QStringList ids;
        for (const QJsonValue &v : m_sb->host->journal()) {
            // From the path: a faulted answer carries no task_id.
            if (v[QLatin1String("route")].toString() == route)
                ids.append(v[QLatin1String("path")].toString().section(u'/', 3, 3));
        }
        return ids;
    }

    // The listings' first pages (route "tasks", offset 0), i.e. one per re-list, with their times.
    QList<QDateTime> relists() const
    {
        QList<QDateTime> out;
        for (const QJsonValue &v : m_sb->host->journal()) {
            if (v[QLatin1String("route")].toString() == u"tasks"
                && v[QLatin1String("query")].toString().contains(QLatin1String("offset=0")))
                out.append(QDateTime::fromString(v[QLatin1String("time")].toString(), Qt::ISODateWithMs));
        }
        return out;
    }

    // An account of 800 tasks whose stops take 1.5 s to pause their sources: a long wait.
    void openForALongWait()
    {
        SandboxConfig c;
        c.tasks = 800;
        c.latencyMs = 2;
        c.stopDelayMs = 1500;
        open(c);
    }

    // A stop alone (no delete) of `tasks`, every one of which must end Stopped.
    void stopAndExpectAllStopped(const QList<Task> &tasks, StopOperation::Options o)
    {
        o.timeoutMs = 20000;
        o.pollIntervalMs = 100;
        QSignalSpy finished(m_session.get(), &AccountSession::stopFinished);
        QVERIFY(m_session->startStop(tasks, false, o));
        QVERIFY(finished.wait(40000));
        for (const StopResult &r : finished.first().first().value<QList<StopResult>>())
            QCOMPARE(r.outcome, StopOutcome::Stopped);
    }

    static bool spacedAtLeast(const QList<QDateTime> &times, int ms)
    {
        for (int i = 1; i < times.size(); ++i) {
            if (times.at(i - 1).msecsTo(times.at(i)) < ms - 20) // the journal's clock, to the ms
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_DATA_HOME", QByteArray(QDir::tempPath().toUtf8() + "/tst_stop-data")); }

    // Four stop, the second stop call fails (500 with its SMS code), one is pausing already and never
    // finishes (timed out), one is cutting over (only reported), one is deletable from the start.
    void aMixEndsWithExactlyTheRightOutcomes()
    {
        SandboxConfig c;
        c.tasks = 120;
        c.latencyMs = 5;
        c.stopDelayMs = 200;
        c.faults = { QStringLiteral("action:500@nth=2") };
        open(c);
        const QList<Task> stop = withRemedy(StopRemedy::Stop, 4);
        const QList<Task> pausing = withRemedy(StopRemedy::WaitOnly, 1);
        const QList<Task> busy = withRemedy(StopRemedy::NotStoppable, 1);
        const QList<Task> deletable = withRemedy(StopRemedy::NotNeeded, 1);
        QVERIFY(stop.size() == 4 && pausing.size() == 1 && busy.size() == 1 && deletable.size() == 1);
        const QList<Task> confirmed = stop + pausing + busy + deletable;

        StopOperation::Options o;
        o.timeoutMs = 1500;
        o.pollIntervalMs = 100;
        QSignalSpy finished(m_session.get(), &AccountSession::deleteFinished);
        QVERIFY(m_session->startStop(confirmed, true, o));
        QVERIFY(finished.wait(20000));
        const QList<DeleteResult> results = finished.first().first().value<QList<DeleteResult>>();
        QCOMPARE(results.size(), confirmed.size());

        QHash<QString, DeleteResult> byId;
        for (const DeleteResult &r : results)
            byId.insert(r.id, r);
        int failed = 0;
        for (const Task &t : stop) {
            const DeleteResult r = byId.value(t.id);
            QVERIFY(r.stop);
            if (r.stop->outcome == StopOutcome::Failed) {
                ++failed;
                QCOMPARE(r.stepsKeyword(), QStringLiteral("stop-failed"));
                QCOMPARE(r.stop->error.httpStatus, 500);
                QVERIFY(!r.stop->error.code.isEmpty() && !r.stop->error.requestId.isEmpty());
                QCOMPARE(r.outcome, DeleteOutcome::Skipped);
            } else {
                QCOMPARE(r.stop->outcome, StopOutcome::Stopped);
                QCOMPARE(r.outcome, DeleteOutcome::Deleted);
            }
        }
        QCOMPARE(failed, 1);
        const DeleteResult timedOut = byId.value(pausing.first().id);
        QCOMPARE(timedOut.stepsKeyword(), QStringLiteral("stop-timeout"));
        QVERIFY(!timedOut.stop->stopSent); // pausing already: nothing was sent
        const DeleteResult reported = byId.value(busy.first().id);
        QCOMPARE(reported.stop->outcome, StopOutcome::NotStoppable);
        QCOMPARE(reported.outcome, DeleteOutcome::Skipped);
        QCOMPARE(byId.value(deletable.first().id).outcome, DeleteOutcome::Deleted);

        // The journal: a stop only for the four, once each; deletes only within the confirmed set.
        const QStringList stopped = journalTaskIds(QStringLiteral("action"));
        QCOMPARE(QSet<QString>(stopped.begin(), stopped.end()), idsOf(stop));
        QCOMPARE(stopped.size(), 4);
        const QStringList sent = m_sb->journalIds("ids_sent");
        QVERIFY(idsOf(confirmed).contains(QSet<QString>(sent.begin(), sent.end())));
        QCOMPARE(sent.size(), 4); // three stopped, one deletable from the start
    }

    // Cancel while waiting: every task ends Cancelled (stopped, not deleted), nothing more is sent.
    void cancelWhileWaitingSendsNothingMore()
    {
        SandboxConfig c;
        c.tasks = 120;
        c.stopDelayMs = 60000; // they stay pausing
        open(c);
        const QList<Task> stop = withRemedy(StopRemedy::Stop, 3);
        QCOMPARE(stop.size(), 3);
        StopOperation::Options o;
        o.pollIntervalMs = 50;
        QSignalSpy changed(m_session.get(), &AccountSession::stopTaskChanged);
        QSignalSpy finished(m_session.get(), &AccountSession::deleteFinished);
        QVERIFY(m_session->startStop(stop, true, o));
        QTRY_VERIFY_WITH_TIMEOUT(journalTaskIds(QStringLiteral("task")).size() >= 3, 10000); // look-ups run
        // Nothing else starts beside a stop: its own delete follows it.
        DeleteRequest other;
        other.inChunks = withRemedy(StopRemedy::NotNeeded, 1);
        QVERIFY(!m_session->startDelete(other));
        QVERIFY(!m_session->refresh());
        m_session->cancelStop();
        QVERIFY(finished.wait(10000));
        const int journalAfter = int(m_sb->host->journal().size());
        for (const DeleteResult &r : finished.first().first().value<QList<DeleteResult>>()) {
            QCOMPARE(r.stop->outcome, StopOutcome::Cancelled);
            QVERIFY(r.stop->stopSent);
            QCOMPARE(r.stepsKeyword(), QStringLiteral("stopped-not-deleted"));
        }
        QTest::qWait(300);
        QCOMPARE(int(m_sb->host->journal().size()), journalAfter + 0);
        QVERIFY(m_sb->journalIds("ids_sent").isEmpty());
    }

    // Above 20 waiting tasks, and when cheaper than a look-up each, the wait goes by re-lists of
    // tasks and sources, one at a time and at least the interval apart: no look-up per task. On an
    // account whose re-list costs more pages than the look-ups, it stays with the look-ups.
    void aLargeWaitGoesByReListsWhenTheyAreCheaper_data()
    {
        QTest::addColumn<int>("relistPages");
        QTest::addColumn<bool>("byReList");
        QTest::newRow("this account (8 pages)") << -1 << true;
        QTest::newRow("an account of 100,000 tasks") << 1000 << false;
    }
    void aLargeWaitGoesByReListsWhenTheyAreCheaper()
    {
        QFETCH(int, relistPages);
        QFETCH(bool, byReList);
        openForALongWait();
        const QList<Task> stop = withRemedy(StopRemedy::Stop, 24);
        QCOMPARE(stop.size(), 24);
        StopOperation::Options o;
        o.relistIntervalMs = 1000;
        o.relistAbove = 0; // by cost alone: a re-list of 8 pages pays for one waiting task already
        o.relistPages = relistPages; // -1: the session's estimate from its listing
        stopAndExpectAllStopped(stop, o);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(journalTaskIds(QStringLiteral("action")).size(), 24);
        const QList<QDateTime> times = relists();
        QCOMPARE(journalTaskIds(QStringLiteral("task")).isEmpty(), byReList); // GET /v3/tasks/{id}
        QCOMPARE(!times.isEmpty(), byReList);
        QVERIFY2(spacedAtLeast(times, 1000), "re-lists closer than the interval");
    }

    // A re-list that fails is followed by a round of look-ups: the wait still ends Stopped.
    void aFailedReListIsFollowedByLookUps()
    {
        openForALongWait();
        QVERIFY(m_sb->host->addFault(QStringLiteral("sources:500@always"))); // every re-list fails
        const QList<Task> stop = withRemedy(StopRemedy::Stop, 22);
        QCOMPARE(stop.size(), 22);
        StopOperation::Options o;
        o.relistIntervalMs = 400;
        stopAndExpectAllStopped(stop, o);
        if (QTest::currentTestFailed())
            return;
        const QList<QDateTime> times = relists();
        QVERIFY(!times.isEmpty());
        QVERIFY(!journalTaskIds(QStringLiteral("task")).isEmpty());
        // After each failure the look-ups carry the wait for twice the interval, then longer.
        QVERIFY2(spacedAtLeast(times, 2 * 400), "re-listed again without a rest");
    }

    // The key is rotated in the console while the stops go: after the first 401 nothing signed is
    // sent; a stop the service accepted is "stopping", not "failed"; nothing is deleted.
    void anUnauthorizedAnswerMidStopSendsNothingMore()
    {
        SandboxConfig c;
        c.tasks = 200;
        c.latencyMs = 20;
        c.stopDelayMs = 60000;
        open(c);
        const QList<Task> stop = withRemedy(StopRemedy::Stop, 8);
        QCOMPARE(stop.size(), 8);
        StopOperation::Options o;
        o.pollIntervalMs = 100;
        QSignalSpy finished(m_session.get(), &AccountSession::deleteFinished);
        QVERIFY(m_session->startStop(stop, true, o));
        QTRY_VERIFY_WITH_TIMEOUT(journalTaskIds(QStringLiteral("action")).size() >= 2, 10000);
        m_sb->host->reconfigure([](SandboxConfig &c) { c.sk = "rotated-in-the-console-000000000000000000"; });
        QVERIFY(finished.wait(20000));
        int unauthorized = 0;
        int sinceFirst401 = 0; // received after the first 401 was: only what was in flight then
        for (const QJsonValue &v : m_sb->host->journal()) {
            sinceFirst401 += unauthorized > 0;
            unauthorized += v[QLatin1String("status")].toInt() == 401;
        }
        QVERIFY(unauthorized >= 1);
        QVERIFY2(sinceFirst401 <= 3, qPrintable(QString::number(sinceFirst401))); // 4 in flight at most
        const int journalAfter = int(m_sb->host->journal().size());
        QTest::qWait(500);
        QCOMPARE(int(m_sb->host->journal().size()), journalAfter);
        int stopping = 0;
        for (const DeleteResult &r : finished.first().first().value<QList<DeleteResult>>()) {
            QVERIFY(r.stop);
            QVERIFY(r.stop->outcome == StopOutcome::Stopping || r.stop->outcome == StopOutcome::Failed);
            stopping += r.stop->outcome == StopOutcome::Stopping;
            QVERIFY(r.outcome != DeleteOutcome::Deleted);
        }
        QVERIFY(stopping >= 2);
        QVERIFY(m_sb->journalIds("ids_sent").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Stop)
#include "tst_stop.moc"
