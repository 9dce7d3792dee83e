// delete --where/--older-than's matcher, on the cases the sandbox cannot serve: a task without a
// creation date (it never counts as old), and the edges of the clauses.
#include "cli/DeleteFilter.h"

#include <QTest>

namespace {

const qint64 Now = 1780000000000; // 2026-05-28
const qint64 Day = 86400000;

Task task(const QString &state, const QString &sourceState, const QString &name, qint64 createdMs)
{
    Task t;
    t.id = name;
    t.name = name;
    t.state = state;
    t.sourceState = sourceState;
    t.createdMs = createdMs;
    return t;
}

} // namespace

class tst_DeleteFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnknownCreationDateNeverMatchesOlderThan()
    {
        DeleteFilter f;
        QVERIFY(f.setOlderThan(QStringLiteral("1h")).isEmpty());
        QVERIFY(!f.matches(task(QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"), QStringLiteral("a"), 0),
                           Now));
        QVERIFY(f.matches(task(QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"), QStringLiteral("a"), 1),
                          Now));
        QVERIFY(f.addWhere(QStringLiteral("state=MIGRATE_SUCCESS")).isEmpty());
        QVERIFY(!f.matches(task(QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"), QStringLiteral("a"), 0),
                           Now));
        // Without --older-than the date does not matter.
        DeleteFilter byState;
        QVERIFY(byState.addWhere(QStringLiteral("state=MIGRATE_SUCCESS")).isEmpty());
        QVERIFY(byState.matches(
            task(QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"), QStringLiteral("a"), 0), Now));
    }

    void olderThanIsStrictlyOlder()
    {
        DeleteFilter f;
        QVERIFY(f.setOlderThan(QStringLiteral("90d")).isEmpty());
        const QString s = QStringLiteral("READY");
        QVERIFY(f.matches(task(s, {}, QStringLiteral("old"), Now - 90 * Day - 1), Now));
        QVERIFY(!f.matches(task(s, {}, QStringLiteral("edge"), Now - 90 * Day), Now));
        QVERIFY(!f.matches(task(s, {}, QStringLiteral("new"), Now - 89 * Day), Now));
        QVERIFY(!f.matches(task(s, {}, QStringLiteral("future"), Now + Day), Now));
        DeleteFilter hours;
        QVERIFY(hours.setOlderThan(QStringLiteral("12h")).isEmpty());
        QVERIFY(hours.matches(task(s, {}, QStringLiteral("13h"), Now - 13 * 3600000), Now));
        QVERIFY(!hours.matches(task(s, {}, QStringLiteral("11h"), Now - 11 * 3600000), Now));
    }

    void clausesAreAndedAndValuesOred()
    {
        DeleteFilter f;
        QVERIFY(f.addWhere(QStringLiteral("state=migrate_success, MIGRATE_FAIL")).isEmpty());
        QVERIFY(f.addWhere(QStringLiteral("source_state=FINISHED,error")).isEmpty());
        QVERIFY(f.addWhere(QStringLiteral("Name=Prod,财务")).isEmpty());
        QVERIFY(f.matches(
            task(QStringLiteral("MIGRATE_FAIL"), QStringLiteral("error"), QStringLiteral("web-PROD-1"), 1), Now));
        QVERIFY(f.matches(
            task(QStringLiteral("migrate_success"), QStringLiteral("Finished"), QStringLiteral("财务系统-01"), 1),
            Now));
        QVERIFY(!f.matches(task(QStringLiteral("READY"), QStringLiteral("error"), QStringLiteral("web-prod"), 1), Now));
        QVERIFY(!f.matches(
            task(QStringLiteral("MIGRATE_FAIL"), QStringLiteral("stopped"), QStringLiteral("web-prod"), 1), Now));
        QVERIFY(!f.matches(task(QStringLiteral("MIGRATE_FAIL"), QStringLiteral("error"), QStringLiteral("web-dev"), 1),
                           Now));
        QCOMPARE(f.describe(),
                 QStringLiteral("--where state=MIGRATE_SUCCESS,MIGRATE_FAIL --where source_state=finished,error "
                                "--where name=Prod,财务"));
    }

    void anEmptyFilterSelectsNothing()
    {
        const DeleteFilter f;
        QVERIFY(!f.isActive());
        QVERIFY(!f.matches(task(QStringLiteral("READY"), QStringLiteral("finished"), QStringLiteral("a"), 1), Now));
    }

    void selectIsOldestFirst()
    {
        DeleteFilter f;
        QVERIFY(f.setOlderThan(QStringLiteral("1d")).isEmpty());
        const QList<Task> picked
            = f.select({ task({}, {}, QStringLiteral("b"), 5 * Day), task({}, {}, QStringLiteral("x"), 0),
                         task({}, {}, QStringLiteral("c"), 2 * Day), task({}, {}, QStringLiteral("a"), 5 * Day) },
                       Now);
        QCOMPARE(picked.size(), 3);
        QCOMPARE(picked.at(0).id, QStringLiteral("c"));
        QCOMPARE(picked.at(1).id, QStringLiteral("a"));
        QCOMPARE(picked.at(2).id, QStringLiteral("b"));
    }

    void badClausesAreRefused_data()
    {
        QTest::addColumn<QString>("clause");
        for (const char *c : { "", "state", "=READY", "state=", "state= ", "state=READY,", "state=,READY", "state=DONE",
                               "state=finished", "source_state=READY", "source_state=", "name=", "name=a,,b",
                               "colour=red", "source-state=error" })
            QTest::newRow(c) << QString::fromUtf8(c);
    }

    void badClausesAreRefused()
    {
        QFETCH(QString, clause);
        DeleteFilter f;
        QVERIFY(!f.addWhere(clause).isEmpty());
        QVERIFY(!f.isActive());
    }

    void aKeyTwiceIsRefused()
    {
        DeleteFilter f;
        QVERIFY(f.addWhere(QStringLiteral("state=READY")).isEmpty());
        QVERIFY(!f.addWhere(QStringLiteral("STATE=ABORT")).isEmpty());
    }

    void badAgesAreRefused_data()
    {
        QTest::addColumn<QString>("age");
        for (const char *a : { "", "90", "d", "0d", "00d", "-5d", "1.5d", "90m", "90 d", "90D", "1000000d", "9dd" })
            QTest::newRow(a) << QString::fromUtf8(a);
    }

    void badAgesAreRefused()
    {
        QFETCH(QString, age);
        DeleteFilter f;
        QVERIFY(!f.setOlderThan(age).isEmpty());
        QVERIFY(!f.isActive());
    }
};

QTEST_GUILESS_MAIN(tst_DeleteFilter)
#include "tst_deletefilter.moc"
