#include "sandbox/SandboxRecordTable.h"

#include "sandbox/SandboxCompact.h"
#include "sandbox/SandboxRecordWriter.h"

#include <QThread>

#include <algorithm>
#include <thread>

namespace {

// Below this many records a thread costs more than it saves.
constexpr size_t MinRecordsPerChunk = 4096;
constexpr int MaxChunks = 8;

} // namespace

void SandboxRecordTable::rebuild(const std::vector<SandboxTask> &tasks, const QList<SandboxSource> &sources,
                                 SandboxConfig::TimeUnit unit)
{
    m_unit = unit;
    std::vector<QByteArray> taskRecords(tasks.size());
    std::vector<QByteArray> sourceRecords(size_t(sources.size()));
    // Each thread writes its share of the tasks and its share of the sources (a task costs about
    // three sources) into slots nobody else touches; the writer keeps no shared state.
    const size_t total = taskRecords.size() + sourceRecords.size();
    const size_t chunks = std::clamp<size_t>(total / MinRecordsPerChunk, 1,
                                             size_t(std::clamp(QThread::idealThreadCount(), 1, MaxChunks)));
    const auto share = [chunks](size_t n, size_t c) { return n * c / chunks; };
    const auto write = [&](size_t c) {
        for (size_t i = share(tasks.size(), c); i < share(tasks.size(), c + 1); ++i) {
            const SandboxTask &t = tasks[i];
            taskRecords[i] = SandboxRecordWriter::listTask(t, sources.at(t.sourceIndex), unit);
        }
        for (size_t i = share(sourceRecords.size(), c); i < share(sourceRecords.size(), c + 1); ++i)
            sourceRecords[i] = SandboxRecordWriter::source(sources.at(qsizetype(i)), unit);
    };
    std::vector<std::thread> workers;
    for (size_t c = 1; c < chunks; ++c)
        workers.emplace_back(write, c);
    write(0); // the first share here
    for (std::thread &w : workers)
        w.join();
    m_tasks = std::move(taskRecords);
    m_sources = std::move(sourceRecords);
}

void SandboxRecordTable::writeTask(qsizetype i, const SandboxTask &t, const SandboxSource &s)
{
    m_tasks[size_t(i)] = SandboxRecordWriter::listTask(t, s, m_unit);
}

void SandboxRecordTable::insertTask(qsizetype i, const SandboxTask &t, const SandboxSource &s)
{
    m_tasks.insert(m_tasks.begin() + i, SandboxRecordWriter::listTask(t, s, m_unit));
}

void SandboxRecordTable::eraseTask(qsizetype i)
{
    m_tasks.erase(m_tasks.begin() + i);
}

void SandboxRecordTable::eraseTasks(const std::vector<bool> &gone)
{
    sandboxCompact(m_tasks, gone);
}

void SandboxRecordTable::eraseSources(const std::vector<bool> &gone)
{
    sandboxCompact(m_sources, gone);
}

void SandboxRecordTable::writeSource(qsizetype i, const SandboxSource &s, const std::vector<SandboxTask> &tasks)
{
    QByteArray bytes = SandboxRecordWriter::source(s, m_unit);
    if (size_t(i) == m_sources.size())
        m_sources.push_back(std::move(bytes));
    else
        m_sources[size_t(i)] = std::move(bytes);
    // A task's record holds a brief of its source (its state among others).
    for (size_t k = 0; k < tasks.size(); ++k) {
        if (tasks[k].sourceIndex == i)
            m_tasks[k] = SandboxRecordWriter::listTask(tasks[k], s, m_unit);
    }
}
