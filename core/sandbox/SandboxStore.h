#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRecords.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <QString>
#include <atomic>

#include <memory>
#include <optional>
#include <vector>

class SandboxGenerator;

// The emulated account: tasks kept in one stable order (create_date descending, then id), so a
// page of 50,000 tasks is a slice, never a sort. Thread-safe: the server thread serves from it
// while tests insert or remove tasks from theirs.
class SandboxStore
{
public:
    explicit SandboxStore(const SandboxConfig &config);
    ~SandboxStore();

    struct TaskFilter
    {
        std::optional<QString> state, name, id, sourceId, enterpriseProjectId;
        bool isEmpty() const { return !state && !name && !id && !sourceId && !enterpriseProjectId; }
    };
    struct SourceFilter
    {
        std::optional<QString> state, name, id, ip, enterpriseProjectId;
        std::optional<bool> connected;
    };
    using TaskView = QPair<SandboxTask, SandboxSource>;

    void generate(); // (re)builds the account from the config's seed
    // Changes with every mutation: what was serialized at one revision stays valid until it moves.
    quint64 revision() const { return m_revision.load(); }
    int taskCount() const;
    int sourceCount(bool listedOnly) const;

    // count = all matches; page = matches [offset, offset + limit).
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

private:
    qsizetype indexOfLocked(const QString &id) const;

    const SandboxConfig m_config; // a copy: the generator keeps a reference to it
    mutable QMutex m_mutex;
    std::atomic<quint64> m_revision { 0 };
    std::unique_ptr<SandboxGenerator> m_generator;
    std::vector<SandboxTask> m_tasks; // sorted: create_date desc, id asc
    QHash<QString, qint64> m_createById; // id -> create_date, to find a task by binary search
    QList<SandboxSource> m_sources;
    QHash<QString, qsizetype> m_sourceIndex;
};
