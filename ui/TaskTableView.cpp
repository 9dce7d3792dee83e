#include "ui/TaskTableView.h"

#include "ui/TaskItemDelegate.h"
#include "ui/TaskTableModel.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>

TaskTableView::TaskTableView(QWidget *parent)
    : QTableView(parent)
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

QString TaskTableView::idAt(int row) const
{
    // Straight from the task model when the view shows it (through a proxy): 41,000 ids read
    // through data() and QVariant took ~20 ms of a delete's last turn.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const auto *tasks = qobject_cast<const TaskTableModel *>(proxy ? proxy->sourceModel() : model());
    if (!tasks)
        return model()->index(row, 0).data(TaskTableModel::IdRole).toString();
    const int taskRow = proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row;
    return taskRow < 0 ? QString() : tasks->taskAt(taskRow).id;
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
