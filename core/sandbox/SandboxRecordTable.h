#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRecords.h"

#include <QByteArray>
#include <QList>

#include <vector>

// Every task and source of the store serialized (compact JSON, as a page holds it, by
// SandboxRecordWriter) for one time unit, kept beside the store's records place for place: written
// all at once when the account is generated or the unit changes, and again one by one as records
// change, so a page is only a concatenation, the first one included. Not thread-safe: the store
// calls it under its lock.
class SandboxRecordTable
{
public:
    explicit SandboxRecordTable(SandboxConfig::TimeUnit unit)
        : m_unit(unit)
    { }

    SandboxConfig::TimeUnit unit() const { return m_unit; }
    // Everything written again, in parallel chunks when there are many records; the tasks' sourceIndex
    // must be set.
    void rebuild(const std::vector<SandboxTask> &tasks, const QList<SandboxSource> &sources,
                 SandboxConfig::TimeUnit unit);

    const QByteArray &task(qsizetype i) const { return m_tasks[size_t(i)]; }
    const QByteArray &source(qsizetype i) const { return m_sources[size_t(i)]; }

    void writeTask(qsizetype i, const SandboxTask &t, const SandboxSource &s);
    void insertTask(qsizetype i, const SandboxTask &t, const SandboxSource &s);
    void eraseTask(qsizetype i);
    void eraseTasks(const std::vector<bool> &gone); // the store's compaction, mirrored
    void eraseSources(const std::vector<bool> &gone); // likewise (the tasks embedding them are gone already)
    // Source i written again (appended when i is the count), and every task that embeds it.
    void writeSource(qsizetype i, const SandboxSource &s, const std::vector<SandboxTask> &tasks);

private:
    SandboxConfig::TimeUnit m_unit;
    std::vector<QByteArray> m_tasks; // by the task's place in the store
    std::vector<QByteArray> m_sources; // by the source's place
};
