#include "sandbox/SandboxRecordWriter.h"

#include "model/JsonText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace {

// What Qt writes for one value, for the forms this writer does not produce itself.
QByteArray qtValue(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void appendNumber(std::string &out, double d)
{
    // Integral values within 2^53 are written as integers by QJsonDocument; others ('g', shortest)
    // come from Qt once per value: the emulator uses a handful of fractional values.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= Exact) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, qint64(d));
        out.append(digits, size_t(r.ptr - digits));
        return;
    }
    thread_local QHash<double, QByteArray> written;
    auto it = written.constFind(d);
    if (it == written.constEnd())
        it = written.insert(d, qtValue(d));
    out.append(it->constData(), size_t(it->size()));
}

qint64 time(qint64 ms, SandboxConfig::TimeUnit unit)
{
    return unit == SandboxConfig::TimeUnit::S ? ms / 1000 : ms;
}

// One JSON object: fields in any order, written sorted by key as QJsonObject keeps them. The values
// are written into one buffer as they come (std::string: its appends are inline, QByteArray's are
// calls into Qt); finish() copies them out in key order.
class ObjectWriter
{
public:
    ObjectWriter() { m_values.reserve(1024); }

    ObjectWriter &add(const char *key, const QByteArray &json)
    {
        begin(key);
        m_values.append(json.constData(), size_t(json.size()));
        return end();
    }
    ObjectWriter &add(const char *key, const QString &s)
    {
        begin(key);
        JsonText::appendString(m_values, s);
        return end();
    }
    ObjectWriter &add(const char *key, bool b)
    {
        begin(key);
        m_values.append(b ? "true" : "false");
        return end();
    }
    ObjectWriter &addNumber(const char *key, double d)
    {
        begin(key);
        appendNumber(m_values, d);
        return end();
    }
    ObjectWriter &addTime(const char *key, qint64 ms, SandboxConfig::TimeUnit unit)
    {
        return addNumber(key, double(time(ms, unit)));
    }
    QByteArray finish()
    {
        // By the keys' first 8 bytes, which tell almost every pair apart, then by the whole key.
        std::sort(m_fields.begin(), m_fields.end(), [](const Field &a, const Field &b) {
            return a.prefix != b.prefix ? a.prefix < b.prefix : std::strcmp(a.key, b.key) < 0;
        });
        qsizetype size = 2 + std::max<qsizetype>(0, m_fields.size() - 1);
        for (const Field &f : m_fields)
            size += qsizetype(f.keyLength + (f.to - f.from) + 3);
        QByteArray out(size, Qt::Uninitialized);
        char *p = out.data();
        *p++ = '{';
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            const Field &f = m_fields.at(i);
            if (i > 0)
                *p++ = ',';
            *p++ = '"';
            p = std::copy_n(f.key, f.keyLength, p);
            *p++ = '"';
            *p++ = ':';
            p = std::copy_n(m_values.data() + f.from, f.to - f.from, p);
        }
        *p = '}';
        return out;
    }

private:
    struct Field
    {
        const char *key;
        size_t keyLength;
        quint64 prefix; // the first 8 bytes, big-endian, zero-padded: ordered as strcmp orders them
        size_t from;
        size_t to;
    };

    void begin(const char *key)
    {
        const size_t length = std::strlen(key);
        quint64 prefix = 0;
        for (size_t i = 0; i < 8; ++i)
            prefix = (prefix << 8) | (i < length ? quint64(quint8(key[i])) : 0);
        m_fields.append({ key, length, prefix, m_values.size(), 0 });
    }
    ObjectWriter &end()
    {
        m_fields.last().to = m_values.size();
        return *this;
    }

    std::string m_values;
    QVarLengthArray<Field, 40> m_fields;
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
        o.addTime("start_date", st.startMs, unit);
        if (st.endMs)
            o.addTime("end_date", st.endMs, unit);
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
        o.addTime("estimate_complete_time", t.estimateCompleteMs, unit);
    o.addTime("create_date", t.createMs, unit);
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
    o.addTime("add_date", s.addDateMs, unit).add("os_type", s.osType).add("oem_system", s.oemSystem);
    o.add("state", s.state).add("connected", s.connected).addNumber("cpu_quantity", s.cpuQuantity);
    o.addNumber("memory", double(s.memory)).addNumber("replicatesize", double(s.replicateSize));
    o.addNumber("totalsize", double(s.totalSize)).addTime("last_visit_time", s.lastVisitMs, unit);
    o.addTime("state_action_time", s.stateActionMs, unit);
    if (!s.omitOsVersion)
        o.add("os_version", s.osVersion);
    if (!s.migrationCycle.isEmpty())
        o.add("migration_cycle", s.migrationCycle);
    return o.finish();
}
