#include "ui/TaskFilterProxy.h"

#include "ui/TaskTableModel.h"

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    refilter();
}

void TaskFilterProxy::setTaskStates(const QStringList &rawStates)
{
    if (rawStates == m_taskStates)
        return;
    m_taskStates = rawStates;
    refilter();
}

void TaskFilterProxy::setSourceStates(const QStringList &rawStates)
{
    if (rawStates == m_sourceStates)
        return;
    m_sourceStates = rawStates;
    refilter();
}

void TaskFilterProxy::setDeletabilities(const QList<Deletability> &kinds)
{
    quint32 mask = 0;
    for (Deletability d : kinds)
        mask |= 1u << int(d);
    if (mask == m_deletabilityMask)
        return;
    m_deletabilityMask = mask;
    refilter();
}

void TaskFilterProxy::setCreatedBefore(qint64 epochMs)
{
    epochMs = qMax<qint64>(epochMs, 0);
    if (epochMs == m_createdBefore)
        return;
    m_createdBefore = epochMs;
    refilter();
}

void TaskFilterProxy::refilter()
{
    // The rows a filter hides or shows are scattered: invalidateFilter() removes and inserts them
    // run by run, and every run remaps all rows and the selection (typing "d" into 50,000 rows
    // froze the window for a second). One reset is linear; the view keeps the selection, the
    // current row and the scroll position across it by task id (TaskTableView).
    beginResetModel();
    endResetModel();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const TaskTableModel *>(sourceModel());
    const Task &t = model->taskAt(sourceRow);
    if (m_createdBefore > 0 && (t.createdMs <= 0 || t.createdMs >= m_createdBefore))
        return false; // an unknown date (0) is never old enough: it could be yesterday's task
    if (!m_taskStates.isEmpty() && !m_taskStates.contains(t.state, Qt::CaseInsensitive))
        return false;
    if (!m_sourceStates.isEmpty() && !m_sourceStates.contains(t.sourceState, Qt::CaseInsensitive))
        return false;
    if (m_deletabilityMask != 0 && !(m_deletabilityMask & (1u << int(model->verdictAt(sourceRow).deletability))))
        return false;
    return m_search.isEmpty() || model->matches(sourceRow, m_search);
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    // Never QSortFilterProxyModel's own sort: the model orders its rows (5x faster, and pages are
    // merged into the order instead of inserted row by row); this proxy passes its order through.
    if (sourceModel())
        sourceModel()->sort(column, order);
}
