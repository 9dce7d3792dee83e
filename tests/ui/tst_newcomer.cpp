// What a new user runs into first: the results panel reachable from the View menu, the account's
// "Remove account…" apart from the tasks' Delete…, the audit log found even when nothing opens
// it, and controls a screen reader can name.
#include "Screenshot.h"
#include "WindowFixture.h"
#include "ops/AuditLog.h"
#include "translations/Translations.h"
#include "ui/AutoRefreshMenu.h"
#include "ui/ChoiceFilter.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/FilterBar.h"
#include "ui/TaskTableModel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

class tst_Newcomer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;
    MainWindow *window() const { return m_demo->window.get(); }

    static QString accessibleName(QObject *o)
    {
        QAccessibleInterface *i = QAccessible::queryAccessibleInterface(o);
        return i ? i->text(QAccessible::Name) : QStringLiteral("<no interface>");
    }

    // Presses Tab on whatever has the focus until `target` has it (at most `max` presses), as a
    // keyboard-only user gets there; every control passed on the way must have a name a screen
    // reader can say.
    static bool tabTo(QWidget *target, QStringList *unnamed, int max = 40)
    {
        for (int i = 0; i < max; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (focus == target)
                return true;
            if (!focus)
                return false;
            if (accessibleName(focus).trimmed().isEmpty())
                unnamed->append(QString::fromLatin1(focus->metaObject()->className()) + u' ' + focus->objectName());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_sb = std::make_unique<SandboxFixture>();
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        QVERIFY(m_demo->open());
    }
    void cleanupTestCase()
    {
        m_demo.reset();
        m_sb.reset();
        QSettings().clear();
    }

    void aFirstStartFitsTheScreen()
    {
        // The offscreen screen is 800×600: a 1280×800 window would run off it.
        const QRect available = window()->screen()->availableGeometry();
        QVERIFY2(window()->frameGeometry().width() <= available.width()
                     && window()->frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(window()->frameGeometry().width())
                                .arg(window()->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void theStatusBarTellsWhenTheListWasRefreshedAndHowOften()
    {
        auto *info = window()->findChild<QLabel *>(QStringLiteral("refreshInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().startsWith(QStringLiteral("refreshed at ")), qPrintable(info->text()));
        auto *menu = window()->findChild<AutoRefreshMenu *>(QStringLiteral("autoRefreshMenu"));
        QVERIFY(menu);
        menu->setSeconds(60);
        QVERIFY2(info->text().startsWith(QStringLiteral("Auto refresh every 1 minute · refreshed at ")),
                 qPrintable(info->text()));
        menu->setSeconds(30);
        QVERIFY(info->text().startsWith(QStringLiteral("Auto refresh every 30 seconds")));
        menu->setSeconds(0);
        QVERIFY(info->text().startsWith(QStringLiteral("refreshed at ")));
    }

    void datesAreTheLocalesInTheTableAndIsoInTheCsv()
    {
        const QAbstractItemModel *model = m_demo->driver.table()->model();
        const QModelIndex created = model->index(0, int(TaskTableModel::Column::Created));
        const QString shown = created.data().toString();
        const QString tip = created.data(Qt::ToolTipRole).toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY2(tip != shown && tip.size() > shown.size(), qPrintable(tip)); // the long form, with its zone

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.csv"));
        QString error;
        QVERIFY2(m_demo->driver.list()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
        const int column = lines.first().split(u',').indexOf(QStringLiteral("Created"));
        QVERIFY(column >= 0);
        const QString iso = lines.at(1).split(u',').value(column);
        static const QRegularExpression offset(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
        QVERIFY2(offset.match(iso).hasMatch(), qPrintable(iso));
    }

    void theResultsPanelOpensFromTheViewMenu()
    {
        auto *view = window()->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QAction *results = nullptr;
        for (QAction *a : view->actions())
            results = a->objectName() == u"resultsPanelAction" ? a : results;
        QVERIFY(results);
        QCOMPARE(results->text(), QStringLiteral("Delete results"));
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("resultsDock"));
        QVERIFY(!dock->isVisible());
        results->trigger();
        QTRY_VERIFY(dock->isVisible());
        results->trigger();
        QTRY_VERIFY(!dock->isVisible());
    }

    void theAccountIsRemovedByRemoveAccountApartFromTheTasksDelete()
    {
        auto *remove = window()->findChild<QToolButton *>(QStringLiteral("deleteProfileButton"));
        QVERIFY(remove);
        QCOMPARE(remove->text(), QStringLiteral("Remove account…"));
        auto *toolbar = window()->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QWidget *deleteTasks = toolbar->widgetForAction(m_demo->driver.action("deleteAction"));
        QVERIFY(deleteTasks);
        const int removeRight = remove->mapTo(toolbar, QPoint(remove->width(), 0)).x();
        const int deleteLeft = deleteTasks->mapTo(toolbar, QPoint(0, 0)).x();
        QVERIFY2(deleteLeft - removeRight >= 24, qPrintable(QString::number(deleteLeft - removeRight)));
    }

    void theAuditLogIsFoundWhenNothingOpensIt()
    {
        const QString path = AuditLog::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        f.write("{}\n");
        f.close();
        QTemporaryDir empty; // no xdg-open on PATH: nothing can open the file
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", empty.path().toLocal8Bit());
        m_demo->driver.action("auditLogAction")->trigger();
        qputenv("PATH", oldPath);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>(QStringLiteral("auditLogBox"))) && box->isVisible());
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        auto *copy = box->findChild<QPushButton *>(QStringLiteral("copyAuditPathButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), path);
        QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("auditLogBox")));
    }

    void anEmptyTableSaysWhyAndEscClearsTheSearch()
    {
        auto *note = window()->findChild<QWidget *>(QStringLiteral("emptyTableNote"));
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        QLineEdit *search = m_demo->driver.filterBar()->searchEdit();
        search->setText(QStringLiteral("zz-no-such-task"));
        auto *text = note->findChild<QLabel *>(QStringLiteral("emptyTableText"));
        QTRY_VERIFY(note->isVisible());
        QCOMPARE(text->text(), QStringLiteral("No task matches the filters."));
        auto *clear = note->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isVisible());
        clear->click();
        QVERIFY(search->text().isEmpty());
        QTRY_VERIFY(!note->isVisible());
        QVERIFY(m_demo->driver.table()->model()->rowCount() > 0);

        search->setText(QStringLiteral("db"));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
    }

    void anAccountWithoutTasksSaysSo()
    {
        SandboxConfig c;
        c.tasks = 0;
        SandboxFixture sb(c);
        DemoWindow demo(sb);
        QVERIFY(demo.open());
        auto *note = demo.window->findChild<QWidget *>(QStringLiteral("emptyTableNote"));
        QTRY_VERIFY(note && note->isVisible());
        QCOMPARE(note->findChild<QLabel *>(QStringLiteral("emptyTableText"))->text(),
                 QStringLiteral("This account has no migration tasks."));
        QVERIFY(!note->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isVisible());
    }

    void theConfirmDialogSaysWhenNothingCanBeDeletedAndFollowsTheTicks()
    {
        QVERIFY(m_demo->driver.selectRows({ Deletability::Blocked }, 3).size() == 3);
        ConfirmDeleteDialog *dialog = m_demo->driver.openDialog();
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("None of the selected tasks can be deleted: the reasons are below."));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isVisible());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
        auto *account = dialog->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY2(!account->text().contains(QStringLiteral("Account: account")), qPrintable(account->text()));
        QVERIFY(account->text().contains(QStringLiteral("Acts on: ")));
        dialog->reject();
        QTRY_VERIFY(!m_demo->window->findChild<ConfirmDeleteDialog *>());

        const QStringList deletable = m_demo->driver.selectRows({ Deletability::Deletable }, 2);
        QStringList uncertain;
        TaskTableView *view = m_demo->driver.table();
        for (int r = 0; r < view->model()->rowCount() && uncertain.size() < 3; ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (Deletability(i.data(TaskTableModel::DeletabilityRole).toInt()) != Deletability::Uncertain)
                continue;
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            uncertain.append(i.data(TaskTableModel::IdRole).toString());
        }
        QCOMPARE(uncertain.size(), 3);
        dialog = m_demo->driver.openDialog();
        QVERIFY(dialog);
        title = dialog->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QCOMPARE(title->text(), QStringLiteral("Delete 2 migration tasks?"));
        // No column is cut while the dialog has room (the last one stretches).
        auto *list = dialog->findChild<QTreeView *>(QStringLiteral("deletableList"));
        QVERIFY(list);
        for (int c = 0; c < list->model()->columnCount() - 1; ++c) {
            const QString text = list->model()->index(0, c).data().toString();
            QVERIFY2(
                list->columnWidth(c) >= list->fontMetrics().horizontalAdvance(text),
                qPrintable(QStringLiteral("column %1: %2 px for \"%3\"").arg(c).arg(list->columnWidth(c)).arg(text)));
        }
        auto *tickAll = dialog->findChild<QPushButton *>(QStringLiteral("tickAllUncertainButton"));
        QVERIFY(tickAll && tickAll->isVisible());
        tickAll->click();
        QCOMPARE(title->text(), QStringLiteral("Delete 5 migration tasks?")); // the heading follows the ticks
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->text(),
                 QStringLiteral("Delete 5 tasks"));
        QCOMPARE(tickAll->text(), QStringLiteral("Untick all"));
        tickAll->click();
        QCOMPARE(title->text(), QStringLiteral("Delete 2 migration tasks?"));
        dialog->reject();
        QTRY_VERIFY(!m_demo->window->findChild<ConfirmDeleteDialog *>());
    }

    void aScreenReaderCanNameTheFiltersAndTheTypedCount()
    {
        // The filters are named, and the screen reader also finds the label related to each (its
        // buddy), so both are checked.
        FilterBar *bar = m_demo->driver.filterBar();
        const std::pair<const char *, const char *> boxes[] = { { "taskStateFilter", "Task state:" },
                                                                { "sourceStateFilter", "Source state:" },
                                                                { "classificationFilter", "Deletion:" } };
        for (const auto &[name, label] : boxes) {
            auto *box = bar->findChild<ChoiceFilter *>(QString::fromLatin1(name));
            QVERIFY(box);
            QVERIFY2(!box->accessibleName().isEmpty(), name);
            QStringList labels;
            for (const auto &[other, relation] :
                 QAccessible::queryAccessibleInterface(box)->relations(QAccessible::Label))
                labels.append(other->text(QAccessible::Name));
            QVERIFY2(labels.contains(QString::fromUtf8(label)), qPrintable(labels.join(u'|')));
        }
        QCOMPARE(accessibleName(bar->findChild<QLineEdit *>(QStringLiteral("searchEdit"))),
                 QStringLiteral("Search the tasks"));

        QVERIFY(m_demo->driver.selectRows({ Deletability::Deletable }, 12).size() == 12);
        ConfirmDeleteDialog *dialog = m_demo->driver.openDialog();
        QVERIFY(dialog);
        auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
        QVERIFY(count && count->isVisible());
        QCOMPARE(accessibleName(count), QStringLiteral("Number of tasks to delete, typed to confirm"));
        dialog->reject();
    }

    void theWholeDeleteFlowWorksFromTheKeyboard()
    {
        // No mouse: find the deletable tasks, select them, confirm with the typed count, delete.
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        WindowDriver &ui = m_demo->driver;
        ui.filterBar()->clearFilters();
        QStringList unnamed;

        // Ctrl+F, then Tab to the summary's Deletable count, Space filters to it.
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), ui.filterBar()->searchEdit());
        auto *deletableChip = ui.filterBar()->findChild<QToolButton *>(QStringLiteral("summaryDeletable"));
        QTRY_VERIFY(deletableChip->isEnabled());
        QVERIFY(tabTo(deletableChip, &unnamed));
        QTest::keyClick(deletableChip, Qt::Key_Space);
        QCOMPARE(ui.filterBar()->classificationFilter()->chosen(),
                 QStringList { QString::number(int(Deletability::Deletable)) });
        const int shown = ui.proxy()->rowCount();
        QVERIFY2(shown >= 10, "enough deletable tasks for the typed count");

        // Tab to the table, Ctrl+A, Delete: the dialog opens with the focus on Cancel.
        QVERIFY(tabTo(ui.table(), &unnamed));
        QTest::keyClick(ui.table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(ui.table()->selectedIds().size(), shown);
        const QStringList selected = ui.table()->selectedIds();
        QVERIFY(saveScreenshot(window(), QStringLiteral("selection-en.png")));
        QTest::keyClick(ui.table(), Qt::Key_Delete);
        ConfirmDeleteDialog *dialog = ui.waitForDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
        QVERIFY(!deleteButton->isEnabled());

        // Esc first: nothing is sent.
        const int deletesBefore = int(m_sb->journalIds("ids_sent").size());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<ConfirmDeleteDialog *>());
        QCOMPARE(int(m_sb->journalIds("ids_sent").size()), deletesBefore);

        // Again, this time typing the count and pressing Space on Delete.
        // The window manager gives the main window back its activation (offscreen has none): the
        // focus is where it was, on the table, with the selection.
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTRY_COMPARE(QApplication::focusWidget(), ui.table());
        QCOMPARE(ui.table()->selectedIds().size(), shown);
        QTest::keyClick(ui.table(), Qt::Key_Delete);
        QVERIFY((dialog = ui.waitForDialog()));
        deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        QVERIFY(tabTo(count, &unnamed));
        QTest::keyClicks(count, QString::number(shown));
        QVERIFY(deleteButton->isEnabled());
        QVERIFY(tabTo(deleteButton, &unnamed));
        QSignalSpy finished(ui.list(), &TaskListWidget::deleteFinished);
        QTest::keyClick(deleteButton, Qt::Key_Space);
        QVERIFY(finished.wait(20000));

        QStringList sent = m_sb->journalIds("ids_sent").mid(deletesBefore);
        sent.sort();
        QStringList expected = selected;
        expected.sort();
        QCOMPARE(sent, expected); // exactly what was confirmed, nothing else
        QTRY_COMPARE(ui.proxy()->rowCount(), 0);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        ui.filterBar()->clearFilters();
        QVERIFY(saveScreenshot(window(), QStringLiteral("results-en.png")));
        ui.filterBar()->clearFilters();
    }
};

QTEST_MAIN(tst_Newcomer)
#include "tst_newcomer.moc"
