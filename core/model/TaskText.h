#pragma once

#include "model/Task.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The words both front ends show for a task, written once: the source server, the Agent
// connection and what a deletion leaves behind. Produced in the current language at call time.
class TaskText
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)

public:
    static QString source(const QString &name, const QString &ip); // "web-01 (10.0.0.5)", or whichever is known
    static QString source(const Task &task) { return source(task.sourceName, task.sourceIp); }
    static QString agent(const std::optional<bool> &connected); // Connected / Disconnected / Unknown
    static QString deletionLeavesBehind(); // the records go; target server, snapshots and Agent stay
    // What a stop does, said before it is confirmed; with `thenDelete` also that a task can end
    // stopped but not deleted.
    static QString stoppingHalts(bool thenDelete);
};
