// While a listing runs the Agent states are still coming: the table says "loading…" in the Agent
// and Deletion columns instead of a wrong reason, and Delete waits, saying why. A listing that
// fails says so, not "may be incomplete".
#include "WindowFixture.h"
#include "translations/Translations.h"
#include "ui/TaskTableModel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class tst_LoadingState : public QObject
{
    Q_OBJECT

private:
    static int rowsSaying(const QAbstractItemModel *model, TaskTableModel::Column column, const QString &text)
    {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->index(r, int(column)).data().toString() == text;
        return n;
    }
    static QString warning(MainWindow *window)
    {
        auto *l = window->findChild<QLabel *>(QStringLiteral("statusWarning"));
        return l ? l->text() : QStringLiteral("<no statusWarning>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void whileTheSourcesComeTheAgentIsLoadingAndDeleteWaits()
    {
        SandboxConfig c;
        c.tasks = 1000;
        c.latencyMs = 400; // the sources' first page answers 400 ms after the tasks' first
        SandboxFixture sb(c);
        DemoWindow demo(sb);
        QSignalSpy loaded(demo.driver.list(), &TaskListWidget::loadFinished);
        demo.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(demo.window.get()));
        demo.window->chooseProfile(Profile::demoId());
        const QAbstractItemModel *model = demo.driver.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QCOMPARE(loaded.count(), 0);

        const QString loading = QStringLiteral("loading…");
        QCOMPARE(rowsSaying(model, TaskTableModel::Column::Agent, loading), model->rowCount());
        QCOMPARE(rowsSaying(model, TaskTableModel::Column::Classification, loading), model->rowCount());
        QCOMPARE(rowsSaying(model, TaskTableModel::Column::Classification, QStringLiteral("Uncertain")), 0);
        QAction *del = demo.driver.action("deleteAction");
        QVERIFY(del);
        demo.driver.action("selectAllAction")->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!del->isEnabled());
        QVERIFY2(del->toolTip().contains(QStringLiteral("once the list has loaded")), qPrintable(del->toolTip()));
        QTRY_VERIFY(warning(demo.window.get()).contains(QStringLiteral("once the list has loaded")));

        // The progress counts tasks (then the sources that bring the Agent states), not pages,
        // and its text fits.
        auto *bar = demo.window->findChild<QProgressBar *>(QStringLiteral("taskProgress"));
        QVERIFY(bar);
        const QString of = QStringLiteral("/%1 tasks").arg(QLocale().toString(1000));
        QTRY_VERIFY2(bar->isVisible() && bar->format().endsWith(of), qPrintable(bar->format()));
        QVERIFY(bar->width() >= bar->fontMetrics().horizontalAdvance(bar->format()));

        QVERIFY(loaded.wait(20000));
        QCOMPARE(rowsSaying(model, TaskTableModel::Column::Agent, loading), 0);
        QCOMPARE(rowsSaying(model, TaskTableModel::Column::Classification, loading), 0);
        demo.driver.action("selectAllAction")->trigger();
        QTRY_VERIFY(del->isEnabled());
        QVERIFY(!warning(demo.window.get()).contains(QStringLiteral("once the list has loaded")));
    }

    void aFailedListingSaysItFailed()
    {
        SandboxConfig c;
        c.deny = { QStringLiteral("sms:server:listTask") }; // 403 SMS.9004, not retried
        SandboxFixture sb(c);
        DemoWindow demo(sb);
        QVERIFY(demo.open());
        QCOMPARE(demo.driver.model()->rowCount(), 0);
        const QString w = warning(demo.window.get());
        QVERIFY2(w.contains(QStringLiteral("Loading the tasks failed")), qPrintable(w));
        QVERIFY2(!w.contains(QStringLiteral("may be incomplete")), qPrintable(w));
    }
};

QTEST_MAIN(tst_LoadingState)
#include "tst_loadingstate.moc"
