// Stop and delete… through the real window: its own dialog (never the Delete click), the blocked
// section's offer in the delete dialog, the rows and results of both steps, Cancel while waiting,
// and a journal with nothing outside the confirmed tasks stopped or deleted.
#include "Screenshot.h"
#include "WindowFixture.h"
#include "model/StopRule.h"
#include "translations/Translations.h"
#include "ui/DeleteResultsModel.h"
#include "ui/StopDeleteDialog.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class tst_StopDelete : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;

    WindowDriver &driver() { return m_demo->driver; }

    // Selects up to `n` running tasks (stop is their remedy), known connected, each of a source of
    // its own (stopping one task of a shared source pauses the other too).
    QStringList selectRunning(int n)
    {
        TaskTableView *view = driver().table();
        view->clearSelection();
        QHash<QString, int> tasksOfSource;
        for (int r = 0; r < driver().model()->rowCount(); ++r)
            ++tasksOfSource[driver().model()->taskAt(r).sourceId];
        QStringList ids;
        for (int r = 0; r < view->model()->rowCount() && ids.size() < n; ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            const Task *t = driver().model()->taskById(i.data(TaskTableModel::IdRole).toString());
            if (StopRule::remedy(t->sourceState, t->connected) != StopRemedy::Stop || t->connected != true
                || tasksOfSource.value(t->sourceId) != 1)
                continue;
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(t->id);
        }
        return ids;
    }

    StopDeleteDialog *waitForStopDialog()
    {
        StopDeleteDialog *d = nullptr;
        (void)QTest::qWaitFor([&] { return (d = m_demo->window->findChild<StopDeleteDialog *>()) && d->isVisible(); },
                              5000);
        return d;
    }

    QStringList journalIds(const QString &route) const
    {
        QStringList ids;
        for (const QJsonValue &v : m_sb->host->journal()) {
            if (v[QLatin1String("route")].toString() == route)
                ids.append(v[QLatin1String("path")].toString().section(u'/', 3, 3));
        }
        return ids;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("stop/timeoutSeconds"), 20);
        QVERIFY(Translations::install(QStringLiteral("en")));
        SandboxConfig c;
        c.tasks = 120;
        c.stopDelayMs = 150;
        m_sb = std::make_unique<SandboxFixture>(c);
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        QVERIFY(m_demo->open());
    }

    void runningRowsStopThenDeleteFromTheirOwnDialog()
    {
        const QStringList ids = selectRunning(2);
        QCOMPARE(ids.size(), 2);
        const Task first = *driver().model()->taskById(ids.first());
        QVERIFY(!first.targetServerName.isEmpty());
        m_sb->host->clearJournal();
        QAction *stopDelete = driver().action("stopDeleteAction");
        QTRY_VERIFY(stopDelete->isEnabled());
        stopDelete->trigger();
        StopDeleteDialog *dialog = waitForStopDialog();
        QVERIFY(dialog);
        QVERIFY(!m_demo->window->findChild<ConfirmDeleteDialog *>()); // its own confirmation
        const QAbstractItemModel *stopList = WindowDriver::viewModel(dialog, "stopList");
        QCOMPARE(stopList->rowCount(), 2);
        QVERIFY(WindowDriver::cell(stopList, 0, 0).size() > 0);
        const QString reason = stopList->index(0, 0, stopList->index(0, 0)).data().toString();
        QVERIFY2(reason.contains(QLatin1String("stopped")) && reason.contains(QLatin1String("Paused")),
                 qPrintable(reason));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountLabel"))->text().contains(m_sb->url.host()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"))
                    ->text()
                    .contains(QLatin1String("stopped but not deleted")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("stop-delete-en.png"), QSize(1100, 720)));
        // The same dialog in Chinese, rebuilt on the language change.
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("暂停并删除迁移任务"));
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("titleLabel"))->text().contains(QStringLiteral("暂停并删除")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("stop-delete-zh_CN.png"), QSize(1100, 720)));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Stop and delete migration tasks"));
        auto *go = dialog->findChild<QPushButton *>(QStringLiteral("stopDeleteButton"));
        QVERIFY(go->isEnabled() && go->text().contains(QLatin1String("2")));
        QCOMPARE(journalIds(QStringLiteral("action")).size(), 0); // nothing before the click

        QSignalSpy finished(driver().list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(go, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        for (const QString &id : ids)
            QTRY_COMPARE(driver().model()->indexOf(id), -1);
        QCOMPARE(sorted(journalIds(QStringLiteral("action"))), sorted(ids));
        QCOMPARE(sorted(m_sb->journalIds("ids_sent")), sorted(ids));
        const QAbstractItemModel *results = WindowDriver::viewModel(driver().results(), "resultsList");
        QVERIFY(results);
        QCOMPARE(results->rowCount(), 2);
        // Copy details names what stays to clean up: the target server, by name and id.
        const QString details = driver().results()->detailsText();
        QVERIFY2(details.contains(
                     QStringLiteral("target server: %1 (ECS ID %2)").arg(first.targetServerName, first.targetServerId)),
                 qPrintable(details));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(WindowDriver::cell(results, row, int(DeleteResultsModel::Column::Stop)),
                     QStringLiteral("Stopped"));
            QCOMPARE(WindowDriver::cell(results, row, int(DeleteResultsModel::Column::Outcome)),
                     QStringLiteral("Deleted"));
        }
    }

    // The delete dialog's blocked section offers the stop; that click closes it and opens the other.
    void theDeleteDialogOffersToStopItsBlockedTasks()
    {
        const QStringList ids = selectRunning(1);
        QCOMPARE(ids.size(), 1);
        m_sb->host->clearJournal();
        ConfirmDeleteDialog *del = driver().openDialog();
        QVERIFY(del);
        auto *offer = del->findChild<QPushButton *>(QStringLiteral("stopBlockedButton"));
        QVERIFY(offer && offer->isVisible());
        QTest::mouseClick(offer, Qt::LeftButton);
        StopDeleteDialog *dialog = waitForStopDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!del || !del->isVisible());
        QCOMPARE(WindowDriver::cell(WindowDriver::viewModel(dialog, "stopList"), 0, 1), ids.first());
        dialog->reject();
        QTest::qWait(100);
        QVERIFY(journalIds(QStringLiteral("action")).isEmpty()); // Cancel sends nothing
        QVERIFY(m_sb->journalIds("ids_sent").isEmpty());
    }

    // Cancel while waiting: nothing more is sent; the task is stopped, not deleted, and says so.
    void cancelWhileWaitingLeavesItStoppedNotDeleted()
    {
        m_sb->host->reconfigure([](SandboxConfig &c) { c.stopDelayMs = 60000; });
        const QStringList ids = selectRunning(1);
        QCOMPARE(ids.size(), 1);
        m_sb->host->clearJournal();
        driver().action("stopDeleteAction")->trigger();
        StopDeleteDialog *dialog = waitForStopDialog();
        QVERIFY(dialog);
        QSignalSpy finished(driver().list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopDeleteButton")), Qt::LeftButton);
        QTRY_COMPARE(journalIds(QStringLiteral("action")).size(), 1);
        QAction *cancel = driver().action("cancelStopAction");
        QTRY_VERIFY(cancel->isEnabled());
        cancel->trigger();
        QVERIFY(finished.wait(10000));
        const int journalAfter = int(m_sb->host->journal().size());
        QTest::qWait(300);
        QCOMPARE(int(m_sb->host->journal().size()), journalAfter);
        QVERIFY(m_sb->journalIds("ids_sent").isEmpty());
        const QAbstractItemModel *results = WindowDriver::viewModel(driver().results(), "resultsList");
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(WindowDriver::cell(results, 0, int(DeleteResultsModel::Column::Stop)), QStringLiteral("Cancelled"));
        QVERIFY(
            WindowDriver::cell(results, 0, int(DeleteResultsModel::Column::Reason)).contains(QLatin1String("halted")));
        QVERIFY(driver().model()->indexOf(ids.first()) >= 0); // still listed: it was not deleted
    }
};

QTEST_MAIN(tst_StopDelete)
#include "tst_stopdelete.moc"
