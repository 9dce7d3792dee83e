// A ListServers page as LoadOperation reads it: SourceServer::fromJson over source_servers[],
// indexed by id (a later copy wins), then the join partner of a task naming each source.
#include "FuzzCheck.h"

#include "model/JsonRead.h"
#include "model/SourceServer.h"
#include "model/Task.h"
#include "ops/TaskCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QLatin1String("source_servers")).isArray())
        return 0;
    (void)JsonRead::integer(o.value(QLatin1String("count")));

    QHash<QString, SourceServer> sources;
    QList<Task> tasks;
    for (const QJsonValue &v : o.value(QLatin1String("source_servers")).toArray()) {
        const SourceServer s = SourceServer::fromJson(v.toObject());
        sources.insert(s.id, s);
        Task t;
        t.id = QStringLiteral("task-") + s.id;
        t.sourceId = s.id;
        tasks.append(t);
    }
    TaskCatalog::join(tasks, sources);
    for (const Task &t : tasks) {
        if (t.sourceId.isEmpty()) {
            FUZZ_CHECK(!t.connected.has_value(), "a task without a source id must stay unknown");
            continue;
        }
        const SourceServer &s = sources[t.sourceId];
        FUZZ_CHECK(t.connected == s.connected, "connected is not the source's");
        FUZZ_CHECK(t.sourceState == s.state && t.sourceName == s.name && t.sourceIp == s.ip,
                   "an empty task field was not filled from its source");
    }
    return 0;
}
