#pragma once

#include "ui/TaskRow.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <deque>
#include <vector>

// The task table: one row per task, updated in place on refresh (dataChanged for changed rows,
// inserts and removals for the rest), so the view keeps selection, current row and scroll position.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Column = TaskColumn;
    enum Role {
        IdRole = Qt::UserRole + 1,
        DeletabilityRole,
        ExportRole, // what a CSV holds: dates in ISO 8601 with their UTC offset, the rest as shown
        // A CSV field of its own after the cell's (the target server's id); headerData names it.
        ExportExtraRole,
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds new tasks and updates known ones (a page arriving while loading).
    void upsert(const QList<Task> &tasks);
    // The complete list: like upsert, and rows not in it disappear.
    void replaceAll(const QList<Task> &tasks);
    // A listing whose pages all came through upsert: when it is complete, keepListed() drops the
    // rows it did not deliver — no second pass over 50,000 tasks (replaceAll took ~45 ms).
    void beginListing() { ++m_listing; }
    void keepListed();
    // Contiguous runs are removed in place; past MaxRemovalRuns scattered runs, one model reset
    // (the view restores its selection by id).
    void removeIds(const QStringList &ids);
    static constexpr int MaxRemovalRuns = 32;
    void clear(); // a new account

    const Task *taskById(const QString &id) const;
    QList<Task> tasks(const QStringList &ids) const; // in the order given, unknown ids left out
    int indexOf(const QString &id) const
    {
        const int slot = m_slotOf.value(id, -1);
        return slot < 0 ? -1 : m_rowOfSlot[size_t(slot)];
    }
    const Task &taskAt(int row) const { return rowAt(row).task; }
    const RuleVerdict &verdictAt(int row) const { return rowAt(row).verdict; }
    // Sorts the rows themselves (the proxy only filters) and keeps them sorted as pages arrive.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    static constexpr int MergeIntervalMs = 200;
    // Whether the row's name, id, source name or IP contains `needle` (already lower case), on text
    // prepared once per row.
    bool matches(int row, const QString &needle) const { return rowAt(row).searchKey.contains(needle); }

    // Re-emits headers and every cell's text in the new language.
    void retranslate();
    // While a listing's sources are still coming, a task without its Agent state says "loading…" in
    // the Agent and Deletion columns: "not found" or "uncertain" would be a wrong reason.
    void setAgentsLoading(bool loading);
    bool agentPending(int row) const { return m_agentsLoading && !rowAt(row).task.connected.has_value(); }

private:
    using Row = TaskRow;
    const Row &rowAt(int row) const { return m_store[size_t(m_order[size_t(row)])]; }
    int size() const { return int(m_order.size()); }
    void renumber(int fromRow); // m_rowOfSlot after rows moved
    void compact(); // drops the slots of removed rows
    void removeByReset(const QList<int> &rowsDescending);
    bool rowBefore(int a, int b) const; // in the current sort order
    void scheduleMerge(const QList<int> &changed, int firstAdded);
    void mergeNow();
    void mergeIntoOrder(const QList<int> &changed, int firstAdded);
    void applyOrder(const std::vector<int> &order); // order[i]: the row that goes to position i

    // The rows stay where they were stored (a slot); the order is a list of slots. A sort or a merge
    // rewrites two int arrays instead of moving 50,000 rows and re-hashing their ids.
    // By slot; a removed row's slot stays empty until compact(). A deque grows without moving the
    // rows it holds (a vector of 50,000 rows moved all of them, and held twice their memory).
    std::deque<Row> m_store;
    std::vector<int> m_order; // row -> slot
    std::vector<int> m_rowOfSlot; // slot -> row, -1 once removed
    QHash<QString, int> m_slotOf; // id -> slot
    int m_sortColumn = -1;
    quint32 m_listing = 0;
    bool m_agentsLoading = false;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_mergeTimer;
    QElapsedTimer m_sinceMerge;
    QList<int> m_pendingChanged; // rows changed since the last merge, maybe out of order
    int m_firstUnsorted = -1; // rows from here on were appended since the last merge
};
