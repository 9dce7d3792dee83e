#include "model/DeletionRule.h"

#include <QTest>

class tst_DeletionRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("connected"); // -1 unknown, 0 no, 1 yes
        QTest::addColumn<Deletability>("expected");
        const auto D = Deletability::Deletable;
        const auto B = Deletability::Blocked;
        const auto U = Deletability::Uncertain;
        // Both wordings allow these whatever the Agent does.
        for (const char *s : { "unavailable", "waiting", "finished", "error", "stopped" }) {
            QTest::addRow("%s connected", s) << QString::fromLatin1(s) << 1 << D;
            QTest::addRow("%s unknown", s) << QString::fromLatin1(s) << -1 << D;
        }
        // Running states: blocked while connected, deletable once disconnected, uncertain if unknown.
        for (const char *s : { "initialize", "replicate", "syncing", "stopping", "cutovering", "premiging" }) {
            QTest::addRow("%s connected", s) << QString::fromLatin1(s) << 1 << B;
            QTest::addRow("%s disconnected", s) << QString::fromLatin1(s) << 0 << D;
            QTest::addRow("%s unknown", s) << QString::fromLatin1(s) << -1 << U;
        }
        // The wordings disagree on these.
        for (const char *s : { "cleared", "clearfailed", "premigready", "premiged", "premigfailed", "future_state" })
            QTest::addRow("%s connected", s) << QString::fromLatin1(s) << 1 << U;
        QTest::newRow("upper-case variant") << QStringLiteral("STOPPED") << 1 << D;
    }

    void classify()
    {
        QFETCH(QString, state);
        QFETCH(int, connected);
        QFETCH(Deletability, expected);
        const std::optional<bool> c = connected < 0 ? std::nullopt : std::optional<bool>(connected == 1);
        const RuleVerdict v = DeletionRule::classify(state, c);
        QCOMPARE(v.deletability, expected);
        QVERIFY(!DeletionRule::explain(v).isEmpty());
    }

    void blockedReasonSaysWhatToDo()
    {
        const QString text = DeletionRule::explain(DeletionRule::classify(QStringLiteral("replicate"), true));
        QVERIFY(text.contains(QStringLiteral("Replicating")));
        QVERIFY(text.contains(QStringLiteral("stopped")));
        QVERIFY(text.contains(QStringLiteral("disconnect")));
    }
};

QTEST_APPLESS_MAIN(tst_DeletionRule)
#include "tst_deletionrule.moc"
