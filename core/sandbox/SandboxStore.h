#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxFilters.h"
#include "sandbox/SandboxRecordTable.h"
#include "sandbox/SandboxRecords.h"
#include "sandbox/SandboxTaskIndex.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class SandboxGenerator;

// The emulated account: tasks kept in one stable order (create_date descending, then id), so a
// page of 50,000 tasks is a slice, never a sort. Every record is also kept serialized for the
// time unit (SandboxRecordTable), written when the account is generated and whenever the record
// changes. Thread-safe: the server thread serves from it while tests insert or remove tasks from theirs.
class SandboxStore
{
public:
    explicit SandboxStore(const SandboxConfig &config);
    ~SandboxStore();

    using TaskFilter = SandboxTaskFilter;
    using SourceFilter = SandboxSourceFilter;
    using TaskView = QPair<SandboxTask, SandboxSource>;

    void generate(); // (re)builds the account from the config's seed, its records serialized
    // The unit the records are serialized in (the config's at first); a change writes them all again.
    void setTimeUnit(SandboxConfig::TimeUnit unit);
    SandboxConfig::TimeUnit timeUnit() const;
    // Changes with every mutation: what was serialized at one revision stays valid until it moves.
    quint64 revision() const { return m_revision.load(); }
    int taskCount() const;
    int sourceCount(bool listedOnly) const;

    // A page visited under the lock, nothing copied: index is the record's place in the store, which
    // holds for one revision (*revision, set before the first visit). Returns all matches; the page
    // is matches [offset, offset + limit).
    using TaskVisitor = std::function<void(qsizetype index, const SandboxTask &, const SandboxSource &)>;
    using SourceVisitor = std::function<void(qsizetype index, const SandboxSource &)>;
    int visitTasks(const TaskFilter &filter, int offset, int limit, quint64 *revision, const TaskVisitor &visit) const;
    int visitSources(const SourceFilter &filter, int offset, int limit, quint64 *revision,
                     const SourceVisitor &visit) const;
    // A page's serialized records (shared copies: they outlive a later change) for the current unit;
    // returns all matches.
    int taskRecords(const TaskFilter &filter, int offset, int limit, std::vector<QByteArray> *page) const;
    int sourceRecords(const SourceFilter &filter, int offset, int limit, std::vector<QByteArray> *page) const;
    // The same pages as copies.
    QList<TaskView> listTasks(const TaskFilter &filter, int offset, int limit, int *count) const;
    QList<SandboxSource> listSources(const SourceFilter &filter, int offset, int limit, int *count) const;
    std::optional<TaskView> task(const QString &id) const;
    QStringList allTaskIds() const; // in list order

    // Deletion: either gone at once, or DELETING now and gone after purge().
    int remove(const QStringList &ids); // how many existed
    void markDeleting(const QStringList &ids);

    // Page shifts and tests: a new task at the top of the order, or the top task removed.
    QString insertTask();
    QString removeFirstTask();
    bool setTaskState(const QString &taskId, const QString &state);
    bool setSource(const QString &taskId, const QString &state, std::optional<bool> connected,
                   std::optional<bool> listed);

    // UpdateTaskStatus: a task and its source change state together; with from-states given, only while
    // they still hold (a delayed step must not undo what happened meanwhile). False when the task is
    // gone or has moved on.
    bool moveTask(const QString &taskId, const QString &taskState, const QString &sourceState,
                  const QString &fromTaskState = {}, const QString &fromSourceState = {});
    // For each id, how many tasks its source server has (DELETING ones too); -1 for an unknown source.
    QList<int> sourceTaskCounts(const QStringList &sourceIds) const;
    // Removes the known sources among the ids that have no task (checked again here); returns those
    // removed, in the store's order. Later sources move down a place: the tasks' sourceIndex follows.
    QStringList removeSources(const QStringList &sourceIds);

private:
    qsizetype indexOfLocked(const QString &id) const;
    int visitTasksLocked(const TaskFilter &filter, int offset, int limit, const TaskVisitor &visit) const;
    int visitSourcesLocked(const SourceFilter &filter, int offset, int limit, const SourceVisitor &visit) const;
    void writeTaskLocked(qsizetype i);
    const std::vector<qsizetype> &listedLocked() const;

    const SandboxConfig m_config; // a copy: the generator keeps a reference to it
    mutable QMutex m_mutex;
    std::atomic<quint64> m_revision { 0 };
    std::unique_ptr<SandboxGenerator> m_generator;
    std::vector<SandboxTask> m_tasks; // sorted: create_date desc, id asc
    SandboxTaskIndex m_index; // finds a task in m_tasks by binary search
    QList<SandboxSource> m_sources;
    // The listed sources' indexes, rebuilt once a revision: an unfiltered page is then a slice.
    mutable std::vector<qsizetype> m_listed;
    mutable quint64 m_listedRevision = ~quint64(0);
    SandboxRecordTable m_records; // m_tasks and m_sources serialized, place for place
};
