// Seeing the whole account at a glance and narrowing it down: filters that take several states at
// once, the summary strip whose counts filter on a click, and sub-tasks by their console names.
#include "Screenshot.h"
#include "WindowFixture.h"
#include "model/SubTaskName.h"
#include "model/TaskState.h"
#include "translations/Translations.h"
#include "ui/AgeFilter.h"
#include "ui/ChoiceFilter.h"
#include "ui/FilterBar.h"
#include "ui/TaskSummaryStrip.h"
#include "ui/TaskTableModel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class tst_Overview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;
    const WindowDriver &ui() const { return m_demo->driver; }

    // How many listed tasks satisfy `pred`, counted on the model (not through any widget).
    template<typename Pred> int countTasks(Pred pred) const
    {
        int n = 0;
        for (int r = 0; r < ui().model()->rowCount(); ++r)
            n += pred(r) ? 1 : 0;
        return n;
    }
    int countInStates(const QStringList &states) const
    {
        return countTasks([&](int r) { return states.contains(ui().model()->taskAt(r).state); });
    }
    QList<int> shownRows() const
    {
        QList<int> rows;
        for (int r = 0; r < ui().proxy()->rowCount(); ++r)
            rows.append(ui().proxy()->mapToSource(ui().proxy()->index(r, 0)).row());
        return rows;
    }
    static QAction *menuAction(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }
    static void clickInMenu(QMenu *menu, QAction *action)
    {
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    }
    QToolButton *chip(const QString &name) const { return ui().filterBar()->findChild<QToolButton *>(name); }
    static int countOnChip(const QToolButton *chip) // "Deletable 36" -> 36
    {
        return chip->text().section(u' ', -1).remove(u',').toInt();
    }

    // The rows of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QString &csv)
    {
        QList<QStringList> rows(1);
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < csv.size(); ++i) {
            const QChar c = csv.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"')
                    cell += csv.at(++i);
                else if (c == u'"')
                    quoted = false;
                else
                    cell += c;
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                rows.last().append(std::exchange(cell, QString()));
            } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
                rows.last().append(std::exchange(cell, QString()));
                rows.append(QStringList());
                ++i;
            } else {
                cell += c;
            }
        }
        if (rows.last().isEmpty() && cell.isEmpty())
            rows.removeLast();
        return rows;
    }
    QList<QStringList> exportedCsv() const
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.csv"));
        QString error;
        if (!ui().list()->exportCsv(path, &error))
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return parseCsv(QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)));
    }
    // The age filter as a user sets it: focus, select what it holds, type the days.
    // Shortcuts need an active window: the earlier dialogs and menus took it away.
    bool activateWindow() const
    {
        m_demo->window->activateWindow();
        return QTest::qWaitForWindowActive(m_demo->window.get());
    }
    bool typeAge(int days) const
    {
        AgeFilter *age = ui().filterBar()->ageFilter();
        if (!activateWindow())
            return false;
        age->setFocus();
        QTest::keyClick(age, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(age, QString::number(days));
        return age->value() == days;
    }
    // The rows created before now − days, or -1 when a task sits on the edge while counting.
    int countOlderThan(int days, qint64 fromMs, qint64 toMs) const
    {
        const qint64 span = qint64(days) * 86400000;
        const int a = countTasks([&](int r) {
            const qint64 c = ui().model()->taskAt(r).createdMs;
            return c > 0 && c < fromMs - span;
        });
        const int b = countTasks([&](int r) {
            const qint64 c = ui().model()->taskAt(r).createdMs;
            return c > 0 && c < toMs - span;
        });
        return a == b ? a : -1;
    }

    // The confirm dialog of a mixed selection, for the README (only with SMS_SCREENSHOT_DIR set).
    void shootConfirmDialog(const QString &name) const
    {
        if (qEnvironmentVariableIsEmpty("SMS_SCREENSHOT_DIR"))
            return;
        ui().table()->clearSelection();
        (void)ui().selectRows({ Deletability::Deletable }, 10); // 10: the typed count shows
        for (Deletability d : { Deletability::Uncertain, Deletability::Blocked }) {
            for (int r = 0, n = 0; r < ui().proxy()->rowCount() && n < 3; ++r) {
                const QModelIndex i = ui().proxy()->index(r, 0);
                if (Deletability(i.data(TaskTableModel::DeletabilityRole).toInt()) != d)
                    continue;
                ui().table()->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                ++n;
            }
        }
        ConfirmDeleteDialog *dialog = ui().openDialog();
        QVERIFY(dialog);
        QVERIFY(saveScreenshot(dialog, name, QSize(1100, 760)));
        dialog->reject();
        QTRY_VERIFY(!m_demo->window->findChild<ConfirmDeleteDialog *>());
        ui().table()->clearSelection();
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
    void cleanup() { ui().filterBar()->clearFilters(); }

    void aFilterTakesSeveralStatesFromItsMenu()
    {
        ChoiceFilter *filter = ui().filterBar()->taskStateFilter();
        QCOMPARE(filter->currentText(), QStringLiteral("All"));
        // The strip has counted the listing (at most RecountDelayMs after it came).
        QTRY_COMPARE(countOnChip(chip(QStringLiteral("summaryDeletable"))), countTasks([&](int r) {
                         return ui().model()->verdictAt(r).deletability == Deletability::Deletable;
                     }));
        const int failed = countInStates({ QStringLiteral("MIGRATE_FAIL"), QStringLiteral("SYNC_FAIL") });
        QVERIFY2(failed > 0 && failed < ui().model()->rowCount(), "the demo has some failed tasks, not only");

        // Opened as a combo box is (F4), without a nested event loop: the test goes on while it shows.
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_F4);
        QMenu *menu = filter->choiceMenu();
        QTRY_VERIFY(menu->isVisible());
        clickInMenu(menu, menuAction(menu, QStringLiteral("Migration failed")));
        QVERIFY2(menu->isVisible(), "the menu stays open to tick another state");
        // The next one from the keyboard: Down to it, Space ticks it, the menu still open.
        QAction *syncFailed = menuAction(menu, QStringLiteral("Sync failed"));
        for (int i = 0; i < 40 && menu->activeAction() != syncFailed; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction(), syncFailed);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());

        QCOMPARE(filter->chosen(), QStringList({ QStringLiteral("MIGRATE_FAIL"), QStringLiteral("SYNC_FAIL") }));
        QCOMPARE(filter->currentText(), QStringLiteral("Migration failed and 1 more"));
        QCOMPARE(ui().proxy()->rowCount(), failed);
        for (int row : shownRows())
            QVERIFY(TaskState::tone(ui().model()->taskAt(row).state) == StateTone::Failed);
        QVERIFY(menuAction(menu, QStringLiteral("Every failed state"))->isChecked());
        QVERIFY(saveScreenshot(m_demo->window.get(), QStringLiteral("main-en.png")));

        // The group unticks both; "All" shows everything again.
        filter->showPopup();
        QTRY_VERIFY(menu->isVisible());
        clickInMenu(menu, menuAction(menu, QStringLiteral("Every failed state")));
        QVERIFY(filter->chosen().isEmpty());
        QCOMPARE(ui().proxy()->rowCount(), ui().model()->rowCount());
        QVERIFY(menuAction(menu, QStringLiteral("All"))->isChecked());
        clickInMenu(menu, menuAction(menu, QStringLiteral("Every running state")));
        const int running
            = countTasks([&](int r) { return TaskState::tone(ui().model()->taskAt(r).state) == StateTone::Running; });
        QCOMPARE(ui().proxy()->rowCount(), running);
        clickInMenu(menu, menuAction(menu, QStringLiteral("All")));
        QCOMPARE(ui().proxy()->rowCount(), ui().model()->rowCount());

        // A click on the box while its menu is open closes it (the press is not replayed to the
        // box, which would open it again).
        QVERIFY(menu->isVisible());
        const QPoint onBox = menu->mapFromGlobal(filter->mapToGlobal(filter->rect().center()));
        QVERIFY(!menu->rect().contains(onBox));
        QTest::mouseClick(menu, Qt::LeftButton, {}, onBox);
        QTRY_VERIFY(!menu->isVisible());
        QTest::qWait(50);
        QVERIFY2(!menu->isVisible(), "the click on the box opened the menu again");
        QCOMPARE(filter->chosen(), QStringList());
    }

    void filtersCombineAcrossStatesAndDeletion()
    {
        FilterBar *bar = ui().filterBar();
        bar->taskStateFilter()->setChosen({ QStringLiteral("MIGRATE_FAIL"), QStringLiteral("MIGRATE_SUCCESS") });
        bar->classificationFilter()->setChosen({ QString::number(int(Deletability::Deletable)) });
        const int expected = countTasks([&](int r) {
            const QString &s = ui().model()->taskAt(r).state;
            return (s == u"MIGRATE_FAIL" || s == u"MIGRATE_SUCCESS")
                && ui().model()->verdictAt(r).deletability == Deletability::Deletable;
        });
        QVERIFY(expected > 0);
        QCOMPARE(ui().proxy()->rowCount(), expected);
    }

    void theSummaryStripCountsTheListAndFiltersOnAClick()
    {
        QToolButton *deletable = chip(QStringLiteral("summaryDeletable"));
        QToolButton *blocked = chip(QStringLiteral("summaryBlocked"));
        QVERIFY(deletable && blocked);
        QTRY_VERIFY(deletable->isEnabled());
        auto ofKind = [&](Deletability d) {
            return countTasks([&](int r) { return ui().model()->verdictAt(r).deletability == d; });
        };
        QTRY_COMPARE(countOnChip(deletable), ofKind(Deletability::Deletable));
        QCOMPARE(countOnChip(blocked), ofKind(Deletability::Blocked));
        QCOMPARE(countOnChip(chip(QStringLiteral("summaryUncertain"))), ofKind(Deletability::Uncertain));
        QVERIFY(deletable->text().startsWith(QStringLiteral("Deletable ")));

        // A click filters to that class and shows itself pressed; a second click shows all again.
        QTest::mouseClick(blocked, Qt::LeftButton);
        QCOMPARE(ui().proxy()->rowCount(), ofKind(Deletability::Blocked));
        QCOMPARE(ui().filterBar()->classificationFilter()->currentText(), QStringLiteral("Blocked"));
        QVERIFY(blocked->isChecked());
        QTest::mouseClick(blocked, Qt::LeftButton);
        QCOMPARE(ui().proxy()->rowCount(), ui().model()->rowCount());
        QVERIFY(!blocked->isChecked());

        // Every state with tasks has its count, and it filters the same way.
        QToolButton *failed = chip(QStringLiteral("summaryState_MIGRATE_FAIL"));
        QVERIFY(failed);
        QCOMPARE(countOnChip(failed), countInStates({ QStringLiteral("MIGRATE_FAIL") }));
        QVERIFY(failed->text().startsWith(QStringLiteral("Migration failed ")));
        QTest::mouseClick(failed, Qt::LeftButton);
        QCOMPARE(ui().filterBar()->taskStateFilter()->chosen(), QStringList { QStringLiteral("MIGRATE_FAIL") });
        QCOMPARE(ui().proxy()->rowCount(), countInStates({ QStringLiteral("MIGRATE_FAIL") }));
        // The strip counts the listing, not what the filter shows.
        QCOMPARE(countOnChip(deletable), ofKind(Deletability::Deletable));
    }

    void theSummaryFollowsADelete()
    {
        QToolButton *deletable = chip(QStringLiteral("summaryDeletable"));
        const int before
            = countTasks([&](int r) { return ui().model()->verdictAt(r).deletability == Deletability::Deletable; });
        QTRY_COMPARE(countOnChip(deletable), before);
        const QStringList ids = ui().selectRows({ Deletability::Deletable }, 2);
        QCOMPARE(ids.size(), 2);
        ConfirmDeleteDialog *dialog = ui().openDialog();
        QVERIFY(dialog);
        QVERIFY(ui().confirm(dialog));
        QTRY_COMPARE(countOnChip(deletable), before - 2);
    }

    void whileSourcesLoadTheClassesWait()
    {
        // Counting a task without its Agent state as deletable or uncertain would be a wrong reason.
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        FilterBar bar(&proxy);
        Task t;
        t.id = QStringLiteral("a1");
        t.state = QStringLiteral("MIGRATE_FAIL");
        t.sourceState = QStringLiteral("stopped");
        model.setAgentsLoading(true);
        model.upsert({ t });
        auto *deletable = bar.findChild<QToolButton *>(QStringLiteral("summaryDeletable"));
        QTRY_COMPARE(deletable->text(), QStringLiteral("Deletable …"));
        QVERIFY(!deletable->isEnabled());
        model.setAgentsLoading(false);
        QTRY_VERIFY(deletable->isEnabled());
        QVERIFY(deletable->text() != QStringLiteral("Deletable …"));
    }

    void subTasksShowTheConsolesNamesAndTheRawOneOnHover()
    {
        TaskTableModel *model = ui().model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->taskAt(r).subtaskName == u"DETTACH_AGENT_IMAGE" && model->taskAt(r).progress >= 0)
                row = r;
        }
        QVERIFY2(row >= 0, "the demo has a task detaching the Agent image");
        const QModelIndex cell = model->index(row, int(TaskTableModel::Column::Progress));
        const QString percent = QString::number(model->taskAt(row).progress) + u'%';
        QCOMPARE(cell.data().toString(), QStringLiteral("Detaching the Agent image ") + percent);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("DETTACH_AGENT_IMAGE ") + percent);

        shootConfirmDialog(QStringLiteral("confirm-en.png"));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("卸载代理镜像 ") + percent);
        // The widgets follow once the language change has reached them.
        QTRY_COMPARE(ui().filterBar()->taskStateFilter()->currentText(), QStringLiteral("全部"));
        shootConfirmDialog(QStringLiteral("confirm-zh_CN.png"));
        ui().selectRows({ Deletability::Deletable }, 6);
        QVERIFY(saveScreenshot(m_demo->window.get(), QStringLiteral("main-zh_CN.png")));
        QVERIFY(chip(QStringLiteral("summaryDeletable"))->text().startsWith(QStringLiteral("可删除 ")));
        // Every documented name has its Chinese one.
        for (const QString &raw : SubTaskName::known())
            QVERIFY2(SubTaskName::label(raw) != raw && !SubTaskName::label(raw).at(0).isLower(), qPrintable(raw));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(ui().filterBar()->taskStateFilter()->currentText(), QStringLiteral("All"));

        // A name the list does not know is shown as it came.
        Task t = model->taskAt(row);
        t.subtaskName = QStringLiteral("FUTURE_STEP");
        t.progress = 5;
        model->upsert({ t });
        QTRY_COMPARE(model->index(model->indexOf(t.id), int(TaskTableModel::Column::Progress)).data().toString(),
                     QStringLiteral("FUTURE_STEP 5%"));
    }

    void theTargetServerColumnNamesItWithItsIdOnHover()
    {
        TaskTableModel *model = ui().model();
        const int column = int(TaskTableModel::Column::TargetServer);
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            row = model->taskAt(r).targetServerId.isEmpty() ? -1 : r;
        QVERIFY2(row >= 0, "the sandbox serves target_server");
        const Task &t = model->taskAt(row);
        QVERIFY(t.targetServerName.endsWith(QLatin1String("-ecs")));
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Target server"));
        const QModelIndex cell = model->index(row, column);
        QCOMPARE(cell.data().toString(), t.targetServerName);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(t.targetServerName) && tip.contains(t.targetServerId), qPrintable(tip));
        // Shown at first, and in the header's menu of columns like every other.
        QHeaderView *header = ui().table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(column));
        Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = ui().table()->findChild<QMenu *>(QStringLiteral("columnMenu"))) && menu->isVisible());
        QAction *toggle = menuAction(menu, QStringLiteral("Target server"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(header->isSectionHidden(column));
        menu->close();
        header->setSectionHidden(column, false);
    }

    void theTargetServerIdsAreCopiedFromTheSelection()
    {
        TaskTableView *view = ui().table();
        QAction *copy = view->findChild<QAction *>(QStringLiteral("copyTargetIdsAction"));
        QVERIFY(copy);
        QCOMPARE(copy->text(), QStringLiteral("Copy &target ECS IDs"));
        // In the table's context menu, just below "Copy task IDs".
        const QList<QAction *> actions = view->actions();
        QCOMPARE(actions.indexOf(copy), actions.indexOf(ui().action("copyIdsAction")) + 1);
        view->clearSelection();
        QTest::qWait(0);
        QVERIFY(!copy->isEnabled());
        // Three tasks with a target and one without (it adds nothing), in the table's order.
        Task untargeted = ui().model()->taskById(ui().proxy()->index(1, 0).data(TaskTableModel::IdRole).toString())[0];
        untargeted.targetServerId.clear();
        untargeted.targetServerName.clear();
        ui().model()->upsert({ untargeted });
        QStringList expected;
        bool without = false;
        for (int r = 0; r < ui().proxy()->rowCount() && (expected.size() < 3 || !without); ++r) {
            const QModelIndex i = ui().proxy()->index(r, 0);
            const Task *t = ui().model()->taskById(i.data(TaskTableModel::IdRole).toString());
            if (t->targetServerId.isEmpty() ? without : expected.size() == 3)
                continue;
            without = without || t->targetServerId.isEmpty();
            if (!t->targetServerId.isEmpty())
                expected.append(t->targetServerId);
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QVERIFY(without);
        QCOMPARE(expected.size(), 3);
        QVERIFY(copy->isEnabled());
        QApplication::clipboard()->clear();
        QVERIFY(activateWindow());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), expected.join(u'\n'));
        view->clearSelection();
    }

    void sortingByTheTargetServerOrdersByItsName()
    {
        TaskTableView *view = ui().table();
        const int column = int(TaskTableModel::Column::TargetServer);
        QHeaderView *header = view->horizontalHeader();
        // A click on its header, as a user sorts; a second click turns the order round.
        view->scrollTo(ui().proxy()->index(0, column));
        auto clickHeader = [&] {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            QVERIFY(header->viewport()->rect().contains(at));
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        clickHeader();
        QCOMPARE(header->sortIndicatorSection(), column);
        auto inOrder = [&](Qt::SortOrder order) {
            for (int r = 1; r < ui().proxy()->rowCount(); ++r) {
                const QString a = ui().proxy()->index(r - 1, column).data().toString();
                const QString b = ui().proxy()->index(r, column).data().toString();
                if (order == Qt::AscendingOrder ? b < a : a < b)
                    return false;
            }
            return true;
        };
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QVERIFY(inOrder(first));
        clickHeader();
        QVERIFY(header->sortIndicatorOrder() != first);
        QVERIFY(inOrder(header->sortIndicatorOrder()));
        QVERIFY(ui().proxy()->index(0, column).data().toString()
                != ui().proxy()->index(ui().proxy()->rowCount() - 1, column).data().toString());
        view->sortByColumn(int(TaskTableModel::Column::Created), Qt::DescendingOrder);
    }

    void theCsvHoldsTheTargetServerAndItsId()
    {
        const QList<QStringList> rows = exportedCsv();
        QCOMPARE(rows.size(), ui().proxy()->rowCount() + 1);
        const int name = int(rows.first().indexOf(QStringLiteral("Target server")));
        QVERIFY(name >= 0);
        QCOMPARE(rows.first().value(name + 1), QStringLiteral("Target ECS ID")); // its own field, for scripts
        const int taskId = int(rows.first().indexOf(QStringLiteral("Task ID")));
        int withTarget = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).size(), rows.first().size());
            const Task *t = ui().model()->taskById(rows.at(r).at(taskId));
            QVERIFY(t);
            QCOMPARE(rows.at(r).at(name), t->targetServerName);
            QCOMPARE(rows.at(r).at(name + 1), t->targetServerId);
            withTarget += t->targetServerId.isEmpty() ? 0 : 1;
        }
        QVERIFY(withTarget > 0);
        // A hidden column leaves the CSV, with its id.
        ui().table()->horizontalHeader()->setSectionHidden(int(TaskTableModel::Column::TargetServer), true);
        const QStringList header = exportedCsv().value(0);
        ui().table()->horizontalHeader()->setSectionHidden(int(TaskTableModel::Column::TargetServer), false);
        QVERIFY(!header.isEmpty());
        QVERIFY(!header.contains(QStringLiteral("Target server")));
        QVERIFY(!header.contains(QStringLiteral("Target ECS ID")));
    }

    void theAgeFilterHidesNewerTasksAndCombinesWithTheOthers()
    {
        AgeFilter *age = ui().filterBar()->ageFilter();
        QVERIFY(age);
        QCOMPARE(age->value(), 0);
        QCOMPARE(age->text(), QStringLiteral("Any age"));
        QVERIFY(!age->accessibleName().isEmpty());
        QCOMPARE(QAccessible::queryAccessibleInterface(age)->text(QAccessible::Name), age->accessibleName());
        // Named on screen by the label beside it.
        bool labelled = false;
        for (QLabel *l : ui().filterBar()->findChildren<QLabel *>())
            labelled = labelled || (l->buddy() == age && l->text().contains(QLatin1String("Older than")));
        QVERIFY(labelled);
        const int all = ui().model()->rowCount();
        QCOMPARE(ui().proxy()->rowCount(), all);

        // The demo's tasks were created over 400 days: a cutoff in the middle of them.
        std::vector<qint64> created;
        for (int r = 0; r < all; ++r)
            created.push_back(ui().model()->taskAt(r).createdMs);
        std::sort(created.begin(), created.end());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int days = int((now - created[created.size() / 2]) / 86400000);
        QVERIFY(days > 0);
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(typeAge(days));
        int expected = -1;
        QTRY_VERIFY((expected = countOlderThan(days, from, QDateTime::currentMSecsSinceEpoch())) >= 0
                    && ui().proxy()->rowCount() == expected);
        QVERIFY2(expected > 0 && expected < all, qPrintable(QString::number(expected)));
        for (int row : shownRows())
            QVERIFY(ui().model()->taskAt(row).createdMs < now - qint64(days) * 86400000 + 60000);
        QVERIFY2(age->toolTip().contains(QLatin1String("created before")), qPrintable(age->toolTip()));

        // With a state filter: both must hold.
        ui().filterBar()->taskStateFilter()->setChosen({ QStringLiteral("MIGRATE_SUCCESS") });
        const QList<int> both = shownRows();
        QVERIFY(!both.isEmpty() && both.size() < expected);
        for (int row : both) {
            QCOMPARE(ui().model()->taskAt(row).state, QStringLiteral("MIGRATE_SUCCESS"));
            QVERIFY(ui().model()->taskAt(row).createdMs < now - qint64(days) * 86400000 + 60000);
        }
        // Esc in the box is any age again; the state filter stays.
        QTest::keyClick(age, Qt::Key_Escape);
        QCOMPARE(age->value(), 0);
        QTRY_COMPARE(ui().proxy()->rowCount(), countInStates({ QStringLiteral("MIGRATE_SUCCESS") }));
        QCOMPARE(ui().filterBar()->taskStateFilter()->chosen(), QStringList { QStringLiteral("MIGRATE_SUCCESS") });

        // Clear filters clears it with the rest, at once.
        QVERIFY(typeAge(days));
        QTRY_VERIFY(ui().proxy()->rowCount() < countInStates({ QStringLiteral("MIGRATE_SUCCESS") }));
        ui().filterBar()->clearFilters();
        QCOMPARE(age->value(), 0);
        QCOMPARE(ui().proxy()->rowCount(), all);
        QTest::qWait(FilterBar::SearchDelayMs * 2);
        QCOMPARE(ui().proxy()->rowCount(), all);
    }

    void theAgeFilterNeverMatchesAnUnknownDate()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        FilterBar bar(&proxy);
        const qint64 day = 86400000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Task> tasks;
        for (const auto &[id, created] :
             { std::pair { "new", now - 2 * day }, std::pair { "month", now - 31 * day },
               std::pair { "year", now - 400 * day }, std::pair { "unknown", qint64(0) } }) {
            Task t;
            t.id = QString::fromLatin1(id);
            t.name = QStringLiteral("db-") + t.id;
            t.state = QStringLiteral("MIGRATE_FAIL");
            t.sourceState = QStringLiteral("stopped");
            t.createdMs = created;
            tasks.append(t);
        }
        model.upsert(tasks);
        auto shown = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(TaskTableModel::IdRole).toString());
            ids.sort();
            return ids.join(u',');
        };
        QCOMPARE(shown(), QStringLiteral("month,new,unknown,year"));
        bar.ageFilter()->setValue(1);
        QTRY_COMPARE(shown(), QStringLiteral("month,new,year")); // unknown could be today's
        bar.ageFilter()->setValue(30);
        QTRY_COMPARE(shown(), QStringLiteral("month,year"));
        // Left on, an age counts from now, not from when it was set.
        auto *recount = bar.findChild<QTimer *>(QStringLiteral("ageRecountTimer"));
        QVERIFY(recount && recount->isActive());
        QCOMPARE(recount->interval(), FilterBar::AgeRecountMs);
        const qint64 cutoff = proxy.createdBefore();
        QVERIFY(qAbs(cutoff - (QDateTime::currentMSecsSinceEpoch() - 30 * day)) < 10000);
        recount->setInterval(5);
        QTRY_VERIFY(proxy.createdBefore() > cutoff);
        recount->setInterval(FilterBar::AgeRecountMs);
        bar.searchEdit()->setText(QStringLiteral("db-y"));
        QTRY_COMPARE(shown(), QStringLiteral("year"));
        bar.clearFilters();
        QCOMPARE(shown(), QStringLiteral("month,new,unknown,year"));
        QCOMPARE(bar.ageFilter()->value(), 0);
        QVERIFY(!recount->isActive());
    }

    void subtaskInfoAloneGivesTheNameAndTheProgress()
    {
        const Task t = Task::fromJson(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("x") },
                          { QStringLiteral("subtask_info"), QStringLiteral("MIGRATE_LINUX_FILE:45%") } });
        QCOMPARE(t.subtaskName, QStringLiteral("MIGRATE_LINUX_FILE"));
        QCOMPARE(t.progress, 45);
        // A sub-task with a progress but no name: the name comes from subtask_info, the progress stays.
        const Task both = Task::fromJson(QJsonObject {
            { QStringLiteral("sub_tasks"),
              QJsonArray { QJsonObject { { QStringLiteral("progress"), 30 }, { QStringLiteral("start_date"), 1 } } } },
            { QStringLiteral("subtask_info"), QStringLiteral("MIGRATE_LINUX_FILE:45%") } });
        QCOMPARE(both.subtaskName, QStringLiteral("MIGRATE_LINUX_FILE"));
        QCOMPARE(both.progress, 30);
        const Task odd
            = Task::fromJson(QJsonObject { { QStringLiteral("subtask_info"), QStringLiteral("copying: a lot%") } });
        QCOMPARE(odd.subtaskName, QStringLiteral("copying: a lot%"));
        QCOMPARE(odd.progress, -1);
    }
};

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
