#pragma once

#include "sandbox/SandboxRecords.h"

#include <QHash>
#include <QString>

#include <vector>

// Finds a task in the store's order (create_date descending, then id) by binary search: the id gives
// its create_date, which gives its place. Not thread-safe: the store calls it under its lock.
class SandboxTaskIndex
{
public:
    static bool less(const SandboxTask &a, const SandboxTask &b); // the store's order

    void rebuild(const std::vector<SandboxTask> &tasks);
    void insert(const SandboxTask &t) { m_createById.insert(t.id, t.createMs); }
    void remove(const QString &id) { m_createById.remove(id); }
    // The task's place in tasks (sorted by less()), or -1.
    qsizetype indexOf(const std::vector<SandboxTask> &tasks, const QString &id) const;

private:
    QHash<QString, qint64> m_createById; // id -> create_date
};
