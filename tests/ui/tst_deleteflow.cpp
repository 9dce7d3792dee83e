#include "SandboxFixture.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/DeleteResultsView.h"
#include "ui/MainWindow.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

// Drives the real widgets: load, select, the real confirm dialog, results; checks the journal.
class tst_DeleteFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const SandboxConfig &config = SandboxConfig())
    {
        m_window.reset();
        m_sb = std::make_unique<SandboxFixture>(config);
        QVERIFY(m_sb->url.isValid());
        m_window = std::make_unique<MainWindow>(Profile::demo(m_sb->url, m_sb->credentials(), m_sb->config.region));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->refresh();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(m_window->model()->rowCount(), m_sb->config.tasks);
    }

    // Selects the visible rows whose classification is one of `kinds`, at most `max` of them.
    QStringList selectRows(QList<Deletability> kinds, int max)
    {
        QTableView *table = m_window->table();
        table->clearSelection();
        QStringList ids;
        for (int r = 0; r < table->model()->rowCount() && ids.size() < max; ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (!kinds.contains(Deletability(i.data(TaskTableModel::DeletabilityRole).toInt())))
                continue;
            table->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(i.data(TaskTableModel::IdRole).toString());
        }
        return ids;
    }

    ConfirmDeleteDialog *waitForDialog()
    {
        ConfirmDeleteDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ConfirmDeleteDialog *>()) && dialog->isVisible(); }, 5000);
        return dialog;
    }

    static QStringList listedIds(ConfirmDeleteDialog *dialog, const char *list)
    {
        auto *tree = dialog->findChild<QTreeWidget *>(QString::fromLatin1(list));
        QStringList ids;
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
            ids.append(tree->topLevelItem(i)->data(1, Qt::UserRole).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_window.reset();
        m_sb.reset();
    }

    void selectConfirmDeleteAndCheckTheJournal()
    {
        openWindow();
        const QStringList selected = selectRows({ Deletability::Deletable, Deletability::Blocked }, 14);
        QVERIFY(selected.size() >= 12);
        m_window->table()->setFocus();
        QTest::keyClick(m_window->table(), Qt::Key_Delete);
        ConfirmDeleteDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->focusWidget(), cancel);

        const QStringList deletable = listedIds(dialog, "deletableList");
        const QStringList blocked = listedIds(dialog, "blockedList");
        QVERIFY(!deletable.isEmpty());
        QVERIFY(!blocked.isEmpty());
        QCOMPARE(deletable.size() + blocked.size(), selected.size());
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(button->text().contains(QString::number(deletable.size())));
        if (deletable.size() >= ConfirmDeleteDialog::TypeToConfirmThreshold) {
            QVERIFY(!button->isEnabled());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                             QString::number(deletable.size()));
        }
        QVERIFY(button->isEnabled());
        QSignalSpy finished(m_window.get(), &MainWindow::deleteFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(20000));

        const QStringList sent = m_sb->journalIds("ids_sent");
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), QSet<QString>(deletable.begin(), deletable.end()));
        for (const QString &id : deletable)
            QVERIFY2(m_window->model()->indexOf(id) < 0, qPrintable(id));
        for (const QString &id : blocked)
            QVERIFY(m_window->model()->indexOf(id) >= 0);
        const QList<DeleteResult> results = m_window->resultsView()->results();
        QCOMPARE(results.size(), selected.size());
        int skipped = 0;
        for (const DeleteResult &r : results)
            skipped += r.outcome == DeleteOutcome::Skipped ? 1 : 0;
        QCOMPARE(skipped, blocked.size());
    }

    void cancelDeletesNothing()
    {
        openWindow();
        QVERIFY(!selectRows({ Deletability::Deletable }, 3).isEmpty());
        m_window->deleteSelected();
        ConfirmDeleteDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        dialog->reject();
        QTest::qWait(200);
        QVERIFY(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).isEmpty());
        QCOMPARE(m_window->model()->rowCount(), m_sb->config.tasks);
    }

    void deleteKeyInTheSearchBoxDeletesNothing()
    {
        openWindow();
        QVERIFY(!selectRows({ Deletability::Deletable }, 3).isEmpty());
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("abc"));
        search->setCursorPosition(0);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(search->text(), QStringLiteral("bc"));
        QTest::qWait(100);
        QVERIFY(!m_window->findChild<ConfirmDeleteDialog *>());
    }

    void rowsHiddenByAFilterAreNeverDeleted()
    {
        openWindow();
        QTableView *table = m_window->table();
        table->selectAll();
        const int all = int(table->selectionModel()->selectedRows().size());
        // Filter to the deletable ones, then select all of what is visible.
        m_window->proxy()->setDeletability(int(Deletability::Deletable));
        table->selectAll();
        const int visible = m_window->proxy()->rowCount();
        QVERIFY(visible > 0 && visible < all);
        m_window->deleteSelected();
        ConfirmDeleteDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QCOMPARE(listedIds(dialog, "deletableList").size() + listedIds(dialog, "blockedList").size()
                     + listedIds(dialog, "uncertainList").size(),
                 visible);
        dialog->reject();
    }
};

QTEST_MAIN(tst_DeleteFlow)
#include "tst_deleteflow.moc"
