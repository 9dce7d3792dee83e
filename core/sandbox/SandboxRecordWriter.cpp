#include "sandbox/SandboxRecordWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace {

// What Qt writes for one value, for the forms this writer does not produce itself.
QByteArray qtValue(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray string(const QString &s)
{
    // Printable ASCII without quote or backslash is written as is by every JSON writer; anything
    // else (escapes, non-ASCII) is left to Qt, so the bytes stay Qt's.
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return qtValue(s);
        out += char(u);
    }
    out += '"';
    return out;
}

QByteArray number(double d)
{
    // Integral values within 2^53 are written as integers by QJsonDocument; others ('g', shortest)
    // come from Qt once per value: the emulator uses a handful of fractional values.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= Exact)
        return QByteArray::number(qint64(d));
    thread_local QHash<double, QByteArray> written;
    auto it = written.constFind(d);
    if (it == written.constEnd())
        it = written.insert(d, qtValue(d));
    return *it;
}

QByteArray time(qint64 ms, SandboxConfig::TimeUnit unit)
{
    switch (unit) {
    case SandboxConfig::TimeUnit::Ms:
        return number(double(ms));
    case SandboxConfig::TimeUnit::S:
        return number(double(ms / 1000));
    }
    return number(double(ms));
}

// One JSON object: fields in any order, written sorted by key as QJsonObject keeps them.
class ObjectWriter
{
public:
    ObjectWriter &add(const char *key, QByteArray json)
    {
        m_fields.emplace_back(key, std::move(json));
        return *this;
    }
    ObjectWriter &add(const char *key, const QString &s) { return add(key, string(s)); }
    ObjectWriter &add(const char *key, bool b) { return add(key, QByteArray(b ? "true" : "false")); }
    ObjectWriter &addNumber(const char *key, double d) { return add(key, number(d)); }
    QByteArray finish()
    {
        std::sort(m_fields.begin(), m_fields.end(),
                  [](const auto &a, const auto &b) { return std::strcmp(a.first, b.first) < 0; });
        qsizetype size = 2;
        for (const auto &f : m_fields)
            size += qsizetype(std::strlen(f.first)) + f.second.size() + 4;
        QByteArray out;
        out.reserve(size);
        out += '{';
        for (size_t i = 0; i < m_fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += '"';
            out += m_fields[i].first;
            out += "\":";
            out += m_fields[i].second;
        }
        out += '}';
        return out;
    }

private:
    std::vector<std::pair<const char *, QByteArray>> m_fields;
};

QByteArray sourceBrief(const SandboxSource &s)
{
    ObjectWriter o;
    o.add("id", s.id).add("ip", s.ip).add("name", s.name).add("os_type", s.osType).add("oem_system", s.oemSystem);
    o.add("state", s.state);
    if (!s.omitOsVersion)
        o.add("os_version", s.osVersion);
    return o.finish();
}

QByteArray target(const SandboxTargetServer &t)
{
    ObjectWriter o;
    o.add("id", t.id).add("vm_id", t.vmId).add("name", t.name).add("ip", t.ip).add("os_type", t.osType);
    o.add("os_version", t.osVersion);
    return o.finish();
}

QByteArray subTasks(const SandboxTask &t, SandboxConfig::TimeUnit unit)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < t.subTasks.size(); ++i) {
        const SandboxSubTask &st = t.subTasks.at(i);
        ObjectWriter o;
        o.addNumber("id", double(st.id)).add("name", st.name).addNumber("progress", st.progress);
        o.add("start_date", time(st.startMs, unit));
        if (st.endMs)
            o.add("end_date", time(st.endMs, unit));
        if (!st.processTrace.isEmpty())
            o.add("process_trace", st.processTrace);
        if (i > 0)
            out += ',';
        out += o.finish();
    }
    return out + ']';
}

} // namespace

QByteArray SandboxRecordWriter::listTask(const SandboxTask &t, const SandboxSource &s, SandboxConfig::TimeUnit unit)
{
    // The fields of SandboxJson::listTask, one for one.
    ObjectWriter o;
    o.add("id", t.id).add("name", t.name).add("type", t.type).add("os_type", t.osType).add("state", t.state);
    if (!t.omitEstimate)
        o.add("estimate_complete_time", time(t.estimateCompleteMs, unit));
    o.add("create_date", time(t.createMs, unit));
    o.addNumber("priority", t.priority).addNumber("speed_limit", t.speedLimit);
    o.addNumber("migrate_speed", t.migrateSpeed).addNumber("compress_rate", t.compressRate);
    o.add("start_target_server", t.startTargetServer);
    if (!t.errorJson.isEmpty())
        o.add("error_json", t.errorJson);
    if (t.totalTimeMs)
        o.addNumber("total_time", double(t.totalTimeMs));
    o.add("migration_ip", t.migrationIp);
    o.add("sub_tasks", subTasks(t, unit));
    o.add("source_server", sourceBrief(s));
    if (!t.omitEnterpriseProject)
        o.add("enterprise_project_id", t.enterpriseProjectId);
    if (t.hasTarget)
        o.add("target_server", target(t.target));
    o.add("log_collect_status", t.logCollectStatus).add("syncing", t.syncing);
    o.add("need_migration_test", t.needMigrationTest);
    if (!t.subtaskInfo.isEmpty())
        o.add("subtask_info", t.subtaskInfo);
    const bool running = t.migrateSpeed > 0;
    o.addNumber("total_cpu_usage", running ? 37.5 : 3.1).addNumber("agent_cpu_usage", running ? 12.25 : 0.0);
    o.addNumber("total_mem_usage", running ? 5120.0 : 1024.0).addNumber("agent_mem_usage", running ? 256.0 : 0.0);
    o.addNumber("total_disk_io", running ? 180.5 : 0.5).addNumber("agent_disk_io", running ? 120.0 : 0.0);
    return o.finish();
}

QByteArray SandboxRecordWriter::source(const SandboxSource &s, SandboxConfig::TimeUnit unit)
{
    // The fields of SandboxJson::source, one for one.
    ObjectWriter o;
    o.add("id", s.id).add("ip", s.ip).add("name", s.name).add("enterprise_project_id", s.enterpriseProjectId);
    o.add("add_date", time(s.addDateMs, unit)).add("os_type", s.osType).add("oem_system", s.oemSystem);
    o.add("state", s.state).add("connected", s.connected).addNumber("cpu_quantity", s.cpuQuantity);
    o.addNumber("memory", double(s.memory)).addNumber("replicatesize", double(s.replicateSize));
    o.addNumber("totalsize", double(s.totalSize)).add("last_visit_time", time(s.lastVisitMs, unit));
    o.add("state_action_time", time(s.stateActionMs, unit));
    if (!s.omitOsVersion)
        o.add("os_version", s.osVersion);
    if (!s.migrationCycle.isEmpty())
        o.add("migration_cycle", s.migrationCycle);
    return o.finish();
}
