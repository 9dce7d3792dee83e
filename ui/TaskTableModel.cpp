#include "ui/TaskTableModel.h"

#include "ui/TaskIcons.h"

#include "model/SourceState.h"
#include "model/TaskState.h"
#include "model/TaskText.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    return TaskRow::title(Column(section));
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Column c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return r.text(c);
    case IdRole:
        return r.task.id;
    case DeletabilityRole:
        return int(r.verdict.deletability);
    case Qt::ToolTipRole:
        if (c == Column::Classification)
            return DeletionRule::explain(r.verdict);
        if (c == Column::SourceState || c == Column::TaskState)
            return c == Column::SourceState ? r.task.sourceState : r.task.state;
        return r.text(c);
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
        const int at = m_rowOf.value(t.id, -1);
        if (at >= 0) {
            if (!m_rows.at(at).task.sameAs(t)) {
                Row row = TaskRow::from(t);
                const Column c = Column(m_sortColumn);
                if (m_sortColumn >= 0
                    && (TaskRow::lessThan(row, m_rows.at(at), c) || TaskRow::lessThan(m_rows.at(at), row, c)))
                    moved.append(at);
                m_rows[at] = std::move(row);
                changed.append(at);
            }
        } else if (const auto it = addedAt.constFind(t.id); it != addedAt.constEnd()) {
            added[*it] = TaskRow::from(t); // the same id twice in one batch: keep the newest
        } else {
            addedAt.insert(t.id, added.size());
            added.append(TaskRow::from(t));
        }
    }
    std::sort(changed.begin(), changed.end());
    const auto keepSorted = qScopeGuard([&] { scheduleMerge(moved, int(m_rows.size()) - int(added.size())); });
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), int(Column::Count) - 1));
        i = j + 1;
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Row &r : added) {
        m_rowOf.insert(r.task.id, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
}

void TaskTableModel::replaceAll(const QList<Task> &tasks)
{
    QSet<QString> keep;
    for (const Task &t : tasks)
        keep.insert(t.id);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (!keep.contains(r.task.id))
            gone.append(r.task.id);
    }
    removeIds(gone);
    upsert(tasks);
}

void TaskTableModel::removeIds(const QStringList &ids)
{
    mergeNow(); // the pending rows are numbered as they are now
    QList<int> rows;
    for (const QString &id : ids) {
        const int r = m_rowOf.value(id, -1);
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
    // Remove contiguous runs from the bottom up, one signal pair per run.
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        beginRemoveRows({}, first, last);
        for (int r = last; r >= first; --r)
            m_rowOf.remove(m_rows.at(r).task.id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    reindex(0);
}

void TaskTableModel::removeByReset(const QList<int> &rowsDescending)
{
    // Each removed run makes the sorting proxy remap all its rows and every persistent index (the
    // selection's) move: thousands of scattered runs cost minutes. One reset is linear; the view
    // keeps its selection, current row and scroll position across it by id (TaskTableView).
    beginResetModel();
    QList<bool> gone(m_rows.size(), false);
    for (int r : rowsDescending)
        gone[r] = true;
    qsizetype kept = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (!gone.at(r)) {
            if (kept != r)
                m_rows[kept] = std::move(m_rows[r]);
            ++kept;
        }
    }
    m_rows.resize(kept);
    m_rowOf.clear();
    m_rowOf.reserve(kept);
    reindex(0);
    endResetModel();
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
    // Keys and row numbers side by side: the sort moves 16-byte pairs and compares integers; the
    // rows themselves are looked at only for equal keys. Ties end on the id, so the order is total.
    struct Keyed
    {
        quint64 key;
        int row;
    };
    const Column c = Column(m_sortColumn);
    int skip = 0; // the code units every row's text starts with carry no order
    if (!m_rows.isEmpty() && TaskRow::sortText(m_rows.first(), c)) {
        const QString &first = *TaskRow::sortText(m_rows.first(), c);
        skip = int(first.size());
        for (const Row &r : std::as_const(m_rows)) {
            const QString &text = *TaskRow::sortText(r, c);
            while (skip > 0 && !QStringView(text).startsWith(QStringView(first).left(skip)))
                --skip;
        }
    }
    std::vector<Keyed> keyed(size_t(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r)
        keyed[size_t(r)] = { TaskRow::sortKey(m_rows.at(r), c, skip), r };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : b.key < a.key;
        return ascending ? TaskRow::lessThan(m_rows.at(a.row), m_rows.at(b.row), c)
                         : TaskRow::lessThan(m_rows.at(b.row), m_rows.at(a.row), c);
    });
    std::vector<int> rows(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].row;
    applyOrder(rows);
}

bool TaskTableModel::rowBefore(int a, int b) const
{
    const Column c = Column(m_sortColumn);
    return m_sortOrder == Qt::AscendingOrder ? TaskRow::lessThan(m_rows.at(a), m_rows.at(b), c)
                                             : TaskRow::lessThan(m_rows.at(b), m_rows.at(a), c);
}

void TaskTableModel::scheduleMerge(const QList<int> &changed, int firstAdded)
{
    if (m_sortColumn < 0)
        return;
    // A merge is a layout change of every row (tens of ms at 50,000): pages arriving together
    // are merged together, at most one merge per MergeIntervalMs; until then they wait at the end.
    m_pendingChanged += changed;
    if (firstAdded < m_rows.size() && m_firstUnsorted < 0)
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
    mergeIntoOrder(changed, firstAdded < 0 ? int(m_rows.size()) : firstAdded);
    m_sinceMerge.start();
}

void TaskTableModel::mergeIntoOrder(const QList<int> &changed, int firstAdded)
{
    // The rows are kept in the sort order here, not by a sorting proxy: it compares through
    // QModelIndex and virtual calls (5x slower), and inserts a page row by row. The changed and
    // the appended rows are sorted alone and merged with the rest: O(n + k log k), one layout change.
    if (m_sortColumn < 0 || (changed.isEmpty() && firstAdded >= m_rows.size()))
        return;
    std::vector<bool> moving(size_t(m_rows.size()), false);
    std::vector<int> moved;
    for (int r : changed)
        moving[size_t(r)] = true;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (r >= firstAdded)
            moving[size_t(r)] = true;
        if (moving[size_t(r)])
            moved.push_back(r);
    }
    std::vector<int> staying;
    staying.reserve(m_rows.size() - moved.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!moving[size_t(r)])
            staying.push_back(r);
    }
    const auto before = [this](int a, int b) { return rowBefore(a, b); };
    std::stable_sort(moved.begin(), moved.end(), before);
    std::vector<int> order;
    order.reserve(m_rows.size());
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
    QList<Row> rows;
    rows.reserve(m_rows.size());
    for (int r : order)
        rows.append(std::move(m_rows[r]));
    m_rows = std::move(rows);
    reindex(0);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskTableModel::clear()
{
    m_mergeTimer.stop();
    m_pendingChanged.clear();
    m_firstUnsorted = -1;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void TaskTableModel::reindex(int fromRow)
{
    for (int r = fromRow; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).task.id, r);
}

const Task *TaskTableModel::taskById(const QString &id) const
{
    const int r = m_rowOf.value(id, -1);
    return r < 0 ? nullptr : &m_rows.at(r).task;
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
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}
