#include "ops/TaskCatalog.h"

#include <QSet>

void TaskCatalog::join(QList<Task> &tasks, const QHash<QString, SourceServer> &sources)
{
    for (Task &t : tasks)
        join(t, sources);
}

void TaskCatalog::join(Task &t, const QHash<QString, SourceServer> &sources)
{
    const auto it = sources.constFind(t.sourceId);
    if (it == sources.constEnd() || t.sourceId.isEmpty()) {
        t.connected.reset();
        return;
    }
    t.connected = it->connected;
    if (t.sourceState.isEmpty())
        t.sourceState = it->state;
    if (t.sourceName.isEmpty())
        t.sourceName = it->name;
    if (t.sourceIp.isEmpty())
        t.sourceIp = it->ip;
}

QList<Task> TaskCatalog::deduplicated(const QList<Task> &tasks)
{
    QHash<QString, qsizetype> index;
    QList<Task> out;
    out.reserve(tasks.size());
    for (const Task &t : tasks) {
        const auto it = index.constFind(t.id);
        if (it != index.constEnd()) {
            out[*it] = t;
            continue;
        }
        index.insert(t.id, out.size());
        out.append(t);
    }
    return out;
}
