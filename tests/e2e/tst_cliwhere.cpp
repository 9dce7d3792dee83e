#include "CliRunner.h"
#include "SandboxFixture.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

// sms-tasks delete --where/--older-than, the monthly clean-up: exactly the listed tasks the filter
// matches are sent (the deletable ones), the plan comes before anything is sent, and every bad filter
// is a usage error with nothing sent. The oracle is independent of the CLI's filter: `list --json`
// for the fields, the sandbox's own pages for create_date.
namespace {

const qint64 Day = 86400000;

QString str(const QJsonValue &v, const char *key)
{
    return v[QLatin1String(key)].toString();
}

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

} // namespace

class tst_CliWhere : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    QTemporaryDir m_home;
    QJsonArray m_tasks; // sms-tasks list --json, before the command under test
    QHash<QString, qint64> m_created; // task id -> create_date (ms) as the sandbox serves it

    CliRun cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        const QProcessEnvironment env
            = cliEnvironment(m_home.path(), m_sb->config.ak, m_sb->config.sk, m_sb->config.projectId);
        const QStringList common { QStringLiteral("--endpoint"), m_sb->url.toString(), QStringLiteral("--lang"),
                                   QStringLiteral("en") };
        return runCli(common + args, env, stdinData);
    }

    int posts() const
    {
        return int(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).size());
    }

    // create_date of every task, read off the sandbox's raw pages (not through the client's parser).
    bool readCreated()
    {
        auto client = m_sb->client();
        m_created.clear();
        for (int offset = 0;; offset += 100) {
            bool answered = false;
            QJsonArray page;
            QObject context;
            client->sendRead(ApiRequest::get(QStringLiteral("/v3/tasks"),
                                             { { QStringLiteral("limit"), QStringLiteral("100") },
                                               { QStringLiteral("offset"), QString::number(offset) } }),
                             &context, [&](const ApiResponse &r) {
                                 answered = true;
                                 page
                                     = QJsonDocument::fromJson(r.body).object().value(QLatin1String("tasks")).toArray();
                             });
            if (!QTest::qWaitFor([&] { return answered; }, 10000))
                return false;
            for (const QJsonValue &v : std::as_const(page))
                m_created.insert(str(v, "id"), qint64(v[QLatin1String("create_date")].toDouble()));
            if (page.size() < 100)
                return true;
        }
    }

    // A threshold in hours, a multiple of `step`, that splits the tasks about in half with no task
    // within an hour of it (the creation dates are spread over 400 days before 2026-01-15, the
    // sandbox's fixed date, so "90d" would match them all).
    qint64 splittingHours(qint64 step) const
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<qint64> ages;
        for (const qint64 created : m_created)
            ages.append(now - created);
        std::sort(ages.begin(), ages.end());
        for (qint64 h = ages.at(ages.size() / 2) / 3600000 / step * step;; h += step) {
            const bool clear
                = std::none_of(ages.begin(), ages.end(), [&](qint64 age) { return qAbs(age - h * 3600000) < 3600000; });
            if (clear)
                return h;
        }
    }

    bool olderThan(const QJsonValue &task, qint64 hours) const
    {
        const qint64 created = m_created.value(str(task, "id"));
        return created > 0 && created < QDateTime::currentMSecsSinceEpoch() - hours * 3600000;
    }

    // The ids the filter matches, in the order sms-tasks reports them: oldest first, then by id.
    QStringList matching(const std::function<bool(const QJsonValue &)> &filter) const
    {
        QStringList ids;
        for (const QJsonValue &t : m_tasks) {
            if (filter(t))
                ids.append(str(t, "id"));
        }
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            const qint64 ca = m_created.value(a), cb = m_created.value(b);
            return ca != cb ? ca < cb : a < b;
        });
        return ids;
    }

    QString classification(const QString &id) const
    {
        for (const QJsonValue &t : m_tasks) {
            if (str(t, "id") == id)
                return str(t, "classification");
        }
        return {};
    }

    void startAccount(const SandboxConfig &c)
    {
        m_sb = std::make_unique<SandboxFixture>(c);
        QVERIFY(m_sb->url.isValid());
        const CliRun listed = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.code, 0);
        m_tasks = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1String("tasks")).toArray();
        QCOMPARE(m_tasks.size(), c.tasks);
        QVERIFY(readCreated());
        QCOMPARE(m_created.size(), c.tasks);
        m_sb->host->clearJournal();
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig c;
        c.tasks = 300; // several pages, and more than one chunk of 50
        startAccount(c);
    }

    // The filter selects exactly what the same filter computed from the listing selects: the matches'
    // deletable tasks are sent (with --allow-uncertain the uncertain too), each once, and nothing else.
    void theFilterSelectsExactlyTheMatchingTasks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("allowUncertain");
        QTest::newRow("state, older than days")
            << QStringList { QStringLiteral("--where"), QStringLiteral("state=MIGRATE_SUCCESS,migrate_fail"),
                             QStringLiteral("--older-than"), QStringLiteral("D") }
            << QStringLiteral("state-old") << false;
        QTest::newRow("--source-state, older than hours")
            << QStringList { QStringLiteral("--source-state"), QStringLiteral("finished,ERROR,Stopped"),
                             QStringLiteral("--older-than"), QStringLiteral("H") }
            << QStringLiteral("source-old") << false;
        QTest::newRow("name and state") << QStringList { QStringLiteral("--where"), QStringLiteral("name=PROD,dev"),
                                                         QStringLiteral("--where"),
                                                         QStringLiteral("state=MIGRATE_SUCCESS,SYNC_SUCCESS,ABORT") }
                                        << QStringLiteral("name-state") << false;
        QTest::newRow("older than alone, uncertain allowed")
            << QStringList { QStringLiteral("--older-than"), QStringLiteral("D"), QStringLiteral("--allow-uncertain") }
            << QStringLiteral("old") << true;
    }

    void theFilterSelectsExactlyTheMatchingTasks()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, filter);
        QFETCH(bool, allowUncertain);
        const qint64 hours = splittingHours(1);
        const qint64 days = splittingHours(24) / 24;
        for (QString &a : args) {
            if (a == u"D")
                a = QString::number(days) + u'd';
            else if (a == u"H")
                a = QString::number(hours) + u'h';
        }
        auto inState = [](const QJsonValue &t, const QStringList &states) { return states.contains(str(t, "state")); };
        std::function<bool(const QJsonValue &)> matches;
        std::function<bool(const QJsonValue &)> matchesButAge; // the same filter without --older-than
        qint64 ageHours = 0;
        if (filter == u"state-old") {
            matchesButAge = [&](const QJsonValue &t) {
                return inState(t, { QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("MIGRATE_FAIL") });
            };
            ageHours = days * 24;
        } else if (filter == u"source-old") {
            matchesButAge = [](const QJsonValue &t) {
                return QStringList { QStringLiteral("finished"), QStringLiteral("error"), QStringLiteral("stopped") }
                    .contains(str(t, "source_state"));
            };
            ageHours = hours;
        } else if (filter == u"name-state") {
            matchesButAge = [&](const QJsonValue &t) {
                return (str(t, "name").contains(QLatin1String("prod"), Qt::CaseInsensitive)
                        || str(t, "name").contains(QLatin1String("DEV"), Qt::CaseInsensitive))
                    && inState(t,
                               { QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("SYNC_SUCCESS"),
                                 QStringLiteral("ABORT") });
            };
        } else {
            matchesButAge = [](const QJsonValue &) { return true; };
            ageHours = days * 24;
        }
        matches = [&](const QJsonValue &t) { return matchesButAge(t) && (ageHours == 0 || olderThan(t, ageHours)); };
        const QStringList matched = matching(matches);
        QStringList expectedSent;
        for (const QString &id : matched) {
            const QString c = classification(id);
            if (c == u"deletable" || (allowUncertain && c == u"uncertain"))
                expectedSent.append(id);
        }
        QVERIFY2(expectedSent.size() >= 3, qPrintable(QString::number(expectedSent.size())));
        if (ageHours > 0) // the age must decide for some: tasks that match but are too new
            QVERIFY(matching(matchesButAge).size() > matched.size());

        const CliRun r = cli(QStringList { QStringLiteral("delete") } + args
                             + QStringList { QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0 || (allowUncertain && r.code == 1), qPrintable(r.err));
        QCOMPARE(sorted(m_sb->journalIds("ids_sent")), sorted(expectedSent));
        QVERIFY(r.err.contains(QStringLiteral("%1 of %2 listed task").arg(matched.size()).arg(m_tasks.size())));

        // One result per matched task, oldest first; the blocked ones skipped.
        const QJsonArray results
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), matched.size());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(str(results.at(i), "id"), matched.at(i));
            const QString outcome = str(results.at(i), "outcome");
            if (expectedSent.contains(matched.at(i)))
                QVERIFY2(outcome != u"skipped", qPrintable(matched.at(i)));
            else
                QCOMPARE(outcome, QStringLiteral("skipped"));
            if (classification(matched.at(i)) == u"deletable")
                QCOMPARE(outcome, QStringLiteral("deleted"));
        }
        if (!allowUncertain) // skipped matches (blocked, uncertain) do not fail a clean-up
            QCOMPARE(r.code, 0);
    }

    // The plan is on standard error before anything goes: with --yes too, nothing is sent while the
    // listing runs (ids given on the command line go early; a filter's matches are known only at the end).
    void nothingIsSentBeforeTheListingEnds()
    {
        SandboxConfig c;
        c.tasks = 600;
        c.sources = 300;
        c.latencyMs = 30;
        startAccount(c);
        QVERIFY(m_sb->host->addFault(QStringLiteral("sources:latency:1500@nth=2x1"))); // the delete's last page
        const CliRun r = cli({ QStringLiteral("delete"), QStringLiteral("--source-state"),
                               QStringLiteral("finished,error,stopped,waiting,unavailable"), QStringLiteral("--yes"),
                               QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QDateTime listed; // when the held page of sources was answered
        for (const QJsonObject &e : m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/sources"))) {
            if (!listed.isValid() && e.value(QLatin1String("query")).toString().contains(QLatin1String("offset=200")))
                listed = QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
                             .addMSecs(1500);
        }
        QVERIFY(listed.isValid());
        const QList<QJsonObject> deletes
            = m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete"));
        QVERIFY(!deletes.isEmpty());
        for (const QJsonObject &e : deletes) {
            const QDateTime at = QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            QVERIFY2(at >= listed.addMSecs(-100), "a delete went before the last page of sources was answered");
        }
        QVERIFY(r.err.indexOf(QLatin1String("Will be deleted:")) >= 0);
    }

    void dryRunSendsNothingAndJsonListsThePlan()
    {
        const QStringList matched = matching([](const QJsonValue &t) { return str(t, "state") == u"MIGRATE_SUCCESS"; });
        QVERIFY(!matched.isEmpty());
        CliRun r = cli({ QStringLiteral("delete"), QStringLiteral("--where"), QStringLiteral("state=migrate_success"),
                         QStringLiteral("--dry-run") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QLatin1String("Dry run: nothing was sent.")));
        QVERIFY(r.err.contains(QLatin1String("Will be deleted:")));
        QCOMPARE(posts(), 0);

        r = cli({ QStringLiteral("delete"), QStringLiteral("--where"), QStringLiteral("state=MIGRATE_SUCCESS"),
                  QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray results
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), matched.size());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(str(results.at(i), "id"), matched.at(i));
            QCOMPARE(str(results.at(i), "outcome"),
                     classification(matched.at(i)) == u"deletable" ? QStringLiteral("planned")
                                                                   : QStringLiteral("skipped"));
        }
        QCOMPARE(posts(), 0);
        QVERIFY(m_sb->journalIds("ids_sent").isEmpty());
    }

    void withoutYesOnAPipeItRefuses()
    {
        const CliRun r = cli(
            { QStringLiteral("delete"), QStringLiteral("--where"), QStringLiteral("state=MIGRATE_FAIL") }, "yes\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--yes")));
        QVERIFY(r.err.contains(QLatin1String("Will be deleted:"))); // the plan came first
        QCOMPARE(posts(), 0);
    }

    void aFilterThatMatchesNothingSaysSoAndExitsZero()
    {
        const CliRun r
            = cli({ QStringLiteral("delete"), QStringLiteral("--where"), QStringLiteral("name=no-task-has-this-name"),
                    QStringLiteral("--yes"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QLatin1String("No listed task matches the filter")));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("results")).toArray().size(), 0);
        QCOMPARE(posts(), 0);
    }

    // Tasks changed while listing (one page shifted): the plan says the listing was incomplete, and
    // only listed ids go.
    void anIncompleteListingIsSaidInThePlan()
    {
        SandboxConfig c;
        c.tasks = 300;
        startAccount(c);
        // The second page of tasks (offset 200) after a new task went in at the top: one task repeats.
        QVERIFY(m_sb->host->addFault(QStringLiteral("tasks:page-shift:insert@nth=2x1")));
        const CliRun r = cli({ QStringLiteral("delete"), QStringLiteral("--where"),
                               QStringLiteral("state=MIGRATE_SUCCESS"), QStringLiteral("--yes") });
        QVERIFY2(r.err.contains(QLatin1String("The listing was incomplete")), qPrintable(r.err));
        const QStringList listed = matching([](const QJsonValue &) { return true; });
        for (const QString &id : m_sb->journalIds("ids_sent"))
            QVERIFY2(listed.contains(id), qPrintable(id));
    }

    // Every bad filter: exit 2, a message, nothing sent at all (not even the listing).
    void badFiltersExitTwoAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString del = QStringLiteral("delete");
        const QString w = QStringLiteral("--where");
        const QString o = QStringLiteral("--older-than");
        auto row = [](const char *name, const QStringList &args, const char *says) {
            QTest::newRow(name) << args << QString::fromUtf8(says);
        };
        row("empty state", { del, w, QStringLiteral("state=") }, "empty value");
        row("empty value among others", { del, w, QStringLiteral("state=READY,,ABORT") }, "empty value");
        row("trailing comma", { del, w, QStringLiteral("state=READY,") }, "empty value");
        row("empty name", { del, w, QStringLiteral("name= ") }, "empty value");
        row("empty --where", { del, w, QString() }, "is not KEY=VALUE");
        row("no value", { del, w, QStringLiteral("state") }, "is not KEY=VALUE");
        row("no key", { del, w, QStringLiteral("=READY") }, "is not KEY=VALUE");
        row("unknown key", { del, w, QStringLiteral("colour=red") }, "unknown key");
        row("unknown state", { del, w, QStringLiteral("state=MIGRATE_SUCCESS,DONE") }, "is not a task state");
        row("a source state as a task state", { del, w, QStringLiteral("state=finished") }, "is not a task state");
        row("unknown source state", { del, w, QStringLiteral("source_state=running") }, "is not a source state");
        row("empty --source-state", { del, QStringLiteral("--source-state"), QString() }, "empty value");
        row("a key twice", { del, w, QStringLiteral("state=READY"), w, QStringLiteral("state=ABORT") }, "given twice");
        row("--source-state and --where source_state",
            { del, QStringLiteral("--source-state"), QStringLiteral("error"), w,
              QStringLiteral("source_state=stopped") },
            "given twice");
        row("no unit", { del, o, QStringLiteral("90") }, "--older-than");
        row("minutes", { del, o, QStringLiteral("90m") }, "--older-than");
        row("zero", { del, o, QStringLiteral("0d") }, "--older-than");
        row("negative", { del, QStringLiteral("--older-than=-5d") }, "--older-than");
        row("fraction", { del, o, QStringLiteral("1.5d") }, "--older-than");
        row("empty age", { del, o, QString() }, "--older-than");
        row("twice", { del, o, QStringLiteral("1d"), o, QStringLiteral("2d") }, "given twice");
        row("with ids", { del, w, QStringLiteral("state=READY"), QStringLiteral("some-task-id") }, "not both");
        row("with --stop-first", { del, w, QStringLiteral("state=MIGRATE_FAIL"), QStringLiteral("--stop-first") },
            "must never stop live migrations");
        row("older-than with --stop-first --yes",
            { del, o, QStringLiteral("90d"), QStringLiteral("--stop-first"), QStringLiteral("--yes") },
            "must never stop live migrations");
        row("with the list's --state",
            { del, w, QStringLiteral("name=web"), QStringLiteral("--state"), QStringLiteral("READY") },
            "--where state=");
        row("with the list's --name", { del, o, QStringLiteral("9d"), QStringLiteral("--name"), QStringLiteral("web") },
            "--where name=");
        row("on stop", { QStringLiteral("stop"), w, QStringLiteral("state=RUNNING") }, "belong to delete");
        row("on list", { QStringLiteral("list"), w, QStringLiteral("state=READY") }, "belong to delete");
    }

    void badFiltersExitTwoAndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliRun r = cli(args + QStringList { QStringLiteral("--yes") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(m_sb->host->journal().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliWhere)
#include "tst_cliwhere.moc"
