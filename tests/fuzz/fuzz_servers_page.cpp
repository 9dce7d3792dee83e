// A ListServers page as LoadOperation reads it: SourceServer::fromJson over source_servers[],
// indexed by id (a later copy wins), then the join partner of a task naming each source.
#include "FuzzCheck.h"

#include "model/SourceServer.h"
#include "model/Task.h"
#include "ops/ParsedPage.h"
#include "ops/TaskCatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Exactly LoadOperation's parse (it runs on the thread pool there).
    const ParsedPage page
        = ParsedPage::sourcesPage(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!page.readable)
        return 0;

    QHash<QString, SourceServer> sources;
    QList<Task> tasks;
    for (const SourceServer &s : page.sources) {
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
