#pragma once

#include "ui/TaskRow.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

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
    // Contiguous runs are removed in place; past MaxRemovalRuns scattered runs, one model reset
    // (the view restores its selection by id).
    void removeIds(const QStringList &ids);
    static constexpr int MaxRemovalRuns = 32;
    void clear(); // a new account

    const Task *taskById(const QString &id) const;
    QList<Task> tasks(const QStringList &ids) const; // in the order given, unknown ids left out
    int indexOf(const QString &id) const { return m_rowOf.value(id, -1); }
    const Task &taskAt(int row) const { return m_rows.at(row).task; }
    const RuleVerdict &verdictAt(int row) const { return m_rows.at(row).verdict; }
    // Sorts the rows themselves (the proxy only filters) and keeps them sorted as pages arrive.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    static constexpr int MergeIntervalMs = 200;
    // Whether the row's name, id, source name or IP contains `needle` (already lower case), on text
    // prepared once per row.
    bool matches(int row, const QString &needle) const { return m_rows.at(row).searchKey.contains(needle); }

    // Re-emits headers and every cell's text in the new language.
    void retranslate();

private:
    using Row = TaskRow;
    void reindex(int fromRow);
    void removeByReset(const QList<int> &rowsDescending);
    bool rowBefore(int a, int b) const; // in the current sort order
    void scheduleMerge(const QList<int> &changed, int firstAdded);
    void mergeNow();
    void mergeIntoOrder(const QList<int> &changed, int firstAdded);
    void applyOrder(const std::vector<int> &order); // order[i]: the row that goes to position i

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_mergeTimer;
    QElapsedTimer m_sinceMerge;
    QList<int> m_pendingChanged; // rows changed since the last merge, maybe out of order
    int m_firstUnsorted = -1; // rows from here on were appended since the last merge
};
