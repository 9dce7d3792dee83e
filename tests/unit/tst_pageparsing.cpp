// The fast page parse (PageScanner, no DOM) against the Qt one (QJsonDocument + Task::fromJson /
// SourceServer::fromJson): the same ParsedPage for tricky hand-written pages, for every prefix and
// many mutations of them, and for the sandbox's real pages, which must also take the fast path.
#include "ops/PageScanner.h"
#include "ops/ParsedPage.h"
#include "sandbox/SandboxRecordCache.h"
#include "sandbox/SandboxRecordWriter.h"
#include "sandbox/SandboxStore.h"

#include <QTest>

#include <algorithm>

namespace {

QString describe(const Task &t)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13|%14|%15|%16|%17|%18")
        .arg(t.id, t.name, t.state, t.type, t.osType, QString::number(t.createdMs),
             QString::number(t.estimateCompleteMs), t.enterpriseProjectId, t.subtaskName)
        .arg(t.progress)
        .arg(t.sourceId, t.sourceName, t.sourceIp, t.sourceOsVersion, t.sourceState)
        .arg(t.connected ? (*t.connected ? 1 : 0) : -1)
        .arg(t.targetServerId, t.targetServerName);
}

bool sameSource(const SourceServer &a, const SourceServer &b)
{
    return a.id == b.id && a.name == b.name && a.ip == b.ip && a.state == b.state && a.connected == b.connected;
}

// Both parses of body as tasks and as sources; a difference fails with the input.
bool sameBothWays(const QByteArray &body)
{
    const ParsedPage fast = ParsedPage::tasksPage(body);
    const ParsedPage qt = ParsedPage::tasksPageThroughQt(body);
    bool same = fast.readable == qt.readable && fast.count == qt.count && fast.tasks.size() == qt.tasks.size()
        && fast.sources.isEmpty() && qt.sources.isEmpty();
    for (qsizetype i = 0; same && i < fast.tasks.size(); ++i) {
        same = fast.tasks.at(i).sameAs(qt.tasks.at(i));
        if (!same)
            qWarning().noquote() << "task" << i << "\n fast:" << describe(fast.tasks.at(i))
                                 << "\n qt:  " << describe(qt.tasks.at(i));
    }
    const ParsedPage fastS = ParsedPage::sourcesPage(body);
    const ParsedPage qtS = ParsedPage::sourcesPageThroughQt(body);
    same = same && fastS.readable == qtS.readable && fastS.count == qtS.count
        && fastS.sources.size() == qtS.sources.size() && fastS.tasks.isEmpty();
    for (qsizetype i = 0; same && i < fastS.sources.size(); ++i)
        same = sameSource(fastS.sources.at(i), qtS.sources.at(i));
    if (!same)
        qWarning().noquote() << "differs:" << body.left(400) << "readable" << fast.readable << qt.readable << "count"
                             << fast.count << qt.count << fastS.count << qtS.count;
    return same;
}

QByteArray tasksOf(const QByteArray &items, const QByteArray &count = "3")
{
    return "{\"count\":" + count + ",\"tasks\":[" + items + "]}";
}

QByteArray sourcesOf(const QByteArray &items)
{
    return "{\"count\":3,\"source_servers\":[" + items + "]}";
}

// A task with every field Task::fromJson reads, and a few it skips.
const QByteArray FullTask = R"({"id":"t-1","name":"web \"01\"","state":"RUNNING","type":"MIGRATE_FILE",)"
                            R"("os_type":"LINUX","create_date":1700000000000,"estimate_complete_time":1700000100,)"
                            R"("enterprise_project_id":"0","priority":1,"migrate_speed":12.25,"compress_rate":0.5,)"
                            R"("target_server":{"id":"x","vm_id":"y","deep":[[{"a":[1,2,{"b":null}]}]],)"
                            R"("name":"web-01-ecs","ip":"192.168.0.9","os_type":"LINUX"},)"
                            R"("source_server":{"id":"s-1","name":"src","ip":"10.0.0.1","os_version":"7",)"
                            R"("state":"syncing","os_type":"WINDOWS","oem_system":"x"},)"
                            R"("sub_tasks":[{"id":1,"name":"CREATE_CLOUD_SERVER","progress":100,)"
                            R"("start_date":1700000000000,"end_date":1700000001000},)"
                            R"({"id":2,"name":"SSL_CONFIG","progress":42,"start_date":1700000002000},)"
                            R"({"id":3,"name":"LATER","progress":0,"start_date":1700000002000}],)"
                            R"("subtask_info":"info","connected":true,"log_collect_status":"INIT"})";

QList<QByteArray> trickyPages()
{
    QList<QByteArray> pages;
    auto task = [&](const QByteArray &item) { pages << tasksOf(item) << sourcesOf(item); };
    pages << tasksOf(FullTask) << tasksOf(FullTask + "," + FullTask + ",{}") << sourcesOf(FullTask);
    // The page itself: the list missing, not an array, twice (the last counts); count forms.
    pages << "{}"
          << "{\"count\":3}"
          << "{\"tasks\":{}}"
          << "{\"tasks\":null,\"count\":1}"
          << "{\"tasks\":[],\"tasks\":3}"
          << "{\"tasks\":3,\"tasks\":[{\"id\":\"a\"}]}"
          << "{\"tasks\":[{\"id\":\"a\"}],\"tasks\":[{\"id\":\"b\"}],\"count\":1,\"count\":2}"
          << "{\"source_servers\":[{\"id\":\"a\"}],\"source_servers\":false}"
          << "[]"
          << "[{}]"
          << "\"x\""
          << "1"
          << ""
          << " "
          << "{"
          << "}"
          << "null"
          << " \r\n\t{\"tasks\":[]} \r\n\t"
          << "{\"tasks\":[]}\f"
          << "{\"tasks\":[]} x"
          << "{\"tasks\":[]}{}" << QByteArray("{\"tasks\":[]}\0", 13) << "\xef\xbb\xbf{\"tasks\":[]}"
          << "{\"tasks\":[],}"
          << "{\"tasks\":[,]}"
          << "{\"tasks\":[{},]}"
          << "{\"tasks\" : [ { } , { \"id\" : \"a\" } ] , \"count\" : 2 }"
          << "{\"tasks\":[1,\"x\",null,true,[],{}]}";
    for (const QByteArray count : { "\"12\"",
                                    "\" 12 \"",
                                    "\"1e3\"",
                                    "12.7",
                                    "-0",
                                    "-0.0",
                                    "1e3",
                                    "true",
                                    "\"abc\"",
                                    "1e300",
                                    "-5",
                                    "null",
                                    "{}",
                                    "[]",
                                    "9223372036854775807",
                                    "4294967297",
                                    "\"4294967297\"",
                                    "2147483648",
                                    "1.",
                                    "01",
                                    "-",
                                    "1e400" })
        pages << tasksOf("{}", count) << sourcesOf("{}").replace("3", count);
    // Every conversion of JsonRead: numbers as text, strings as numbers and booleans.
    for (const QByteArray v : { "123",
                                "1.5",
                                "1e5",
                                "-0",
                                "-0.0",
                                "0.1",
                                "9007199254740993",
                                "1e400",
                                "1e-400",
                                "1.",
                                "1.e5",
                                "01",
                                "-",
                                "2.5e-324",
                                "1e-300",
                                "123456789012345678901234567890",
                                "-9223372036854775808",
                                "1E+2",
                                "0e-400",
                                "3.14159265358979323846264338327950288",
                                "\"1700000000\"",
                                "\" 1700000000000 \"",
                                "\"-3\"",
                                "\"1.5\"",
                                "true",
                                "false",
                                "null",
                                "{}",
                                "[]",
                                "\"TRUE\"",
                                "\" false \"",
                                "\"1\"",
                                "\"0\"",
                                "\"yes\"",
                                "2.5",
                                "0",
                                "\"\"",
                                "99",
                                "150",
                                "-7",
                                "\"50\"",
                                "50.9",
                                "1700000000",
                                "99999999999",
                                "100000000000" }) {
        task("{\"id\":" + v + ",\"name\":" + v + ",\"create_date\":" + v + ",\"estimate_complete_time\":" + v
             + ",\"connected\":" + v + ",\"source_server\":{\"ip\":" + v + "},\"sub_tasks\":[{\"name\":" + v
             + ",\"progress\":" + v + ",\"start_date\":" + v + ",\"end_date\":" + v
             + "}],\"target_server\":{\"vm_id\":" + v + ",\"name\":" + v + "}}");
        task("{\"sub_tasks\":[{\"progress\":" + v + ",\"start_date\":1},{\"name\":\"b\",\"end_date\":" + v + "}]}");
    }
    // Duplicate keys at every level: QJsonObject keeps the last.
    task(R"({"id":"a","id":"b","name":1,"name":"n","connected":true,"connected":"0"})");
    task(R"({"source_server":{"id":"a"},"source_server":{"name":"b"},"os_type":"","os_type":""})");
    task(R"({"source_server":{"id":"a","os_type":"L"},"source_server":7})");
    task(R"({"target_server":{"vm_id":"a","name":"n"},"target_server":{"name":"b"}})");
    task(R"({"target_server":{"vm_id":"a","vm_id":"b","name":"n","name":null}})");
    task(R"({"target_server":{"vm_id":"a","name":"n"},"target_server":[{"id":"c"}]})");
    task(R"({"target_server":"t-1","source_server":{"id":"a"}})");
    task(R"({"target_server":null,"name":"n"})");
    task(R"({"target_server":{},"source_server":{"name":"s","id":{"id":"x"}}})");
    task(R"({"target_server":{"source_server":{"id":"x"},"vm_id":"v","name":"n"}})");
    task(
        R"({"sub_tasks":[{"name":"a","start_date":1}],"sub_tasks":[{"name":"b","end_date":5,"end_date":0,"start_date":null}]})");
    task(R"({"sub_tasks":[{"name":"a","start_date":1}],"sub_tasks":{}})");
    // The current sub-task: the running one, else the last; an empty or non-object last one.
    task(R"({"sub_tasks":[{"name":"a","end_date":1,"start_date":1},{"name":"b","end_date":2}]})");
    task(R"({"sub_tasks":[{"name":"a","end_date":1,"start_date":1},{}],"subtask_info":"i"})");
    task(R"({"sub_tasks":[{"name":"a","end_date":1,"start_date":1},3],"subtask_info":"i"})");
    task(R"({"sub_tasks":[{"x":1}],"subtask_info":"i"})");
    task(R"({"sub_tasks":[{"name":"","progress":5,"start_date":1}],"subtask_info":"i"})");
    task(R"({"sub_tasks":[{"name":"a","start_date":1},{"name":"b","start_date":1},{"bad":01}]})");
    task(R"({"sub_tasks":[{"name":"a","end_date":"0","start_date":"x"},{"name":"b"}]})");
    task(R"({"sub_tasks":[{"name":"a","end_date":-5,"start_date":[]},{"name":"b"}]})");
    task(R"({"sub_tasks":"x","subtask_info":"i"})");
    task(R"({"sub_tasks":[],"subtask_info":5})");
    task(R"({"source_server":{"os_type":"W"},"os_type":null})");
    // Strings: escapes, \u (surrogate pairs, lone surrogates, U+0000), Qt's tolerated unknown escapes.
    for (const QByteArray s : { R"("a\"b\\c\/d\be\ff\ng\rh\ti")",
                                R"("\u0041")",
                                R"("\ud83d\ude80")",
                                R"("\ud800")",
                                R"("\udc00\ud800x")",
                                R"("\u0000")",
                                R"("\x")",
                                R"("\u12")",
                                R"("\")",
                                R"("a\)",
                                "\"\xe8\xb4\xa2\xe5\x8a\xa1 \xf0\x9f\x9a\x80\"",
                                "\"\x80\"",
                                "\"\xc0\x80\"",
                                "\"\xed\xa0\x80\"",
                                "\"\xf4\x90\x80\x80\"",
                                "\"\xe8\xb4\"",
                                "\"\xf0\x9f\x9a\"",
                                "\"\xef\xbb\xbfx\"",
                                "\"x\xef\xbb\xbf\"",
                                "\"\\n\xef\xbb\xbf\"",
                                "\"\xef\xbf\xbe\"",
                                "\"\xef\xb7\x90\"",
                                "\"a\x01z\"",
                                "\"a\tz\"",
                                "\"a\x7fz\"",
                                "\"\xff\"",
                                "\"\xc2\"",
                                "\"\xdf\xbf\"",
                                "\"\xf4\x8f\xbf\xbf\"",
                                "\"\xe0\xa0\x80\"",
                                "\"\xe0\x9f\xbf\"",
                                "\"\xed\x9f\xbf\"",
                                "\"\xee\x80\x80\"",
                                "\"\xf0\x90\x80\x80\"",
                                "\"\xf0\x8f\xbf\xbf\"",
                                "\"\xf5\x80\x80\x80\"",
                                "\"\\u00e9\xc3\xa9\"" }) {
        task("{\"id\":" + s + ",\"name\":\"n\"}");
        task("{\"skipped\":" + s + ",\"name\":\"n\"}");
        task("{" + s + ":1,\"name\":\"n\"}");
    }
    // Escaped keys that spell a wanted one.
    task(R"({"\u0069d":"a","na\u006de":"b"})");
    task(R"({"i\d":"a"})");
    task(R"({"source_server":{"\u0069d":"x"}})");
    task(R"({"target_server":{"n\u0061me":"x"}})");
    // Nesting: near and past the scanner's limit, and past Qt's.
    for (const int depth : { 190, 197, 198, 199, 200, 201, 1021, 1022, 1023, 1024, 1025 }) {
        task("{\"deep\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + ",\"id\":\"a\"}");
        task("{\"deep\":" + QByteArray(depth, '[') + QByteArray(depth - 1, ']') + ",\"id\":\"a\"}");
        pages << "{\"deep\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + ",\"tasks\":[]}";
    }
    // Literals and separators.
    for (const QByteArray v : { "tru", "nul", "fals", "True", "nulll", "truex", "[1 2]", "{\"a\" 1}",
                                "{\"a\":1 \"b\":2}", "{1:2}", "[1,,2]", "{,}", "[", "{\"a\":", "{\"a\"}", "'a'" })
        task("{\"x\":" + v + ",\"id\":\"a\"}");
    return pages;
}

// The sandbox's pages of 200, as SandboxService writes them.
QList<QByteArray> sandboxPages(SandboxConfig::TimeUnit unit, bool sources)
{
    SandboxConfig c;
    c.tasks = 1200;
    c.seed = 7;
    SandboxStore store(c);
    store.generate();
    SandboxRecordCache cache;
    QList<QByteArray> pages;
    for (int offset = 0;; offset += 200) {
        quint64 revision = 0;
        std::vector<QByteArrayView> items;
        int count = 0;
        if (sources) {
            count = store.visitSources({}, offset, 200, &revision, [&](qsizetype i, const SandboxSource &s) {
                items.push_back(cache.source(revision, unit, i, [&] { return SandboxRecordWriter::source(s, unit); }));
            });
        } else {
            count = store.visitTasks(
                {}, offset, 200, &revision, [&](qsizetype i, const SandboxTask &t, const SandboxSource &s) {
                    items.push_back(
                        cache.task(revision, unit, i, [&] { return SandboxRecordWriter::listTask(t, s, unit); }));
                });
        }
        if (items.empty())
            break;
        pages << SandboxRecordCache::page(count, sources ? "source_servers" : "tasks", items).body;
    }
    return pages;
}

} // namespace

class tst_PageParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trickyPagesParseAsQtDoes()
    {
        for (const QByteArray &page : trickyPages())
            QVERIFY2(sameBothWays(page), page.left(200).constData());
    }

    void everyPrefixAndMutationParsesAsQtDoes()
    {
        const QByteArray page = tasksOf(FullTask + ",{\"id\":\"\xe8\xb4\xa2\",\"connected\":\"1\"}");
        for (qsizetype n = 0; n <= page.size(); ++n)
            QVERIFY2(sameBothWays(page.left(n)), page.left(n).constData());
        // Each byte replaced by a character that matters to the grammar, and removed.
        for (qsizetype i = 0; i < page.size(); ++i) {
            for (const char c : QByteArrayView("\"\\{}[],:0-.e tnf\x80\xff")) {
                QByteArray m = page;
                m[i] = c;
                QVERIFY2(sameBothWays(m), m.constData());
            }
            QVERIFY2(sameBothWays(QByteArray(page).remove(i, 1)), page.constData());
        }
    }

    void duplicateKeysKeepTheLast()
    {
        // What Qt 6.4 does, pinned: if this changes, the scanner's rule must follow.
        const ParsedPage p = ParsedPage::tasksPageThroughQt(R"({"tasks":[{"id":"a","id":"b"}],"count":1,"count":2})");
        QCOMPARE(p.count, 2);
        QCOMPARE(p.tasks.value(0).id, QStringLiteral("b"));
        QVERIFY(sameBothWays(R"({"tasks":[{"id":"a","id":"b"}],"count":1,"count":2})"));
    }

    void theTargetServerIsReadBothWays()
    {
        // Its name and ECS id (vm_id), nothing else of it (SMS's own id, ip, nested keys are not).
        const QByteArray page
            = tasksOf(FullTask + R"(,{"id":"t-2","target_server":{"id":"i","x":{"name":"no","vm_id":"no"}}})");
        const std::optional<ParsedPage> fast = PageScanner::tasksPage(page);
        QVERIFY(fast);
        const ParsedPage qt = ParsedPage::tasksPageThroughQt(page);
        for (const ParsedPage *p : { &*fast, &qt }) {
            QCOMPARE(p->tasks.size(), 2);
            QCOMPARE(p->tasks.at(0).targetServerId, QStringLiteral("y"));
            QCOMPARE(p->tasks.at(0).targetServerName, QStringLiteral("web-01-ecs"));
            QCOMPARE(p->tasks.at(0).sourceName, QStringLiteral("src")); // the source's name stays its own
            QCOMPARE(p->tasks.at(1).targetServerId, QString());
            QCOMPARE(p->tasks.at(1).targetServerName, QString());
        }
        QVERIFY(sameBothWays(page));
        // A task that differs only in its target is not the same task: a refresh shows the change.
        Task other = qt.tasks.at(0);
        other.targetServerName = QStringLiteral("web-01-ecs-2");
        QVERIFY(!other.sameAs(qt.tasks.at(0)));
        other = qt.tasks.at(0);
        other.targetServerId = QStringLiteral("x");
        QVERIFY(!other.sameAs(qt.tasks.at(0)));
    }

    void commonPagesTakeTheFastPath()
    {
        QVERIFY(PageScanner::tasksPage(tasksOf(FullTask)));
        QVERIFY(PageScanner::tasksPage(tasksOf("{\"name\":\"\xe8\xb4\xa2\xf0\x9f\x9a\x80 \\\"x\\\"\"}")));
        QVERIFY(PageScanner::tasksPage("{\"tasks\":{}}")); // sure it is unreadable: no need to ask Qt
        QVERIFY(!PageScanner::tasksPage(tasksOf(R"({"id":"\u0041"})"))); // \u: Qt decides
        QVERIFY(!PageScanner::tasksPage("{\"tasks\":[]} x"));
    }

    void sandboxPagesParseAsQtDoesOnTheFastPath()
    {
        qsizetype targets = 0; // the sandbox's tasks carry their target server
        for (const auto unit : { SandboxConfig::TimeUnit::Ms, SandboxConfig::TimeUnit::S }) {
            for (const bool sources : { false, true }) {
                const QList<QByteArray> pages = sandboxPages(unit, sources);
                QVERIFY(pages.size() >= 5);
                for (const QByteArray &page : pages) {
                    QVERIFY(sources ? bool(PageScanner::sourcesPage(page)) : bool(PageScanner::tasksPage(page)));
                    QVERIFY(sameBothWays(page));
                    const ParsedPage p = sources ? ParsedPage::sourcesPage(page) : ParsedPage::tasksPage(page);
                    QVERIFY(p.readable);
                    const qsizetype n = sources ? p.sources.size() : p.tasks.size();
                    QVERIFY(n > 0 && n <= 200);
                    targets += std::count_if(p.tasks.cbegin(), p.tasks.cend(), [](const Task &t) {
                        return !t.targetServerId.isEmpty() && t.targetServerName.endsWith(u"-ecs");
                    });
                }
            }
        }
        QVERIFY2(targets > 1200, qPrintable(QString::number(targets)));
    }
};

QTEST_GUILESS_MAIN(tst_PageParsing)
#include "tst_pageparsing.moc"
