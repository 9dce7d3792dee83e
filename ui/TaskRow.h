#pragma once

#include "model/DeletionRule.h"
#include "model/Task.h"

#include <QString>
#include <QVariant>

// The task table's columns, in their logical order. A new one goes last: a header layout saved
// before it existed then still restores (QHeaderView appends the sections it did not know).
enum class TaskColumn {
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
    TargetServer,
    Count
};

// One row of the task table with what is prepared once per row rather than per paint, search or
// comparison: the verdict, the search text and the sort keys.
struct TaskRow
{
    Task task;
    RuleVerdict verdict;
    QString searchKey; // lower-case name, id, source name and IP
    QString sourceKey; // "name ip", the Source column's sort key
    int stateOrder = 0; // TaskState::sortOrder
    quint64 idPrefix = 0; // the id's first 8 characters packed: most ties end without a string compare
    quint32 listing = 0; // the model's listing that last delivered it (TaskTableModel::keepListed)

    static TaskRow from(const Task &task);
    QString text(TaskColumn column) const; // what the cell shows, in the current language
    static QString title(TaskColumn column); // the column's header, in the current language
    static QString progressText(const QString &subTask, int progress); // "name 45%"
    QString toolTip(TaskColumn column) const; // dates with their time zone, raw states, the rule's reason
    QString exportText(TaskColumn column) const; // dates in ISO 8601 with offset, the rest as text()
    // The Agent and Deletion cells while the task's source is still loading (no icon).
    static QVariant pendingAgent(int role);
    static const QString &osText(const Task &t) { return t.sourceOsVersion.isEmpty() ? t.osType : t.sourceOsVersion; }
    // The target server's name, or its id when it came without one.
    static const QString &targetText(const Task &t)
    {
        return t.targetServerName.isEmpty() ? t.targetServerId : t.targetServerName;
    }
    // Typed, without QVariant or translation: asked ~n·log n times to sort 50,000 rows. Equal keys
    // are ordered by the task id, so a sort is the same every time.
    static bool lessThan(const TaskRow &a, const TaskRow &b, TaskColumn column);
    // A number column's value as a 64-bit key in lessThan's order (TaskOrder ranks them).
    static quint64 sortKey(const TaskRow &r, TaskColumn column);
    static const QString *sortText(const TaskRow &r, TaskColumn column); // the compared text; null for numbers
};
