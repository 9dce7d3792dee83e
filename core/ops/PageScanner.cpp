#include "ops/PageScanner.h"

#include "model/JsonRead.h"
#include "ops/JsonScanner.h"

#include <algorithm>
#include <cstring>

// Every reader below mirrors Task::fromJson / SourceServer::fromJson over what QJsonDocument
// would hold: a key given twice counts with its last value (as QJsonObject keeps it), a value of
// the wrong type reads as Qt's toObject() / toArray() of it would (empty).
namespace {

// key is the word (a fixed-size compare the compiler inlines, unlike QByteArrayView's ==).
template<size_t N> bool is(QByteArrayView key, const char (&word)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), word, N - 1) == 0;
}

// Task::fromJson's "source_server".
struct SourceBrief
{
    ScannedValue id, name, ip, osVersion, state, osType;
};

// Task::fromJson's "target_server".
struct TargetBrief
{
    ScannedValue vmId, name;
};

// One element of "sub_tasks": what Task::fromJson asks of it.
struct SubTask
{
    bool nonEmpty = false; // an object with a member (QJsonObject::isEmpty is false)
    bool hasStart = false; // contains("start_date"), whatever its value
    ScannedValue endDate, name, progress;
};

SourceBrief readSourceBrief(JsonScanner &s)
{
    SourceBrief b;
    if (!s.atObject()) {
        s.skip();
        return b;
    }
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (is(key, "id"))
            b.id = s.scalar();
        else if (is(key, "name"))
            b.name = s.scalar();
        else if (is(key, "ip"))
            b.ip = s.scalar();
        else if (is(key, "os_version"))
            b.osVersion = s.scalar();
        else if (is(key, "state"))
            b.state = s.scalar();
        else if (is(key, "os_type"))
            b.osType = s.scalar();
        else
            s.skip();
    }
    return b;
}

TargetBrief readTargetBrief(JsonScanner &s)
{
    TargetBrief b;
    if (!s.atObject()) {
        s.skip();
        return b;
    }
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (is(key, "vm_id"))
            b.vmId = s.scalar();
        else if (is(key, "name"))
            b.name = s.scalar();
        else
            s.skip();
    }
    return b;
}

SubTask readSubTask(JsonScanner &s)
{
    SubTask t;
    if (!s.atObject()) {
        s.skip();
        return t;
    }
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        t.nonEmpty = true;
        if (is(key, "end_date"))
            t.endDate = s.scalar();
        else if (is(key, "name"))
            t.name = s.scalar();
        else if (is(key, "progress"))
            t.progress = s.scalar();
        else
            s.skip();
        if (is(key, "start_date"))
            t.hasStart = true;
    }
    return t;
}

// The running sub-task (no end date, a start date), else the last: Task::fromJson's loop.
SubTask readCurrentSubTask(JsonScanner &s)
{
    SubTask current;
    if (!s.atArray()) {
        s.skip();
        return current;
    }
    s.enterArray();
    bool found = false;
    while (s.nextElement()) {
        if (found) {
            s.skip(); // still checked: Qt rejects the page for any error in it
            continue;
        }
        current = readSubTask(s);
        found = Task::epochMs(current.endDate.json()) == 0 && current.hasStart;
    }
    return current;
}

Task readTask(JsonScanner &s)
{
    if (!s.atObject()) {
        s.skip();
        return Task::fromJson(QJsonObject());
    }
    ScannedValue id, name, state, type, osType, created, estimate, project, subtaskInfo, connected;
    SourceBrief source;
    TargetBrief target;
    SubTask current;
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (is(key, "id"))
            id = s.scalar();
        else if (is(key, "name"))
            name = s.scalar();
        else if (is(key, "state"))
            state = s.scalar();
        else if (is(key, "type"))
            type = s.scalar();
        else if (is(key, "os_type"))
            osType = s.scalar();
        else if (is(key, "create_date"))
            created = s.scalar();
        else if (is(key, "estimate_complete_time"))
            estimate = s.scalar();
        else if (is(key, "enterprise_project_id"))
            project = s.scalar();
        else if (is(key, "source_server"))
            source = readSourceBrief(s);
        else if (is(key, "target_server"))
            target = readTargetBrief(s);
        else if (is(key, "sub_tasks"))
            current = readCurrentSubTask(s);
        else if (is(key, "subtask_info"))
            subtaskInfo = s.scalar();
        else if (is(key, "connected"))
            connected = s.scalar();
        else
            s.skip();
    }
    if (s.failed())
        return {};

    Task t;
    t.id = id.text();
    t.name = name.text();
    t.state = state.text();
    t.type = type.text();
    t.osType = osType.text();
    t.createdMs = Task::epochMs(created.json());
    t.estimateCompleteMs = Task::epochMs(estimate.json());
    t.enterpriseProjectId = project.text();
    t.sourceId = source.id.text();
    t.sourceName = source.name.text();
    t.sourceIp = source.ip.text();
    t.sourceOsVersion = source.osVersion.text();
    t.sourceState = source.state.text();
    if (t.osType.isEmpty())
        t.osType = source.osType.text();
    t.targetServerId = target.vmId.text();
    t.targetServerName = target.name.text();
    if (current.nonEmpty) {
        t.subtaskName = current.name.text();
        if (const auto p = JsonRead::integer(current.progress.json()))
            t.progress = int(std::clamp<qint64>(*p, 0, 100));
    }
    if (t.subtaskName.isEmpty())
        t.takeSubtaskInfo(subtaskInfo.text());
    t.connected = JsonRead::boolean(connected.json());
    return t;
}

SourceServer readSource(JsonScanner &s)
{
    if (!s.atObject()) {
        s.skip();
        return SourceServer::fromJson(QJsonObject());
    }
    ScannedValue id, name, ip, state, connected;
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (is(key, "id"))
            id = s.scalar();
        else if (is(key, "name"))
            name = s.scalar();
        else if (is(key, "ip"))
            ip = s.scalar();
        else if (is(key, "state"))
            state = s.scalar();
        else if (is(key, "connected"))
            connected = s.scalar();
        else
            s.skip();
    }
    if (s.failed())
        return {};
    SourceServer server;
    server.id = id.text();
    server.name = name.text();
    server.ip = ip.text();
    server.state = state.text();
    server.connected = JsonRead::boolean(connected.json());
    return server;
}

template<typename Item, typename Read>
std::optional<ParsedPage> scan(QByteArrayView body, QByteArrayView listKey, QList<Item> ParsedPage::*into, Read read)
{
    JsonScanner s(body);
    if (!s.beginDocument())
        return std::nullopt;
    ScannedValue count;
    bool listed = false;
    QList<Item> items;
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (is(key, "count")) {
            count = s.scalar();
        } else if (key == listKey) {
            items.clear(); // the last one counts
            listed = s.atArray();
            if (!listed) {
                s.skip();
                continue;
            }
            s.enterArray();
            while (s.nextElement())
                items.append(read(s));
        } else {
            s.skip();
        }
    }
    if (!s.endDocument())
        return std::nullopt;
    ParsedPage p;
    if (!listed)
        return p; // a valid object without the list: unreadable, as for Qt
    p.readable = true;
    p.count = int(JsonRead::integer(count.json()).value_or(-1));
    p.*into = std::move(items);
    return p;
}

} // namespace

std::optional<ParsedPage> PageScanner::tasksPage(QByteArrayView body)
{
    return scan(body, "tasks", &ParsedPage::tasks, &readTask);
}

std::optional<ParsedPage> PageScanner::sourcesPage(QByteArrayView body)
{
    return scan(body, "source_servers", &ParsedPage::sources, &readSource);
}
