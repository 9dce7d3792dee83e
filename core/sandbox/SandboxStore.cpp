#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxCompact.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxGenerator.h"

#include <QSet>

#include <algorithm>

SandboxStore::SandboxStore(const SandboxConfig &config)
    : m_config(config)
    , m_records(config.timeUnit)
{ }

SandboxStore::~SandboxStore() = default;

void SandboxStore::generate()
{
    QList<SandboxSource> sources;
    QList<SandboxTask> tasks;
    auto generator = std::make_unique<SandboxGenerator>(m_config);
    generator->generate(&sources, &tasks);
    std::vector<SandboxTask> sorted(std::make_move_iterator(tasks.begin()), std::make_move_iterator(tasks.end()));
    tasks.clear();
    std::sort(sorted.begin(), sorted.end(), SandboxTaskIndex::less);
    QHash<QString, qsizetype> sourceIndex;
    sourceIndex.reserve(sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i)
        sourceIndex.insert(sources.at(i).id, i);
    for (SandboxTask &t : sorted)
        t.sourceIndex = sourceIndex.value(t.sourceId);
    SandboxTaskIndex index;
    index.rebuild(sorted);
    // Serialized here, outside the lock and before the server listens: no page is ever a first one.
    SandboxRecordTable records(timeUnit());
    records.rebuild(sorted, sources, records.unit());

    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    m_generator = std::move(generator);
    m_tasks = std::move(sorted);
    m_sources = std::move(sources);
    m_index = std::move(index);
    const SandboxConfig::TimeUnit unit = m_records.unit(); // changed meanwhile: written again
    m_records = std::move(records);
    if (m_records.unit() != unit)
        m_records.rebuild(m_tasks, m_sources, unit);
}

void SandboxStore::setTimeUnit(SandboxConfig::TimeUnit unit)
{
    QMutexLocker lock(&m_mutex);
    if (m_records.unit() == unit)
        return;
    ++m_revision;
    m_records.rebuild(m_tasks, m_sources, unit);
}

SandboxConfig::TimeUnit SandboxStore::timeUnit() const
{
    QMutexLocker lock(&m_mutex);
    return m_records.unit();
}

void SandboxStore::writeTaskLocked(qsizetype i)
{
    const SandboxTask &t = m_tasks[size_t(i)];
    m_records.writeTask(i, t, m_sources.at(t.sourceIndex));
}

int SandboxStore::taskCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_tasks.size());
}

int SandboxStore::sourceCount(bool listedOnly) const
{
    QMutexLocker lock(&m_mutex);
    if (!listedOnly)
        return int(m_sources.size());
    return int(std::count_if(m_sources.cbegin(), m_sources.cend(), [](const SandboxSource &s) { return s.listed; }));
}

qsizetype SandboxStore::indexOfLocked(const QString &id) const
{
    return m_index.indexOf(m_tasks, id);
}

int SandboxStore::visitTasks(const TaskFilter &f, int offset, int limit, quint64 *revision,
                             const TaskVisitor &visit) const
{
    QMutexLocker lock(&m_mutex);
    *revision = m_revision.load();
    return visitTasksLocked(f, offset, limit, visit);
}

int SandboxStore::taskRecords(const TaskFilter &f, int offset, int limit, std::vector<QByteArray> *page) const
{
    QMutexLocker lock(&m_mutex);
    return visitTasksLocked(f, offset, limit, [&](qsizetype i, const SandboxTask &, const SandboxSource &) {
        page->push_back(m_records.task(i));
    });
}

int SandboxStore::visitTasksLocked(const TaskFilter &f, int offset, int limit, const TaskVisitor &visit) const
{
    const qsizetype n = qsizetype(m_tasks.size());
    const qsizetype end = qsizetype(offset) + limit;
    if (f.isEmpty()) {
        for (qsizetype i = offset; i < n && i < end; ++i) {
            const SandboxTask &t = m_tasks[size_t(i)];
            visit(i, t, m_sources.at(t.sourceIndex));
        }
        return int(n);
    }
    int matches = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const SandboxTask &t = m_tasks[size_t(i)];
        if (!f.matches(t))
            continue;
        if (matches >= offset && matches < end)
            visit(i, t, m_sources.at(t.sourceIndex));
        ++matches;
    }
    return matches;
}

const std::vector<qsizetype> &SandboxStore::listedLocked() const
{
    if (m_listedRevision == m_revision.load())
        return m_listed;
    m_listed.clear();
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).listed)
            m_listed.push_back(i);
    }
    m_listedRevision = m_revision.load();
    return m_listed;
}

int SandboxStore::visitSources(const SourceFilter &f, int offset, int limit, quint64 *revision,
                               const SourceVisitor &visit) const
{
    QMutexLocker lock(&m_mutex);
    *revision = m_revision.load();
    return visitSourcesLocked(f, offset, limit, visit);
}

int SandboxStore::sourceRecords(const SourceFilter &f, int offset, int limit, std::vector<QByteArray> *page) const
{
    QMutexLocker lock(&m_mutex);
    return visitSourcesLocked(f, offset, limit,
                              [&](qsizetype i, const SandboxSource &) { page->push_back(m_records.source(i)); });
}

int SandboxStore::visitSourcesLocked(const SourceFilter &f, int offset, int limit, const SourceVisitor &visit) const
{
    const std::vector<qsizetype> &listed = listedLocked();
    const qsizetype end = qsizetype(offset) + limit;
    if (f.isEmpty()) {
        const qsizetype n = qsizetype(listed.size());
        for (qsizetype i = offset; i < n && i < end; ++i)
            visit(listed[size_t(i)], m_sources.at(listed[size_t(i)]));
        return int(n);
    }
    int matches = 0;
    for (const qsizetype i : listed) {
        const SandboxSource &s = m_sources.at(i);
        if (!f.matches(s))
            continue;
        if (matches >= offset && matches < end)
            visit(i, s);
        ++matches;
    }
    return matches;
}

QList<SandboxStore::TaskView> SandboxStore::listTasks(const TaskFilter &f, int offset, int limit, int *count) const
{
    QList<TaskView> page;
    quint64 revision = 0;
    *count = visitTasks(f, offset, limit, &revision,
                        [&](qsizetype, const SandboxTask &t, const SandboxSource &s) { page.append(TaskView(t, s)); });
    return page;
}

QList<SandboxSource> SandboxStore::listSources(const SourceFilter &f, int offset, int limit, int *count) const
{
    QList<SandboxSource> page;
    quint64 revision = 0;
    *count = visitSources(f, offset, limit, &revision, [&](qsizetype, const SandboxSource &s) { page.append(s); });
    return page;
}

std::optional<SandboxStore::TaskView> SandboxStore::task(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const qsizetype i = indexOfLocked(id);
    if (i < 0)
        return std::nullopt;
    const SandboxTask &t = m_tasks[size_t(i)];
    return TaskView(t, m_sources.at(t.sourceIndex));
}

QStringList SandboxStore::allTaskIds() const
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    ids.reserve(qsizetype(m_tasks.size()));
    for (const SandboxTask &t : m_tasks)
        ids.append(t.id);
    return ids;
}

int SandboxStore::remove(const QStringList &ids)
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    // Marked first, then one compaction (sandboxCompact).
    std::vector<bool> gone(m_tasks.size(), false);
    int removed = 0;
    for (const QString &id : ids) {
        const qsizetype i = indexOfLocked(id);
        if (i < 0)
            continue; // unknown, or listed twice
        gone[size_t(i)] = true;
        m_index.remove(id);
        ++removed;
    }
    if (removed == 0)
        return 0;
    sandboxCompact(m_tasks, gone);
    m_records.eraseTasks(gone);
    return removed;
}

bool SandboxStore::moveTask(const QString &taskId, const QString &taskState, const QString &sourceState,
                            const QString &fromTaskState, const QString &fromSourceState)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype i = indexOfLocked(taskId);
    if (i < 0)
        return false;
    SandboxTask &t = m_tasks[size_t(i)];
    SandboxSource &s = m_sources[t.sourceIndex];
    if ((!fromTaskState.isEmpty() && t.state != fromTaskState)
        || (!fromSourceState.isEmpty() && s.state != fromSourceState))
        return false;
    ++m_revision; // every cached answer of the emulator is stale from here
    t.state = taskState;
    s.state = sourceState;
    m_records.writeSource(t.sourceIndex, s, m_tasks); // and every task that embeds it, this one included
    return true;
}

QList<int> SandboxStore::sourceTaskCounts(const QStringList &sourceIds) const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, int> counts;
    for (const QString &id : sourceIds)
        counts.insert(id, -1);
    for (const SandboxSource &s : m_sources) {
        if (const auto it = counts.find(s.id); it != counts.end())
            *it = 0;
    }
    for (const SandboxTask &t : m_tasks) {
        if (const auto it = counts.find(t.sourceId); it != counts.end() && *it >= 0)
            ++*it;
    }
    QList<int> out;
    for (const QString &id : sourceIds)
        out.append(counts.value(id));
    return out;
}

QStringList SandboxStore::removeSources(const QStringList &sourceIds)
{
    QMutexLocker lock(&m_mutex);
    const QSet<QString> wanted(sourceIds.cbegin(), sourceIds.cend());
    std::vector<bool> gone(size_t(m_sources.size()), false);
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        gone[size_t(i)] = wanted.contains(m_sources.at(i).id);
    for (const SandboxTask &t : m_tasks)
        gone[size_t(t.sourceIndex)] = false; // a source with a task stays, whatever was decided before
    QStringList removed;
    std::vector<qsizetype> moved(gone.size(), -1); // old place -> new place
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (gone[size_t(i)])
            removed.append(m_sources.at(i).id);
        else
            moved[size_t(i)] = next++;
    }
    if (removed.isEmpty())
        return removed;
    ++m_revision; // every cached answer of the emulator is stale from here
    sandboxCompact(m_sources, gone);
    m_records.eraseSources(gone);
    for (SandboxTask &t : m_tasks)
        t.sourceIndex = moved[size_t(t.sourceIndex)];
    return removed;
}

bool SandboxStore::setTaskState(const QString &taskId, const QString &state)
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    const qsizetype i = indexOfLocked(taskId);
    if (i < 0)
        return false;
    m_tasks[size_t(i)].state = state;
    writeTaskLocked(i);
    return true;
}

void SandboxStore::markDeleting(const QStringList &ids)
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    for (const QString &id : ids) {
        const qsizetype i = indexOfLocked(id);
        if (i >= 0 && m_tasks[size_t(i)].state != u"DELETING") {
            m_tasks[size_t(i)].state = QStringLiteral("DELETING");
            writeTaskLocked(i);
        }
    }
}

QString SandboxStore::insertTask()
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    const qint64 newest = m_tasks.empty() ? SandboxGenerator::BaseTimeMs : m_tasks.front().createMs;
    SandboxSource source;
    if (!m_generator)
        m_generator = std::make_unique<SandboxGenerator>(m_config);
    SandboxTask t = m_generator->makeExtraTask(newest + 1000, &source);
    t.sourceIndex = m_sources.size();
    m_sources.append(source);
    m_records.writeSource(t.sourceIndex, source, m_tasks);
    m_index.insert(t);
    m_tasks.insert(m_tasks.begin(), t);
    m_records.insertTask(0, t, source);
    return t.id;
}

QString SandboxStore::removeFirstTask()
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    if (m_tasks.empty())
        return {};
    const QString id = m_tasks.front().id;
    m_tasks.erase(m_tasks.begin());
    m_records.eraseTask(0);
    m_index.remove(id);
    return id;
}

bool SandboxStore::setSource(const QString &taskId, const QString &state, std::optional<bool> connected,
                             std::optional<bool> listed)
{
    QMutexLocker lock(&m_mutex);
    ++m_revision; // every cached answer of the emulator is stale from here
    const qsizetype i = indexOfLocked(taskId);
    if (i < 0)
        return false;
    const qsizetype si = m_tasks[size_t(i)].sourceIndex;
    SandboxSource &s = m_sources[si];
    if (!state.isEmpty())
        s.state = state;
    if (connected)
        s.connected = *connected;
    if (listed)
        s.listed = *listed;
    m_records.writeSource(si, s, m_tasks);
    return true;
}
