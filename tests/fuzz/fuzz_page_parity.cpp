// The fast page parse (PageScanner, no DOM) against the Qt one (QJsonDocument + Task::fromJson /
// SourceServer::fromJson) on every input, read both as a tasks page and as a sources page: the
// same readable, count and every field of every item, whether the scanner read it or left it to Qt.
#include "FuzzCheck.h"

#include "model/SourceServer.h"
#include "model/Task.h"
#include "ops/PageScanner.h"
#include "ops/ParsedPage.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const ParsedPage qt = ParsedPage::tasksPageThroughQt(body);
    if (const std::optional<ParsedPage> fast = PageScanner::tasksPage(body)) {
        FUZZ_CHECK(fast->readable == qt.readable, "tasks page: readable differs");
        FUZZ_CHECK(fast->count == qt.count, "tasks page: count differs");
        FUZZ_CHECK(fast->tasks.size() == qt.tasks.size(), "tasks page: number of tasks differs");
        FUZZ_CHECK(fast->sources.isEmpty(), "tasks page: sources delivered");
        for (qsizetype i = 0; i < qt.tasks.size(); ++i) {
            const Task &a = fast->tasks.at(i);
            const Task &b = qt.tasks.at(i);
            // Named apart from sameAs, which covers it too: the column the user cleans up by.
            FUZZ_CHECK(a.targetServerId == b.targetServerId && a.targetServerName == b.targetServerName,
                       "tasks page: a task's target server differs");
            FUZZ_CHECK(a.sameAs(b), "tasks page: a task differs");
        }
    }

    const ParsedPage qtS = ParsedPage::sourcesPageThroughQt(body);
    if (const std::optional<ParsedPage> fast = PageScanner::sourcesPage(body)) {
        FUZZ_CHECK(fast->readable == qtS.readable, "sources page: readable differs");
        FUZZ_CHECK(fast->count == qtS.count, "sources page: count differs");
        FUZZ_CHECK(fast->sources.size() == qtS.sources.size(), "sources page: number of sources differs");
        FUZZ_CHECK(fast->tasks.isEmpty(), "sources page: tasks delivered");
        for (qsizetype i = 0; i < qtS.sources.size(); ++i) {
            const SourceServer &a = fast->sources.at(i);
            const SourceServer &b = qtS.sources.at(i);
            FUZZ_CHECK(a.id == b.id && a.name == b.name && a.ip == b.ip && a.state == b.state
                           && a.connected == b.connected,
                       "sources page: a source differs");
        }
    }
    // What LoadOperation calls: the fast parse or the fallback, the same result.
    FUZZ_CHECK(ParsedPage::tasksPage(body).count == qt.count, "tasksPage differs from the Qt parse");
    FUZZ_CHECK(ParsedPage::sourcesPage(body).sources.size() == qtS.sources.size(),
               "sourcesPage differs from the Qt parse");
    return 0;
}
