#pragma once

#include "model/DeletionRule.h"
#include "model/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The task table: one row per task, updated in place on refresh (dataChanged for changed rows,
// inserts and removals for the rest), so the view keeps selection, current row and scroll position.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Id,
        TaskState,
        Source,
        SourceState,
        Agent,
        Type,
        Os,
        Progress,
        Created,
        EstimatedCompletion,
        EnterpriseProject,
        Classification,
        Count
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // the value to sort and filter on
        IdRole,
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
    // Typed, without QVariant: what the sorting proxy calls ~n·log n times on 50,000 rows. Ties
    // are broken by the task id, so equal keys keep a fixed order.
    bool lessThan(int leftRow, int rightRow, Column column) const;
    // Whether the row's name, id, source name or IP contains `needle` (already lower case), on text
    // prepared once per row.
    bool matches(int row, const QString &needle) const { return m_rows.at(row).searchKey.contains(needle); }

    // Re-emits headers and every cell's text in the new language.
    void retranslate();

private:
    struct Row
    {
        Task task;
        RuleVerdict verdict;
        QString searchKey; // lower-case name, id, source name and IP
        QString sourceKey; // "name ip", the Source column's sort key
        int stateOrder; // TaskState::sortOrder, once: it is asked ~n·log n times per sort
        static Row from(const Task &task);
    };
    QVariant display(const Row &r, Column c) const;
    static const QString &osText(const Task &t) { return t.sourceOsVersion.isEmpty() ? t.osType : t.sourceOsVersion; }
    QVariant raw(const Row &r, Column c) const;
    void reindex(int fromRow);
    void removeByReset(const QList<int> &rowsDescending);

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};
