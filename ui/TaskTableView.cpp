#include "ui/TaskTableView.h"

#include "model/Task.h"
#include "ui/TaskItemDelegate.h"
#include "ui/TaskTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>

#include <algorithm>

TaskTableView::TaskTableView(QWidget *parent)
    : QTableView(parent)
    , m_copyTargetIds(new QAction(this))
{
    setObjectName(QStringLiteral("taskTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setItemDelegate(new TaskItemDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &TaskTableView::showColumnMenu);

    m_copyTargetIds->setObjectName(QStringLiteral("copyTargetIdsAction"));
    m_copyTargetIds->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTargetIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyTargetIds->setEnabled(false);
    connect(m_copyTargetIds, &QAction::triggered, this, [this] {
        const QStringList ids = selectedTargetIds();
        if (!ids.isEmpty())
            QApplication::clipboard()->setText(ids.join(u'\n'));
    });
    addAction(m_copyTargetIds);
    retranslate();
}

void TaskTableView::actionEvent(QActionEvent *event)
{
    QTableView::actionEvent(event);
    // The owner adds the table's other actions later: this one moves along at the end until it
    // follows "Copy task IDs", so the context menu keeps the owner's order with it beside its kin.
    if (event->type() != QEvent::ActionAdded || event->action() == m_copyTargetIds || m_copyTargetIdsPlaced)
        return;
    m_copyTargetIdsPlaced = event->action()->objectName() == u"copyIdsAction";
    removeAction(m_copyTargetIds);
    addAction(m_copyTargetIds);
}

void TaskTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableView::changeEvent(event);
}

void TaskTableView::retranslate()
{
    m_copyTargetIds->setText(tr("Copy &target ECS IDs"));
}

QList<int> TaskTableView::selectedRowNumbers() const
{
    // QItemSelectionModel::selectedRows() asks isRowSelected() — a walk over every range — for each
    // row: with 41,000 rows selected in thousands of ranges (a sorted, filtered table), seconds.
    // Rows are selected whole here, so a row is selected when a full-width range covers it.
    QList<int> rows;
    if (!selectionModel() || !model())
        return rows;
    const int lastColumn = model()->columnCount() - 1;
    std::vector<bool> seen(size_t(model()->rowCount()), false);
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        const bool fullWidth = range.left() == 0 && range.right() == lastColumn;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (row < 0 || size_t(row) >= seen.size() || seen[size_t(row)])
                continue;
            if (fullWidth || selectionModel()->isRowSelected(row)) {
                seen[size_t(row)] = true;
                rows.append(row);
            }
        }
    }
    return rows;
}

const Task *TaskTableView::taskAt(int row) const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const auto *tasks = qobject_cast<const TaskTableModel *>(proxy ? proxy->sourceModel() : model());
    if (!tasks)
        return nullptr;
    const int taskRow = proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row;
    return taskRow < 0 ? nullptr : &tasks->taskAt(taskRow);
}

QString TaskTableView::idAt(int row) const
{
    // Straight from the task model when the view shows it (through a proxy): 41,000 ids read
    // through data() and QVariant took ~20 ms of a delete's last turn.
    if (const Task *t = taskAt(row))
        return t->id;
    return model()->index(row, 0).data(TaskTableModel::IdRole).toString();
}

QStringList TaskTableView::selectedIds() const
{
    QStringList ids;
    const QList<int> rows = selectedRowNumbers();
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(idAt(row));
    return ids;
}

QStringList TaskTableView::selectedTargetIds() const
{
    QList<int> rows = selectedRowNumbers();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    QSet<QString> seen; // tasks migrated to one target give it once
    for (int row : rows) {
        const Task *t = taskAt(row);
        if (t && !t->targetServerId.isEmpty() && !seen.contains(t->targetServerId)) {
            seen.insert(t->targetServerId);
            ids.append(t->targetServerId);
        }
    }
    return ids;
}

int TaskTableView::selectedCount() const
{
    return int(selectedRowNumbers().size());
}

void TaskTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // The selection model clears itself on modelReset (connected before us, so it runs first):
    // the selection is read on modelAboutToBeReset and put back after the reset.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TaskTableView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &TaskTableView::restoreSelection);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyTargetIds->setEnabled(selectionModel()->hasSelection()); });
}

void TaskTableView::rememberSelection()
{
    const QStringList ids = selectedIds();
    m_keptSelection = QSet<QString>(ids.cbegin(), ids.cend());
    m_keptCurrent = currentIndex().data(TaskTableModel::IdRole).toString();
    m_keptTop = indexAt(QPoint(0, 0)).data(TaskTableModel::IdRole).toString();
}

void TaskTableView::restoreSelection()
{
    if (m_keptSelection.isEmpty() && m_keptCurrent.isEmpty() && m_keptTop.isEmpty())
        return;
    // One pass over the rows, the kept ones merged into contiguous ranges, one select() call.
    QItemSelection selection;
    QModelIndex current;
    QModelIndex top;
    const int rows = model()->rowCount();
    const int lastColumn = model()->columnCount() - 1;
    int runStart = -1;
    for (int r = 0; r <= rows; ++r) {
        bool kept = false;
        if (r < rows) {
            const QString id = idAt(r);
            kept = m_keptSelection.contains(id);
            if (id == m_keptCurrent)
                current = model()->index(r, 0);
            if (id == m_keptTop)
                top = model()->index(r, 0);
        }
        if (kept && runStart < 0)
            runStart = r;
        if (!kept && runStart >= 0) {
            selection.select(model()->index(runStart, 0), model()->index(r - 1, lastColumn));
            runStart = -1;
        }
    }
    m_keptSelection.clear();
    m_keptCurrent.clear();
    m_keptTop.clear();
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (top.isValid())
        scrollTo(top, QAbstractItemView::PositionAtTop);
}

void TaskTableView::applyDefaultLayout()
{
    using C = TaskTableModel::Column;
    const std::pair<C, int> widths[] = { { C::Name, 190 },
                                         { C::Id, 100 },
                                         { C::TaskState, 175 },
                                         { C::Source, 210 },
                                         { C::SourceState, 175 },
                                         { C::Agent, 100 },
                                         { C::Classification, 110 },
                                         { C::Progress, 150 },
                                         { C::Created, 130 },
                                         { C::TargetServer, 170 },
                                         { C::Os, 110 },
                                         { C::Type, 60 },
                                         { C::EstimatedCompletion, 130 },
                                         { C::EnterpriseProject, 120 } };
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < int(std::size(widths)); ++visual) {
        const int logical = int(widths[visual].first);
        header->moveSection(header->visualIndex(logical), visual);
        setColumnWidth(logical, widths[visual].second);
    }
    header->setSectionHidden(int(C::EstimatedCompletion), true);
    header->setSectionHidden(int(C::EnterpriseProject), true);
    sortByColumn(int(C::Created), Qt::DescendingOrder);
}

QByteArray TaskTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

void TaskTableView::restoreLayout(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (header->restoreState(state))
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void TaskTableView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *a = menu->addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // Never hide the last visible column: the table would become unusable.
        a->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}
