#include "ui/TaskTableView.h"

#include "ui/TaskTableModel.h"

#include <QHeaderView>
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
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &TaskTableView::showColumnMenu);
}

QStringList TaskTableView::selectedIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &i : rows)
        ids.append(i.data(TaskTableModel::IdRole).toString());
    return ids;
}

int TaskTableView::selectedCount() const
{
    return selectionModel() ? int(selectionModel()->selectedRows().size()) : 0;
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
