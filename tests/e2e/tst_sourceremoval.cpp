#include "SandboxFixture.h"
#include "api/RequestLimiter.h"
#include "ops/LoadOperation.h"
#include "ops/SourceCleanup.h"

#include <QSet>

#include <QSignalSpy>
#include <QTest>
#include <functional>
#include <optional>

// SourceCleanup against the sandbox: each source is checked fresh before its record goes (a source a
// task uses again is not sent), only the given ids are ever sent, a refused chunk ends "still
// listed" beside a removed one, the listing mode for many ids gives the same outcomes, a 401 sends
// nothing more, and a removal that cannot be confirmed says so.
class tst_SourceRemoval : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<RequestLimiter> m_limiter; // the account's discipline, as a session has it
    std::unique_ptr<SmsClient> m_client; // after the limiter: destroyed before it
    QList<Task> m_tasks;

    void newClient()
    {
        m_client.reset();
        m_limiter = std::make_unique<RequestLimiter>();
        m_client = m_sb->client();
        m_client->setLimiter(m_limiter.get());
    }

    void open(int tasks)
    {
        SandboxConfig c;
        c.tasks = tasks;
        m_sb = std::make_unique<SandboxFixture>(c);
        QVERIFY(m_sb->url.isValid());
        newClient();
        LoadOperation load(m_client.get());
        QSignalSpy done(&load, &LoadOperation::finished);
        load.start();
        QVERIFY(done.wait(15000));
        QVERIFY(load.isComplete());
        m_tasks = load.tasks();
    }

    // Sources carrying exactly one task, whose task is then removed behind the client's back: they
    // have no task left, as after a delete.
    QStringList freeSources(int n)
    {
        QHash<QString, int> tasksOfSource;
        for (const Task &t : std::as_const(m_tasks))
            ++tasksOfSource[t.sourceId];
        QStringList out;
        for (const Task &t : std::as_const(m_tasks)) {
            if (out.size() == n)
                break;
            if (!t.sourceId.isEmpty() && tasksOfSource.value(t.sourceId) == 1 && m_sb->host->removeTask(t.id))
                out.append(t.sourceId);
        }
        return out;
    }

    QString usedSource() const
    {
        for (const Task &t : m_tasks) {
            if (!t.sourceId.isEmpty() && m_sb->host->taskIds().contains(t.id))
                return t.sourceId;
        }
        return {};
    }

    // Each id's outcome; nullopt (failing the test) when the cleanup did not finish.
    std::optional<QHash<QString, SourceCleanup::Result>>
    runOrNot(const QStringList &ids, const SourceCleanup::Options &o = {},
             const std::function<void(SourceCleanup *)> &meanwhile = {})
    {
        SourceCleanup cleanup(m_client.get(), ids, o);
        QSignalSpy done(&cleanup, &SourceCleanup::finished);
        cleanup.start();
        if (meanwhile)
            meanwhile(&cleanup);
        if (done.isEmpty() && !done.wait(30000)) {
            QTest::qFail("the source cleanup did not finish", __FILE__, __LINE__);
            return std::nullopt;
        }
        QHash<QString, SourceCleanup::Result> byId;
        for (const SourceCleanup::Result &r : cleanup.results())
            byId.insert(r.id, r);
        return byId;
    }
    QHash<QString, SourceCleanup::Result> run(const QStringList &ids, const SourceCleanup::Options &o = {},
                                              const std::function<void(SourceCleanup *)> &meanwhile = {})
    {
        return runOrNot(ids, o, meanwhile).value_or(QHash<QString, SourceCleanup::Result>());
    }

    QSet<QString> journal(const char *key) const
    {
        const QStringList ids = m_sb->journalIds(key, SandboxFixture::Deletes::Sources);
        return QSet<QString>(ids.begin(), ids.end());
    }

    int requestsWithQuery(const QString &path, const QString &key) const
    {
        int n = 0;
        for (const QJsonObject &o : m_sb->journalEntries(QStringLiteral("GET"), path))
            n += o.value(QLatin1String("path")).toString() == path
                && o.value(QLatin1String("query")).toString().contains(key + u'=');
        return n;
    }

private Q_SLOTS:
    void aSourceATaskUsesAgainIsNotSent_data()
    {
        QTest::addColumn<int>("lookUpAtMost");
        QTest::newRow("a look-up per source") << 100;
        QTest::newRow("one listing") << 0;
    }
    void aSourceATaskUsesAgainIsNotSent()
    {
        QFETCH(int, lookUpAtMost);
        open(60);
        const QStringList free = freeSources(3);
        QCOMPARE(free.size(), 3);
        const QString used = usedSource(); // the window's list was stale: a task uses it now
        QVERIFY(!used.isEmpty());
        m_sb->host->clearJournal();
        SourceCleanup::Options o;
        o.lookUpAtMost = lookUpAtMost;
        const auto byId = run(free + QStringList { used }, o);
        QCOMPARE(byId.size(), 4);
        for (const QString &id : free)
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::Removed);
        QCOMPARE(byId.value(used).outcome, SourceCleanup::Outcome::InUse);
        QCOMPARE(journal("ids_sent"), QSet<QString>(free.begin(), free.end()));
        QCOMPARE(journal("ids_deleted"), QSet<QString>(free.begin(), free.end()));
        // Per id: a task look-up by source before, a source look-up after; the listing mode asks neither.
        QCOMPARE(requestsWithQuery(QStringLiteral("/v3/tasks"), QStringLiteral("source_server_id")),
                 lookUpAtMost ? 4 : 0);
        QCOMPARE(requestsWithQuery(QStringLiteral("/v3/sources"), QStringLiteral("id")), lookUpAtMost ? 3 : 0);
    }

    void aRefusedChunkIsStillListedBesideARemovedOne()
    {
        open(400);
        const QStringList free = freeSources(60); // two calls: 50 and 10
        QCOMPARE(free.size(), 60);
        m_sb->host->clearJournal();
        QVERIFY(m_sb->host->addFault(QStringLiteral("sources-delete:500@nth=2x1")));
        const auto byId = run(free);
        QCOMPARE(byId.size(), free.size());
        for (int i = 0; i < free.size(); ++i) {
            const SourceCleanup::Result r = byId.value(free.at(i));
            if (i < 50) {
                QCOMPARE(r.outcome, SourceCleanup::Outcome::Removed);
                QVERIFY(!r.error.isError());
            } else {
                QCOMPARE(r.outcome, SourceCleanup::Outcome::Failed);
                QCOMPARE(r.error.httpStatus, 500);
                QVERIFY(!r.error.code.isEmpty() && !r.requestId.isEmpty());
            }
        }
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/sources/delete")).size(), 2);
        QCOMPARE(journal("ids_deleted"), QSet<QString>(free.begin(), free.begin() + 50));
        QVERIFY(QSet<QString>(free.begin(), free.end()).contains(journal("ids_sent")));
    }

    void aRemovalThatCannotBeConfirmedSaysSo()
    {
        open(60);
        const QStringList free = freeSources(2);
        QCOMPARE(free.size(), 2);
        QVERIFY(m_sb->host->addFault(QStringLiteral("sources:500@always")));
        const auto byId = run(free);
        QCOMPARE(byId.size(), 2);
        for (const QString &id : free) {
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::Unknown);
            QCOMPARE(byId.value(id).error.httpStatus, 500);
        }
        QCOMPARE(journal("ids_deleted"), QSet<QString>(free.begin(), free.end())); // gone all the same
    }

    void anUnauthorizedAccountSendsNothingMore()
    {
        open(60);
        const QStringList free = freeSources(3);
        m_sb->host->reconfigure([](SandboxConfig &c) { c.sk = "rotated-in-the-console-000000000000000000"; });
        newClient(); // a new session: its first signed request goes alone
        m_sb->host->clearJournal();
        const auto byId = run(free);
        QCOMPARE(byId.size(), 3);
        for (const QString &id : free)
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::NotSent);
        QCOMPARE(m_sb->host->journal().size(), 1); // one signed call, answered 401: nothing after it
        QVERIFY(journal("ids_sent").isEmpty());
    }

    // A 401 on the removal call itself (the key rotated in between): that chunk did not run, so it
    // is "not sent", the next chunk is held back, and nothing is looked up after it.
    void anUnauthorizedRemovalIsNotSentAndEndsEverything()
    {
        open(400);
        const QStringList free = freeSources(60);
        QCOMPARE(free.size(), 60);
        m_sb->host->clearJournal();
        QVERIFY(m_sb->host->addFault(QStringLiteral("sources-delete:401@nth=1x1")));
        const auto byId = run(free);
        QCOMPARE(byId.size(), 60);
        for (const QString &id : free) {
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::NotSent);
            QVERIFY(byId.value(id).error.isError());
        }
        QCOMPARE(byId.value(free.first()).error.httpStatus, 401);
        QCOMPARE(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/sources/delete")).size(), 1);
        QVERIFY(journal("ids_deleted").isEmpty());
        QVERIFY(
            m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/sources")).isEmpty()); // nothing after it
    }

    // Cancel while the checks are out: they are dropped and nothing is removed.
    void cancelDuringTheChecksSendsNothing()
    {
        open(60);
        const QStringList free = freeSources(3);
        QVERIFY(m_sb->host->addFault(QStringLiteral("tasks:hang"))); // the checks cannot answer first
        m_sb->host->clearJournal();
        const auto byId = run(free, {}, [](SourceCleanup *c) {
            QTest::qWait(50);
            QVERIFY(c->isChecking());
            c->cancel();
        });
        QCOMPARE(byId.size(), 3);
        for (const QString &id : free) {
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::NotSent);
            QCOMPARE(byId.value(id).error.kind, SmsErrorKind::Canceled);
        }
        QTest::qWait(500); // what was in flight lands, and nothing follows it
        QVERIFY(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/sources/delete")).isEmpty());
    }

    // Every source in use again: nothing is sent, nothing confirmed; no ids: nothing at all.
    void nothingToRemoveSendsNoRemoval()
    {
        open(60);
        const QString used = usedSource();
        m_sb->host->clearJournal();
        auto byId = run({ used });
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.value(used).outcome, SourceCleanup::Outcome::InUse);
        QVERIFY(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/sources/delete")).isEmpty());
        QCOMPARE(int(m_sb->host->journal().size()), 1); // its one check
        const auto none = runOrNot({});
        QVERIFY(none && none->isEmpty()); // finished, with nothing
        QCOMPARE(int(m_sb->host->journal().size()), 1);
    }

    // A check listing that fails (or shifts) proves nothing: nothing is sent.
    void aFailedCheckListingSendsNothing()
    {
        open(60);
        const QStringList free = freeSources(3);
        QVERIFY(m_sb->host->addFault(QStringLiteral("tasks:500@always")));
        SourceCleanup::Options o;
        o.taskPages = 1; // one page beats three look-ups
        const auto byId = run(free, o);
        QCOMPARE(byId.size(), 3);
        for (const QString &id : free) {
            QCOMPARE(byId.value(id).outcome, SourceCleanup::Outcome::NotSent);
            QCOMPARE(byId.value(id).error.httpStatus, 500);
        }
        QVERIFY(journal("ids_sent").isEmpty());
        QCOMPARE(requestsWithQuery(QStringLiteral("/v3/tasks"), QStringLiteral("source_server_id")), 0); // a listing
    }
};

QTEST_GUILESS_MAIN(tst_SourceRemoval)
#include "tst_sourceremoval.moc"
