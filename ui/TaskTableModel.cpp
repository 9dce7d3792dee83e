#include "ui/TaskTableModel.h"

#include "ops/ReleaseOnThreadPool.h"
#include "ui/TaskIcons.h"
#include "ui/TaskOrder.h"

#include <QScopeGuard>

#include <algorithm>

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &QTimer::timeout, this, &TaskTableModel::mergeNow);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == ExportExtraRole && Column(section) == Column::TargetServer)
        return tr("Target ECS ID");
    return role == Qt::DisplayRole ? QVariant(TaskRow::title(Column(section))) : QVariant();
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= size())
        return {};
    const Row &r = rowAt(index.row());
    const Column c = Column(index.column());
    if ((c == Column::Agent || c == Column::Classification) && agentPending(index.row()))
        return TaskRow::pendingAgent(role);
    switch (role) {
    case Qt::DisplayRole:
        return r.text(c);
    case IdRole:
        return r.task.id;
    case DeletabilityRole:
        return int(r.verdict.deletability);
    case Qt::ToolTipRole:
        return r.toolTip(c);
    case ExportRole:
        return r.exportText(c);
    case ExportExtraRole:
        return c == Column::TargetServer ? QVariant(r.task.targetServerId) : QVariant();
    case Qt::DecorationRole:
        if (c == Column::Classification)
            return TaskIcons::deletability(r.verdict.deletability);
        if (c == Column::TaskState)
            return TaskIcons::state(r.task.state);
        return {};
    default:
        return {};
    }
}

void TaskTableModel::upsert(const QList<Task> &tasks)
{
    // A refresh mostly brings unchanged tasks: signal only the rows that changed, in contiguous
    // runs, so a 50,000-row refresh does not make the sorting proxy re-sort row by row.
    QList<int> changed;
    QList<int> moved; // changed in the sorted column: they must find their place again
    QList<Row> added;
    QHash<QString, qsizetype> addedAt;
    for (const Task &t : tasks) {
        int slot = m_slotOf.value(t.id, -1);
        if (slot >= 0 && m_rowOfSlot[size_t(slot)] < 0)
            slot = -1; // removed, its id not yet out of the index (compact() pending)
        if (slot >= 0) {
            Row &old = m_store[size_t(slot)];
            if (!old.task.sameAs(t)) {
                const int at = m_rowOfSlot[size_t(slot)];
                Row row = TaskRow::from(t);
                const Column c = Column(m_sortColumn);
                if (m_sortColumn >= 0 && (TaskRow::lessThan(row, old, c) || TaskRow::lessThan(old, row, c)))
                    moved.append(at);
                old = std::move(row);
                changed.append(at);
            }
            old.listing = m_listing;
        } else if (const auto it = addedAt.constFind(t.id); it != addedAt.constEnd()) {
            added[*it] = TaskRow::from(t); // the same id twice in one batch: keep the newest
        } else {
            addedAt.insert(t.id, added.size());
            added.append(TaskRow::from(t));
        }
    }
    std::sort(changed.begin(), changed.end());
    const auto keepSorted = qScopeGuard([&] { scheduleMerge(moved, size() - int(added.size())); });
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), int(Column::Count) - 1));
        i = j + 1;
    }
    if (added.isEmpty())
        return;
    const int first = size();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Row &r : added) {
        r.listing = m_listing;
        const int slot = int(m_store.size());
        m_slotOf.insert(r.task.id, slot);
        m_rowOfSlot.push_back(size());
        m_order.push_back(slot);
        m_store.push_back(std::move(r));
    }
    endInsertRows();
}

void TaskTableModel::replaceAll(const QList<Task> &tasks)
{
    // A listing of its own: upsert stamps every row it brings, and the others go.
    beginListing();
    upsert(tasks);
    keepListed();
}

void TaskTableModel::setAgentsLoading(bool loading)
{
    if (m_agentsLoading == loading)
        return;
    m_agentsLoading = loading;
    if (size() == 0)
        return;
    for (const Column c : { Column::Agent, Column::Classification })
        Q_EMIT dataChanged(index(0, int(c)), index(size() - 1, int(c)));
}

void TaskTableModel::keepListed()
{
    QStringList gone;
    for (int slot : m_order) {
        if (m_store[size_t(slot)].listing != m_listing)
            gone.append(m_store[size_t(slot)].task.id);
    }
    removeIds(gone);
}

void TaskTableModel::removeIds(const QStringList &ids)
{
    mergeNow(); // the pending rows are numbered as they are now
    QList<int> rows;
    for (const QString &id : ids) {
        const int r = indexOf(id);
        if (r >= 0)
            rows.append(r);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) != rows.at(i - 1) - 1;
    if (runs > MaxRemovalRuns) {
        removeByReset(rows);
        return;
    }
    // Remove contiguous runs from the bottom up, one signal pair per run. The removed rows are
    // freed on the thread pool; when compact() follows (it builds the index anew, in a later turn),
    // their ids stay in the index meanwhile, pointing at emptied slots (indexOf() says -1): 40,000
    // rows freed, unhashed and compacted here took ~100 ms of a frozen window.
    const int remaining = size() - int(rows.size());
    const bool compacting = int(m_store.size()) - remaining > remaining;
    std::vector<Row> removed;
    removed.reserve(size_t(rows.size()));
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const int slot = m_order[size_t(r)];
            if (!compacting)
                m_slotOf.remove(m_store[size_t(slot)].task.id);
            removed.push_back(std::exchange(m_store[size_t(slot)], Row()));
            m_rowOfSlot[size_t(slot)] = -1;
        }
        m_order.erase(m_order.begin() + first, m_order.begin() + last + 1);
        renumber(first);
        endRemoveRows();
        ++i;
    }
    releaseOnThreadPool(std::move(removed));
    if (compacting) { // more empty slots than rows
        QTimer::singleShot(1, this, [this] {
            if (int(m_store.size()) - size() > size())
                compact();
        });
    }
}

void TaskTableModel::removeByReset(const QList<int> &rowsDescending)
{
    // Each removed run makes the sorting proxy remap all its rows and every persistent index (the
    // selection's) move: thousands of scattered runs cost minutes. One reset is linear; the view
    // keeps its selection, current row and scroll position across it by id (TaskTableView).
    beginResetModel();
    for (int r : rowsDescending)
        m_order[size_t(r)] = -1; // the removed rows go with the old store, in compact()
    m_order.erase(std::remove(m_order.begin(), m_order.end(), -1), m_order.end());
    compact();
    endResetModel();
}

void TaskTableModel::compact()
{
    std::deque<Row> store;
    for (int &slot : m_order) {
        store.push_back(std::move(m_store[size_t(slot)]));
        slot = int(store.size()) - 1;
    }
    // The removed rows (40,000 after a large delete: about a million strings) and the old index.
    releaseOnThreadPool(std::move(m_store), std::move(m_slotOf));
    m_store = std::move(store);
    m_rowOfSlot.assign(m_order.size(), 0);
    m_slotOf = {};
    m_slotOf.reserve(size());
    for (int r = 0; r < size(); ++r) {
        m_rowOfSlot[size_t(r)] = r;
        m_slotOf.insert(m_store[size_t(r)].task.id, r);
    }
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    m_mergeTimer.stop();
    m_pendingChanged.clear();
    m_firstUnsorted = -1;
    m_sortColumn = column >= 0 && column < int(Column::Count) ? column : -1;
    m_sortOrder = order;
    if (m_sortColumn < 0)
        return;
    std::vector<const TaskRow *> rows(m_order.size());
    for (size_t r = 0; r < rows.size(); ++r)
        rows[r] = &m_store[size_t(m_order[r])];
    applyOrder(TaskOrder::sorted(rows, Column(m_sortColumn), m_sortOrder));
}

bool TaskTableModel::rowBefore(int a, int b) const
{
    const Column c = Column(m_sortColumn);
    return m_sortOrder == Qt::AscendingOrder ? TaskRow::lessThan(rowAt(a), rowAt(b), c)
                                             : TaskRow::lessThan(rowAt(b), rowAt(a), c);
}

void TaskTableModel::scheduleMerge(const QList<int> &changed, int firstAdded)
{
    if (m_sortColumn < 0)
        return;
    // A merge is a layout change of every row (tens of ms at 50,000): pages arriving together
    // are merged together, at most one merge per MergeIntervalMs; until then they wait at the end.
    m_pendingChanged += changed;
    if (firstAdded < size() && m_firstUnsorted < 0)
        m_firstUnsorted = firstAdded;
    if (!m_sinceMerge.isValid() || m_sinceMerge.elapsed() >= MergeIntervalMs)
        mergeNow();
    else if (!m_mergeTimer.isActive())
        m_mergeTimer.start(int(MergeIntervalMs - m_sinceMerge.elapsed()));
}

void TaskTableModel::mergeNow()
{
    m_mergeTimer.stop();
    if (m_pendingChanged.isEmpty() && m_firstUnsorted < 0)
        return;
    const QList<int> changed = std::exchange(m_pendingChanged, {});
    const int firstAdded = std::exchange(m_firstUnsorted, -1);
    mergeIntoOrder(changed, firstAdded < 0 ? size() : firstAdded);
    m_sinceMerge.start();
}

void TaskTableModel::mergeIntoOrder(const QList<int> &changed, int firstAdded)
{
    // The rows are kept in the sort order here, not by a sorting proxy: it compares through
    // QModelIndex and virtual calls (5x slower), and inserts a page row by row. The changed and
    // the appended rows are sorted alone and merged with the rest: O(n + k log k), one layout change.
    if (m_sortColumn < 0 || (changed.isEmpty() && firstAdded >= size()))
        return;
    std::vector<bool> moving(m_order.size(), false);
    std::vector<int> moved;
    for (int r : changed)
        moving[size_t(r)] = true;
    for (int r = 0; r < size(); ++r) {
        if (r >= firstAdded)
            moving[size_t(r)] = true;
        if (moving[size_t(r)])
            moved.push_back(r);
    }
    std::vector<int> staying;
    staying.reserve(m_order.size() - moved.size());
    for (int r = 0; r < size(); ++r) {
        if (!moving[size_t(r)])
            staying.push_back(r);
    }
    const auto before = [this](int a, int b) { return rowBefore(a, b); };
    std::stable_sort(moved.begin(), moved.end(), before);
    std::vector<int> order;
    order.reserve(m_order.size());
    std::merge(staying.begin(), staying.end(), moved.begin(), moved.end(), std::back_inserter(order), before);
    applyOrder(order);
}

void TaskTableModel::applyOrder(const std::vector<int> &order)
{
    bool same = true;
    for (size_t i = 0; i < order.size() && same; ++i)
        same = order[i] == int(i);
    if (same)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRow(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        newRow[size_t(order[i])] = int(i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to.append(index(newRow[size_t(i.row())], i.column()));
    std::vector<int> newOrder(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        newOrder[i] = m_order[size_t(order[i])];
    m_order = std::move(newOrder);
    renumber(0);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskTableModel::clear()
{
    m_mergeTimer.stop();
    m_pendingChanged.clear();
    m_firstUnsorted = -1;
    beginResetModel();
    m_store.clear();
    m_order.clear();
    m_rowOfSlot.clear();
    m_slotOf.clear();
    endResetModel();
}

void TaskTableModel::renumber(int fromRow)
{
    for (int r = fromRow; r < size(); ++r)
        m_rowOfSlot[size_t(m_order[size_t(r)])] = r;
}

const Task *TaskTableModel::taskById(const QString &id) const
{
    const int slot = m_slotOf.value(id, -1);
    return slot < 0 || m_rowOfSlot[size_t(slot)] < 0 ? nullptr : &m_store[size_t(slot)].task;
}

QList<Task> TaskTableModel::tasks(const QStringList &ids) const
{
    QList<Task> out;
    for (const QString &id : ids) {
        if (const Task *t = taskById(id))
            out.append(*t);
    }
    return out;
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(size() - 1, int(Column::Count) - 1));
}
