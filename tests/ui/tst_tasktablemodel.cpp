#include "ui/TaskFilterProxy.h"
#include "ui/TaskTableModel.h"
#include "ui/TaskTableView.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

class tst_TaskTableModel : public QObject
{
    Q_OBJECT

private:
    static Task task(const QString &id, const QString &state, const QString &sourceState, qint64 created,
                     std::optional<bool> connected = true)
    {
        Task t;
        t.id = id;
        t.name = QStringLiteral("task-") + id;
        t.state = state;
        t.sourceState = sourceState;
        t.createdMs = created;
        t.connected = connected;
        t.sourceName = QStringLiteral("host-") + id;
        t.sourceIp = QStringLiteral("10.0.0.") + id;
        return t;
    }
    static QList<Task> five()
    {
        return { task(QStringLiteral("1"), QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"), 5000),
                 task(QStringLiteral("2"), QStringLiteral("RUNNING"), QStringLiteral("replicate"), 1000),
                 task(QStringLiteral("3"), QStringLiteral("ABORT"), QStringLiteral("stopped"), 3000),
                 task(QStringLiteral("4"), QStringLiteral("MIGRATE_FAIL"), QStringLiteral("error"), 2000, std::nullopt),
                 task(QStringLiteral("5"), QStringLiteral("READY"), QStringLiteral("cleared"), 4000) };
    }
    static QStringList selectedIds(QTableView &view)
    {
        QStringList ids;
        for (const QModelIndex &i : view.selectionModel()->selectedRows())
            ids.append(i.data(TaskTableModel::IdRole).toString());
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void modelTesterPassesThroughUpdates()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(five().mid(0, 2));
        model.upsert(five());
        QCOMPARE(model.rowCount(), 5);
        QList<Task> changed = five();
        changed[0].state = QStringLiteral("DELETING");
        changed.removeAt(2);
        model.replaceAll(changed);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.indexOf(QStringLiteral("3")), -1);
        QCOMPARE(model.taskById(QStringLiteral("1"))->state, QStringLiteral("DELETING"));
        model.removeIds({ QStringLiteral("1"), QStringLiteral("5") });
        QCOMPARE(model.rowCount(), 2);
        model.retranslate();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshKeepsTheSelection()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        model.replaceAll(five());
        for (const QString &id : { QStringLiteral("2"), QStringLiteral("4") }) {
            const QModelIndex src = model.index(model.indexOf(id), 0);
            view.selectionModel()->select(proxy.mapFromSource(src),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QList<Task> refreshed = five();
        refreshed[1].state = QStringLiteral("ABORTING");
        refreshed.removeAt(0); // task 1 vanished
        refreshed.append(task(QStringLiteral("6"), QStringLiteral("READY"), QStringLiteral("waiting"), 6000));
        model.replaceAll(refreshed);
        QCOMPARE(selectedIds(view), (QStringList { QStringLiteral("2"), QStringLiteral("4") }));
        QCOMPARE(model.rowCount(), 5);
    }

    void anUnchangedRefreshSignalsNothing()
    {
        TaskTableModel model;
        model.replaceAll(five());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.replaceAll(five());
        QCOMPARE(changed.size(), 0);
        QList<Task> two = five();
        two[1].state = QStringLiteral("ABORTING");
        two[2].progress = 50;
        model.replaceAll(two);
        QCOMPARE(changed.size(), 1); // rows 1 and 2 in one run
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    }

    void sortsOnRawValuesNotText()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.replaceAll(five());
        proxy.sort(int(TaskTableModel::Column::Created), Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order.append(proxy.index(r, 0).data(TaskTableModel::IdRole).toString());
        QCOMPARE(order,
                 (QStringList { QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("5"),
                                QStringLiteral("1") }));
        // Task states sort in a sensible order: running first.
        proxy.sort(int(TaskTableModel::Column::TaskState), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TaskTableModel::IdRole).toString(), QStringLiteral("2"));
    }

    void filtersBySearchStateAndClassification()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.replaceAll(five());
        proxy.setSearchText(QStringLiteral("10.0.0.3"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("HOST-"));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setSearchText(QString());
        proxy.setDeletabilities({ Deletability::Blocked });
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setDeletabilities({ Deletability::Uncertain });
        QCOMPARE(proxy.rowCount(), 1); // "cleared" with a connected Agent
        proxy.setDeletabilities({});
        proxy.setTaskStates({ QStringLiteral("ABORT") });
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTaskStates({});
        proxy.setSourceStates({ QStringLiteral("error") });
        QCOMPARE(proxy.rowCount(), 1);
    }

    void aFilterChangeIsOneLayoutChangeAndKeepsTheSelection()
    {
        // Rows a filter hides are scattered: removed run by run, every run made the view and the
        // selection remap (typing "d" into 50,000 rows froze the window for a second). One reset
        // instead, and the shown rows stay selected (the view keeps them by id).
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Task> tasks;
        for (int i = 0; i < 2000; ++i) {
            Task t = task(QString::number(10000 + i), QStringLiteral("READY"), QStringLiteral("stopped"), i);
            t.name = i % 2 ? QStringLiteral("web-%1").arg(i) : QStringLiteral("db-%1").arg(i);
            tasks.append(t);
        }
        model.upsert(tasks);
        TaskTableView view;
        view.setModel(&proxy);
        view.selectAll();
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&proxy, &QAbstractItemModel::modelReset);
        proxy.setSearchText(QStringLiteral("db-"));
        QCOMPARE(proxy.rowCount(), 1000);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 1);
        const QStringList selected = view.selectedIds();
        QCOMPARE(selected.size(), 1000);
        for (const QString &id : selected)
            QVERIFY(model.taskById(id)->name.startsWith(u"db-"));
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 2000);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(layout.count(), 2);
        QCOMPARE(view.selectedIds().size(), 1000); // the rows shown again were not selected
    }

    void aLargeScatteredRemovalIsOneResetAndKeepsTheView()
    {
        // A delete of most of a big table removes thousands of scattered rows: one reset instead
        // of a removal per run (each of which remaps the proxy and every selected index), and the
        // user's selection, current row and scroll position survive it.
        TaskTableModel model;
        QList<Task> tasks;
        for (int i = 0; i < 2000; ++i)
            tasks.append(task(QString::number(10000 + i), QStringLiteral("MIGRATE_SUCCESS"), QStringLiteral("finished"),
                              1000 + i));
        model.upsert(tasks);
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskTableView view;
        view.setModel(&proxy);
        view.resize(800, 400);
        view.sortByColumn(int(TaskTableModel::Column::Created), Qt::AscendingOrder);
        view.show();
        view.selectAll();
        const QModelIndex current = proxy.index(1501, 0); // id 11501: kept (odd)
        view.selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        view.scrollTo(proxy.index(1201, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(view.indexAt(QPoint(0, 0)).data(TaskTableModel::IdRole).toString(), QStringLiteral("11201"));

        QStringList even;
        for (int i = 0; i < 2000; i += 2)
            even.append(QString::number(10000 + i));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.removeIds(even);
        QVERIFY(removed.count() + reset.count() <= TaskTableModel::MaxRemovalRuns);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(proxy.rowCount(), 1000);
        QVERIFY(!model.taskById(QStringLiteral("10000")));
        QCOMPARE(model.taskById(QStringLiteral("11999"))->name, QStringLiteral("task-11999"));
        QCOMPARE(view.selectedCount(), 1000);
        QCOMPARE(view.currentIndex().data(TaskTableModel::IdRole).toString(), QStringLiteral("11501"));
        QCOMPARE(view.indexAt(QPoint(0, 0)).data(TaskTableModel::IdRole).toString(), QStringLiteral("11201"));
        // Rows still map to their ids after the compaction.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.indexOf(model.taskAt(r).id), r);

        // A few runs stay in place (no reset): the selection is the view's own business then.
        view.clearSelection();
        view.selectRow(0);
        model.removeIds({ QStringLiteral("11999"), QStringLiteral("11997") });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 998);
        QCOMPARE(view.selectedIds(), QStringList { QStringLiteral("10001") });
    }

    void selectedIdsOfAFragmentedSelectionMatchQt()
    {
        // The view reads a selection of thousands of ranges itself (selectedRows() is quadratic in
        // them): the ids must be exactly Qt's, each once, also for overlapping and partial ranges.
        TaskTableModel model;
        QList<Task> tasks;
        for (int i = 0; i < 300; ++i)
            tasks.append(task(QString::number(1000 + i), QStringLiteral("READY"), QStringLiteral("stopped"), i));
        model.upsert(tasks);
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        TaskTableView view;
        view.setModel(&proxy);
        QItemSelection selection;
        const int last = proxy.columnCount() - 1;
        for (int r = 0; r < 300; r += 3)
            selection.select(proxy.index(r, 0), proxy.index(r, last));
        view.selectionModel()->select(selection, QItemSelectionModel::Select);
        view.selectionModel()->select(QItemSelection(proxy.index(10, 0), proxy.index(40, last)),
                                      QItemSelectionModel::Select); // overlaps some of the above
        view.selectionModel()->select(QItemSelection(proxy.index(200, 0), proxy.index(210, 2)),
                                      QItemSelectionModel::Select); // not whole rows: not selected rows
        QStringList ours = view.selectedIds();
        const int count = view.selectedCount();
        ours.sort();
        QCOMPARE(ours, selectedIds(view));
        QCOMPARE(count, int(ours.size()));
        QCOMPARE(QSet<QString>(ours.cbegin(), ours.cend()).size(), ours.size());
    }

    void keepsItsSortOrderAsPagesArriveAndRowsChange()
    {
        // The model sorts its rows itself: pages arriving in any order are merged into the sort
        // order, a changed row moves to its place, and the selection follows its rows throughout.
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskTableView view;
        view.setModel(&proxy);
        view.sortByColumn(int(TaskTableModel::Column::Created), Qt::DescendingOrder);
        const auto createdInOrder = [&] {
            QList<qint64> created;
            for (int r = 0; r < proxy.rowCount(); ++r)
                created.append(model.taskById(proxy.index(r, 0).data(TaskTableModel::IdRole).toString())->createdMs);
            return std::is_sorted(created.crbegin(), created.crend());
        };
        QList<Task> all;
        for (int i = 0; i < 600; ++i)
            all.append(task(QString::number(5000 + i), QStringLiteral("READY"), QStringLiteral("stopped"),
                            (i * 7919) % 1000 + 1));
        model.upsert(all.mid(200, 200));
        QVERIFY(createdInOrder());
        view.selectRow(3);
        view.selectionModel()->select(proxy.index(150, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QStringList selected = view.selectedIds();
        selected.sort();
        model.upsert(all.mid(400, 200));
        model.upsert(all.mid(0, 200)); // within MergeIntervalMs: merged together, a moment later
        QCOMPARE(model.rowCount(), 600);
        QTRY_VERIFY(createdInOrder());
        QCOMPARE(selectedIds(view), selected);

        Task moved = all.at(10);
        moved.createdMs = 5000; // now the newest: first row
        model.upsert({ moved });
        QTRY_COMPARE(proxy.index(0, 0).data(TaskTableModel::IdRole).toString(), moved.id);
        QVERIFY(createdInOrder());
        QCOMPARE(selectedIds(view), selected);

        view.sortByColumn(int(TaskTableModel::Column::Name), Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, 0).data().toString() <= proxy.index(r, 0).data().toString());
        QCOMPARE(selectedIds(view), selected);
    }

    void everyColumnSortsInItsOrderBothWays()
    {
        // The sort compares 64-bit keys first (the rank of the value, then the id's first five
        // characters): the result must be exactly the order of TaskRow::lessThan, ties and all, in
        // both directions — shared prefixes, non-ASCII text, empty and equal values included.
        const QStringList names { QStringLiteral("db-mysql-01"), QStringLiteral("db-mysql-02"),
                                  QStringLiteral("db"),          QString(),
                                  QStringLiteral("数据库-01"),   QStringLiteral("Ab"),
                                  QStringLiteral("ab"),          QStringLiteral("db-mysql-01"),
                                  QString(70, u'x') + u'b',      QString(70, u'x') + u'a',
                                  QStringLiteral("12345678"),    QStringLiteral("12345678a"),
                                  QStringLiteral("a\u00fd"),     QStringLiteral("a\u00fe"),
                                  QStringLiteral("a\u00ff"),     QStringLiteral("a\u0100") };
        QList<Task> tasks;
        for (int i = 0; i < 400; ++i) {
            Task t = task(QString::number(100000 + (i * 7919) % 400), QStringLiteral("READY"),
                          i % 3 ? QStringLiteral("stopped") : QStringLiteral("replicate"), (i * 31) % 50,
                          i % 4 == 0 ? std::optional<bool>() : std::optional<bool>(i % 2 == 0));
            t.name = names.at(i % names.size());
            t.state = i % 5 ? QStringLiteral("MIGRATE_SUCCESS") : QStringLiteral("RUNNING");
            t.type = i % 2 ? QStringLiteral("MIGRATE_FILE") : QStringLiteral("MIGRATE_BLOCK");
            t.osType = i % 3 ? QStringLiteral("LINUX") : QStringLiteral("WINDOWS");
            t.sourceName = names.at((i / 3) % names.size());
            t.progress = i % 7 - 1;
            t.estimateCompleteMs = -(i % 9);
            t.targetServerName = i % 6 ? names.at((i / 5) % names.size()) : QString();
            t.targetServerId = i % 4 ? QStringLiteral("g-%1").arg(i % 11) : QString(); // named by its id alone
            tasks.append(t);
        }
        TaskTableModel model;
        model.upsert(tasks);
        QList<TaskRow> rows;
        for (const Task &t : tasks)
            rows.append(TaskRow::from(t));
        for (int c = 0; c < int(TaskColumn::Count); ++c) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                model.sort(c, order);
                QList<TaskRow> expected = rows;
                std::stable_sort(expected.begin(), expected.end(), [&](const TaskRow &a, const TaskRow &b) {
                    return order == Qt::AscendingOrder ? TaskRow::lessThan(a, b, TaskColumn(c))
                                                       : TaskRow::lessThan(b, a, TaskColumn(c));
                });
                for (int r = 0; r < model.rowCount(); ++r)
                    QCOMPARE(model.taskAt(r).id, expected.at(r).task.id);
            }
        }
    }

    void theTargetServerColumnSortsByItsName()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Task> tasks = five();
        const QStringList targets { QStringLiteral("web-ecs"), QString(), QStringLiteral("app-ecs"),
                                    QStringLiteral("db-ecs"), QStringLiteral("app-ecs") };
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            tasks[i].targetServerName = targets.at(i);
            tasks[i].targetServerId = targets.at(i).isEmpty() ? QString() : QStringLiteral("g-") + tasks[i].id;
        }
        model.replaceAll(tasks);
        const int column = int(TaskTableModel::Column::TargetServer);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Target server"));
        auto order = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(TaskTableModel::IdRole).toString());
            return ids.join(u',');
        };
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(order(), QStringLiteral("2,3,5,4,1")); // no target first; equal names by task id
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(order(), QStringLiteral("1,4,5,3,2"));
        const QModelIndex web = model.index(model.indexOf(QStringLiteral("1")), column);
        QCOMPARE(web.data().toString(), QStringLiteral("web-ecs"));
        QCOMPARE(web.data(Qt::ToolTipRole).toString(), QStringLiteral("web-ecs\nTarget ECS ID: g-1"));
        QCOMPARE(web.data(TaskTableModel::ExportRole).toString(), QStringLiteral("web-ecs"));
        QCOMPARE(web.data(TaskTableModel::ExportExtraRole).toString(), QStringLiteral("g-1"));
        QCOMPARE(model.headerData(column, Qt::Horizontal, TaskTableModel::ExportExtraRole).toString(),
                 QStringLiteral("Target ECS ID"));
        const QModelIndex none = model.index(model.indexOf(QStringLiteral("2")), column);
        QCOMPARE(none.data().toString(), QString());
        QCOMPARE(none.data(Qt::ToolTipRole).toString(), QString());
        // A target without a name shows (and sorts by) its id.
        Task unnamed = tasks.at(1);
        unnamed.targetServerId = QStringLiteral("g-2");
        model.upsert({ unnamed });
        const QModelIndex byId = model.index(model.indexOf(QStringLiteral("2")), column);
        QCOMPARE(byId.data().toString(), QStringLiteral("g-2"));
        QCOMPARE(byId.data(Qt::ToolTipRole).toString(), QStringLiteral("Target ECS ID: g-2"));
    }

    void aLayoutSavedBeforeTheTargetColumnStillRestores()
    {
        // Saved by a version whose last column was Deletion: every column keeps its own settings
        // and the new one comes, shown, at the end.
        const int before = int(TaskTableModel::Column::TargetServer);
        QStandardItemModel old(0, before);
        QTableView oldView;
        oldView.setModel(&old);
        oldView.horizontalHeader()->setSectionHidden(int(TaskTableModel::Column::Type), true);
        oldView.horizontalHeader()->resizeSection(int(TaskTableModel::Column::Name), 321);
        oldView.horizontalHeader()->moveSection(int(TaskTableModel::Column::Created), 0);
        const QByteArray saved = oldView.horizontalHeader()->saveState();

        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        TaskTableView view;
        view.setModel(&proxy);
        view.applyDefaultLayout();
        view.restoreLayout(saved);
        QHeaderView *header = view.horizontalHeader();
        QVERIFY(header->isSectionHidden(int(TaskTableModel::Column::Type)));
        QCOMPARE(header->sectionSize(int(TaskTableModel::Column::Name)), 321);
        QCOMPARE(header->visualIndex(int(TaskTableModel::Column::Created)), 0);
        QVERIFY(!header->isSectionHidden(before));
        QVERIFY(header->sectionSize(before) > 0);
        QCOMPARE(header->visualIndex(before), before);
    }

    void theAgeFilterKeepsOnlyOlderDatedTasks()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Task> tasks = five(); // created at 1000 … 5000
        tasks.append(task(QStringLiteral("6"), QStringLiteral("MIGRATE_FAIL"), QStringLiteral("error"), 0)); // unknown
        model.replaceAll(tasks);
        auto shown = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(TaskTableModel::IdRole).toString());
            ids.sort();
            return ids.join(u',');
        };
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.setCreatedBefore(3000);
        QCOMPARE(shown(), QStringLiteral("2,4")); // strictly before; the undated one never
        QCOMPARE(resets.size(), 1); // one reset per change, none for the same value again
        proxy.setCreatedBefore(3000);
        QCOMPARE(resets.size(), 1);
        proxy.setTaskStates({ QStringLiteral("MIGRATE_FAIL") });
        QCOMPARE(shown(), QStringLiteral("4"));
        proxy.setTaskStates({});
        proxy.setCreatedBefore(1000000);
        QCOMPARE(shown(), QStringLiteral("1,2,3,4,5"));
        proxy.setCreatedBefore(0);
        QCOMPARE(shown(), QStringLiteral("1,2,3,4,5,6"));
        proxy.setCreatedBefore(-5); // off, like 0
        QCOMPARE(proxy.createdBefore(), 0);
    }

    void rowsRemovedInRunsLeaveEveryIdFindable()
    {
        // Rows live in slots; removed runs leave empty slots until they outnumber the rows. After
        // every removal and addition each id must still lead to its own row.
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Task> tasks;
        for (int i = 0; i < 60; ++i)
            tasks.append(task(QString::number(1000 + i), QStringLiteral("READY"), QStringLiteral("stopped"), i));
        model.upsert(tasks);
        model.sort(int(TaskColumn::Created), Qt::DescendingOrder);
        QStringList alive;
        for (const Task &t : tasks)
            alive.append(t.id);
        for (int round = 0; round < 6; ++round) {
            QStringList gone;
            for (int i = round % 3; i < alive.size(); i += 5)
                gone.append(alive.at(i));
            model.removeIds(gone);
            for (const QString &id : gone)
                alive.removeOne(id);
            QList<Task> more;
            for (int i = 0; i < 3; ++i) {
                more.append(task(QString::number(5000 + round * 10 + i), QStringLiteral("RUNNING"),
                                 QStringLiteral("syncing"), 100 + round * 10 + i));
                alive.append(more.last().id);
            }
            model.upsert(more);
            QCOMPARE(model.rowCount(), int(alive.size()));
            for (const QString &id : gone) {
                QCOMPARE(model.indexOf(id), -1);
                QVERIFY(!model.taskById(id));
            }
            for (const QString &id : std::as_const(alive)) {
                const int row = model.indexOf(id);
                QVERIFY2(row >= 0, qPrintable(id));
                QCOMPARE(model.taskAt(row).id, id);
                QCOMPARE(model.taskById(id)->id, id);
            }
        }
    }
};

QTEST_MAIN(tst_TaskTableModel)
#include "tst_tasktablemodel.moc"
