#pragma once

#include "model/SourceServer.h"
#include "model/Task.h"

#include <QHash>
#include <QList>

// The tasks of one listing joined with their source servers: `connected` comes from ListServers;
// a source missing from that list leaves it unknown, never "disconnected".
class TaskCatalog
{
public:
    static void join(QList<Task> &tasks, const QHash<QString, SourceServer> &sources);
    static void join(Task &task, const QHash<QString, SourceServer> &sources);
    // De-duplicates by id (pages can shift while listing), keeping the newest copy.
    static QList<Task> deduplicated(const QList<Task> &tasks);
};
