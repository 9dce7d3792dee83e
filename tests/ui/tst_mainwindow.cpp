#include "WindowFixture.h"
#include "translations/Translations.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/DeleteResultsView.h"
#include "ui/ErrorBar.h"
#include "ui/MainWindow.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The main window's behaviour around the delete flow: refreshes during the dialog, partial
// failures with Retry failed, error bar, incomplete lists, persisted layout.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;
    WindowDriver m_ui;

    void openWindow(const SandboxConfig &config = SandboxConfig(), bool expectComplete = true)
    {
        m_demo.reset();
        if (!m_sb)
            m_sb = std::make_unique<SandboxFixture>(config);
        QVERIFY(m_sb->url.isValid());
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        m_ui = m_demo->driver;
        QVERIFY(m_demo->open());
        if (expectComplete)
            QCOMPARE(m_ui.model()->rowCount(), m_sb->host->taskCount());
    }

    void reload() { QVERIFY(m_ui.reload()); }
    QStringList selectDeletable(int max) { return m_ui.selectRows({ Deletability::Deletable }, max, true); }
    ConfirmDeleteDialog *openDialog() { return m_ui.openDialog(); }
    static QStringList listed(ConfirmDeleteDialog *dialog, const char *list)
    {
        return WindowDriver::listedIds(dialog, list);
    }
    void confirm(ConfirmDeleteDialog *dialog)
    {
        QVERIFY(dialog);
        QVERIFY(m_ui.confirm(dialog));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        m_demo.reset();
        m_sb.reset();
        QSettings().clear();
    }

    void aRefreshWhileTheDialogIsOpenChangesNothingItDeletes()
    {
        openWindow();
        const QStringList selected = selectDeletable(4);
        QCOMPARE(selected.size(), 4);
        ConfirmDeleteDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QStringList shown = listed(dialog, "deletableList");
        QCOMPARE(shown, selected);
        // Meanwhile: a new task appears and one selected task's source becomes busy.
        m_sb->host->insertTask();
        QVERIFY(m_sb->host->setTaskSource(selected.first(), QStringLiteral("replicate"), true));
        reload();
        QCOMPARE(listed(dialog, "deletableList"), shown);
        confirm(dialog);
        const QStringList sent = m_sb->journalIds("ids_sent");
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), QSet<QString>(shown.begin(), shown.end()));
        // The service refused the busy one: it failed with the service's code, the others are gone.
        const QList<DeleteResult> results = m_ui.results()->results();
        for (const DeleteResult &r : results) {
            if (r.id == selected.first()) {
                QCOMPARE(r.outcome, DeleteOutcome::Failed);
                QVERIFY(!r.error.code.isEmpty());
            } else {
                QCOMPARE(r.outcome, DeleteOutcome::Deleted);
            }
        }
    }

    void aPartialFailureShowsCodesAndRetryFailedWorks()
    {
        openWindow();
        const QStringList selected = selectDeletable(5);
        for (const QString &id : selected.mid(0, 2))
            QVERIFY(m_sb->host->setTaskSource(id, QStringLiteral("syncing"), true));
        confirm(openDialog());
        DeleteResultsView *view = m_ui.results();
        QCOMPARE(view->failedIds().size(), 2);
        const QAbstractItemModel *list = WindowDriver::viewModel(view, "resultsList");
        QVERIFY(list);
        int rowsWithCode = 0;
        for (int i = 0; i < list->rowCount(); ++i) {
            if (selected.mid(0, 2).contains(WindowDriver::cell(list, i, 1))) {
                QVERIFY(WindowDriver::cell(list, i, 3).startsWith(QLatin1String("SMS."))); // code
                QCOMPARE(WindowDriver::cell(list, i, 6), QStringLiteral("400")); // HTTP status
                QVERIFY(!WindowDriver::cell(list, i, 7).isEmpty()); // request id
                QVERIFY(!WindowDriver::cell(list, i, 4).isEmpty()); // our explanation
                // Long texts are cut off in their column: the tooltip shows them whole.
                QCOMPARE(WindowDriver::cell(list, i, 4, Qt::ToolTipRole), WindowDriver::cell(list, i, 4));
                ++rowsWithCode;
            }
        }
        QCOMPARE(rowsWithCode, 2);
        QVERIFY(view->detailsText().contains(QLatin1String("HTTP 400")));

        // The Agents got disconnected: Retry failed opens a new plan for exactly those two.
        for (const QString &id : selected.mid(0, 2))
            QVERIFY(m_sb->host->setTaskSource(id, QString(), false));
        m_sb->host->clearJournal();
        QTRY_VERIFY(!m_ui.window()->findChild<ConfirmDeleteDialog *>()); // the first dialog is gone
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
        ConfirmDeleteDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_ui.window()->findChild<ConfirmDeleteDialog *>()) != nullptr; },
                                5000));
        const QStringList retried = listed(dialog, "deletableList");
        QCOMPARE(QSet<QString>(retried.begin(), retried.end()), QSet<QString>(selected.begin(), selected.begin() + 2));
        confirm(dialog);
        QCOMPARE(m_ui.results()->failedIds().size(), 0);
    }

    void loadErrorsShowInTheErrorBarWithTheirDetails()
    {
        SandboxConfig c;
        c.deny = { QStringLiteral("sms:server:listTask") };
        m_sb = std::make_unique<SandboxFixture>(c);
        openWindow(c, false);
        ErrorBar *bar = m_ui.errorBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QLatin1String("SMS.9004")));
        QVERIFY(bar->text().contains(QLatin1String("403")));
        QVERIFY(bar->text().contains(bar->error().requestId));
        QVERIFY(!bar->error().requestId.isEmpty());
    }

    void anIncompleteListIsFlaggedAndNeverDropsRows()
    {
        SandboxConfig c;
        c.tasks = 450;
        m_sb = std::make_unique<SandboxFixture>(c);
        openWindow(c);
        QVERIFY(m_sb->host->addFault(QStringLiteral("tasks:page-shift:remove@nth=2x1")));
        reload();
        auto *warning = m_ui.window()->findChild<QLabel *>(QStringLiteral("statusWarning"));
        QVERIFY(!warning->text().isEmpty());
        QVERIFY(m_ui.model()->rowCount() >= 449);
        reload(); // a complete list again clears the warning
        QVERIFY(warning->text().isEmpty());
        QCOMPARE(m_ui.model()->rowCount(), 449);
    }

    void theLayoutPersists()
    {
        openWindow();
        QHeaderView *header = m_ui.table()->horizontalHeader();
        const int typeColumn = int(TaskTableModel::Column::Type);
        header->setSectionHidden(typeColumn, true);
        header->resizeSection(int(TaskTableModel::Column::Name), 333);
        m_ui.table()->sortByColumn(int(TaskTableModel::Column::Name), Qt::AscendingOrder);
        m_demo->window->close(); // saves
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        m_ui = m_demo->driver;
        header = m_ui.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(typeColumn));
        QCOMPARE(header->sectionSize(int(TaskTableModel::Column::Name)), 333);
        QCOMPARE(header->sortIndicatorSection(), int(TaskTableModel::Column::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void autoRefreshPausesWhileTheDialogIsOpen()
    {
        openWindow();
        QVERIFY(!selectDeletable(2).isEmpty());
        ConfirmDeleteDialog *dialog = openDialog();
        QVERIFY(dialog);
        m_sb->host->clearJournal();
        m_ui.list()->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"))->start(20);
        QTest::qWait(300); // many ticks while the dialog is open
        QVERIFY(m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).isEmpty());
        dialog->reject();
        QSignalSpy loaded(m_ui.list(), &TaskListWidget::loadFinished);
        QVERIFY(loaded.wait(5000)); // ticking again once it is closed
        m_ui.list()->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"))->stop();
        QVERIFY(!m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).isEmpty());
    }

    void resultReasonsFollowTheLanguage()
    {
        openWindow();
        // A skipped task's reason is data: its text follows a language switch.
        DeleteResult r;
        r.id = QStringLiteral("t1");
        r.outcome = DeleteOutcome::Skipped;
        r.note = DeleteNote::Rule;
        r.verdict = DeletionRule::classify(QStringLiteral("replicate"), true);
        m_ui.results()->setResults({ r });
        const QAbstractItemModel *list = WindowDriver::viewModel(m_ui.results(), "resultsList");
        QVERIFY(list);
        const QString english = WindowDriver::cell(list, 0, 8);
        QVERIFY(english.contains(QLatin1String("Replicating")));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_VERIFY2(WindowDriver::cell(list, 0, 8).contains(QChar(0x590D)), // 复(制)
                     qPrintable(WindowDriver::cell(list, 0, 8)));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(WindowDriver::cell(list, 0, 8), english);
    }

    void exportWritesTheVisibleRows()
    {
        openWindow();
        m_ui.proxy()->setDeletabilities({ Deletability::Blocked });
        const int visible = m_ui.proxy()->rowCount();
        QVERIFY(visible > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.csv"));
        QString error;
        QVERIFY2(m_ui.list()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), visible + 1);
        QVERIFY(lines.first().contains(QLatin1String("Task ID")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
