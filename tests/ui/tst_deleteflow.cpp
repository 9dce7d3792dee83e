#include "WindowFixture.h"
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

// Drives the real widgets: load, select, the real confirm dialog, results; checks the journal.
class tst_DeleteFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;
    WindowDriver m_ui;

    void openWindow(const SandboxConfig &config = SandboxConfig())
    {
        m_demo.reset();
        m_sb = std::make_unique<SandboxFixture>(config);
        QVERIFY(m_sb->url.isValid());
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        m_ui = m_demo->driver;
        QVERIFY(m_demo->open());
        QCOMPARE(m_ui.model()->rowCount(), m_sb->config.tasks);
    }

    QStringList selectRows(QList<Deletability> kinds, int max) { return m_ui.selectRows(kinds, max); }
    ConfirmDeleteDialog *waitForDialog() { return m_ui.waitForDialog(); }
    static QStringList listedIds(ConfirmDeleteDialog *dialog, const char *list)
    {
        return WindowDriver::listedIds(dialog, list);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_demo.reset();
        m_sb.reset();
    }

    void selectConfirmDeleteAndCheckTheJournal()
    {
        openWindow();
        const QStringList selected = selectRows({ Deletability::Deletable, Deletability::Blocked }, 14);
        QVERIFY(selected.size() >= 12);
        m_ui.table()->setFocus();
        QTest::keyClick(m_ui.table(), Qt::Key_Delete);
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
        QSignalSpy finished(m_ui.list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(20000));

        const QStringList sent = m_sb->journalIds("ids_sent");
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), QSet<QString>(deletable.begin(), deletable.end()));
        for (const QString &id : deletable)
            QVERIFY2(m_ui.model()->indexOf(id) < 0, qPrintable(id));
        for (const QString &id : blocked)
            QVERIFY(m_ui.model()->indexOf(id) >= 0);
        const QList<DeleteResult> results = m_ui.results()->results();
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
        ConfirmDeleteDialog *dialog = m_ui.openDialog();
        QVERIFY(dialog);
        dialog->reject();
        QTest::qWait(200);
        QVERIFY(m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).isEmpty());
        QCOMPARE(m_ui.model()->rowCount(), m_sb->config.tasks);
    }

    void deleteKeyInTheSearchBoxDeletesNothing()
    {
        openWindow();
        QVERIFY(!selectRows({ Deletability::Deletable }, 3).isEmpty());
        auto *search = m_ui.window()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("abc"));
        search->setCursorPosition(0);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(search->text(), QStringLiteral("bc"));
        QTest::qWait(100);
        QVERIFY(!m_ui.window()->findChild<ConfirmDeleteDialog *>());
    }

    void rowsHiddenByAFilterAreNeverDeleted()
    {
        openWindow();
        QTableView *table = m_ui.table();
        table->selectAll();
        const int all = int(table->selectionModel()->selectedRows().size());
        // Filter to the deletable ones, then select all of what is visible.
        m_ui.proxy()->setDeletabilities({ Deletability::Deletable });
        table->selectAll();
        const int visible = m_ui.proxy()->rowCount();
        QVERIFY(visible > 0 && visible < all);
        ConfirmDeleteDialog *dialog = m_ui.openDialog();
        QVERIFY(dialog);
        QCOMPARE(listedIds(dialog, "deletableList").size() + listedIds(dialog, "blockedList").size()
                     + listedIds(dialog, "uncertainList").size(),
                 visible);
        dialog->reject();
    }
};

QTEST_MAIN(tst_DeleteFlow)
#include "tst_deleteflow.moc"
