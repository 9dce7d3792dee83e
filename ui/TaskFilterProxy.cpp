#include "ui/TaskFilterProxy.h"

#include "ui/TaskTableModel.h"

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::RawRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void TaskFilterProxy::setTaskState(const QString &rawState)
{
    m_taskState = rawState;
    invalidateFilter();
}

void TaskFilterProxy::setSourceState(const QString &rawState)
{
    m_sourceState = rawState;
    invalidateFilter();
}

void TaskFilterProxy::setDeletability(int deletability)
{
    m_deletability = deletability;
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const TaskTableModel *>(sourceModel());
    const Task &t = model->taskAt(sourceRow);
    if (!m_taskState.isEmpty() && t.state.compare(m_taskState, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_sourceState.isEmpty() && t.sourceState.compare(m_sourceState, Qt::CaseInsensitive) != 0)
        return false;
    if (m_deletability >= 0 && int(model->verdictAt(sourceRow).deletability) != m_deletability)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *field : { &t.name, &t.id, &t.sourceName, &t.sourceIp }) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(TaskTableModel::RawRole);
    const QVariant r = right.data(TaskTableModel::RawRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Stable tie-break on the task id so equal keys keep a fixed order.
    return left.data(TaskTableModel::IdRole).toString() < right.data(TaskTableModel::IdRole).toString();
}
