// A ListTasks page as LoadOperation reads it: Task::fromJson over tasks[], the page's count, the
// join with ListServers (here: source_servers[] of the same input plus fixed sources) and the
// de-duplication of a listing whose pages shifted; then the client's deletion verdict per task.
#include "FuzzCheck.h"

#include "model/DeletionRule.h"
#include "model/SourceServer.h"
#include "model/Task.h"
#include "model/TaskText.h"
#include "ops/ParsedPage.h"
#include "ops/TaskCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Exactly LoadOperation's parse (it runs on the thread pool there).
    const ParsedPage page = ParsedPage::tasksPage(body);
    // The count read without parsing (it decides the next wave of requests) is the parsed one.
    if (const std::optional<int> peeked = ParsedPage::peekCount(body); peeked && page.readable)
        FUZZ_CHECK(page.count == *peeked, "the peeked count differs from the parsed count");
    if (!page.readable) {
        FUZZ_CHECK(page.tasks.isEmpty() && page.count == -1, "an unreadable page delivered something");
        return 0; // LoadOperation asks again, then fails: nothing parsed
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();

    // The page twice, as two overlapping pages would deliver it, so de-duplication has work.
    QList<Task> tasks = page.tasks;
    const qsizetype onePage = tasks.size();
    tasks.append(tasks.mid(0, onePage / 2));

    QHash<QString, SourceServer> sources;
    SourceServer fixed;
    fixed.id = QStringLiteral("src-connected");
    fixed.connected = true;
    fixed.state = QStringLiteral("syncing");
    sources.insert(fixed.id, fixed);
    fixed.id = QStringLiteral("src-disconnected");
    fixed.connected = false;
    fixed.state = QStringLiteral("finished");
    sources.insert(fixed.id, fixed);
    for (const QJsonValue &v : o.value(QLatin1String("source_servers")).toArray()) {
        const SourceServer s = SourceServer::fromJson(v.toObject());
        sources.insert(s.id, s);
    }

    QList<Task> result = TaskCatalog::deduplicated(tasks);
    FUZZ_CHECK(result.size() <= tasks.size(), "de-duplication added tasks");
    QSet<QString> ids;
    for (const Task &t : result) {
        FUZZ_CHECK(!ids.contains(t.id), "a task id survived de-duplication twice");
        ids.insert(t.id);
    }
    for (const Task &t : tasks)
        FUZZ_CHECK(ids.contains(t.id), "de-duplication lost a task id");

    const QList<Task> before = result;
    TaskCatalog::join(result, sources);
    FUZZ_CHECK(result.size() == before.size(), "join changed the number of tasks");
    for (qsizetype i = 0; i < result.size(); ++i) {
        const Task &t = result.at(i);
        const auto it = sources.constFind(t.sourceId);
        if (t.sourceId.isEmpty() || it == sources.constEnd())
            FUZZ_CHECK(!t.connected.has_value(), "a source missing from ListServers must stay unknown");
        else
            FUZZ_CHECK(t.connected == it->connected, "connected is not the source's");
        FUZZ_CHECK(t.id == before.at(i).id, "join reordered or renamed tasks");
        FUZZ_CHECK(t.createdMs >= 0 && t.estimateCompleteMs >= 0, "negative epoch");
        FUZZ_CHECK(t.progress >= -1 && t.progress <= 100, "progress out of range");
        FUZZ_CHECK(t.sameAs(t), "a task differs from itself");

        const RuleVerdict verdict = DeletionRule::classify(t.sourceState, t.connected);
        (void)DeletionRule::explain(verdict);
        (void)DeletionRule::label(verdict.deletability);
        (void)TaskText::source(t);
        (void)TaskText::agent(t.connected);
    }
    return 0;
}
