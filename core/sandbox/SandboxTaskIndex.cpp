#include "sandbox/SandboxTaskIndex.h"

#include <algorithm>

namespace {

bool before(const SandboxTask &a, qint64 createMs, const QString &id)
{
    return a.createMs > createMs || (a.createMs == createMs && a.id < id);
}

} // namespace

bool SandboxTaskIndex::less(const SandboxTask &a, const SandboxTask &b)
{
    return before(a, b.createMs, b.id);
}

void SandboxTaskIndex::rebuild(const std::vector<SandboxTask> &tasks)
{
    QHash<QString, qint64> createById;
    createById.reserve(qsizetype(tasks.size()));
    for (const SandboxTask &t : tasks)
        createById.insert(t.id, t.createMs);
    m_createById = std::move(createById);
}

qsizetype SandboxTaskIndex::indexOf(const std::vector<SandboxTask> &tasks, const QString &id) const
{
    const auto it = m_createById.constFind(id);
    if (it == m_createById.cend())
        return -1;
    const qint64 create = it.value();
    const auto pos
        = std::lower_bound(tasks.cbegin(), tasks.cend(), id,
                           [create](const SandboxTask &t, const QString &key) { return before(t, create, key); });
    if (pos == tasks.cend() || pos->id != id)
        return -1;
    return qsizetype(pos - tasks.cbegin());
}
