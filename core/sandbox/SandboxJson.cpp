#include "sandbox/SandboxJson.h"

#include <QJsonArray>

namespace {

QJsonValue time(qint64 ms, SandboxConfig::TimeUnit unit)
{
    switch (unit) {
    case SandboxConfig::TimeUnit::Ms:
        return double(ms);
    case SandboxConfig::TimeUnit::S:
        return double(ms / 1000);
    }
    return double(ms);
}

QJsonObject sourceBrief(const SandboxSource &s)
{
    QJsonObject o { { QStringLiteral("id"), s.id },
                    { QStringLiteral("ip"), s.ip },
                    { QStringLiteral("name"), s.name },
                    { QStringLiteral("os_type"), s.osType },
                    { QStringLiteral("oem_system"), s.oemSystem },
                    { QStringLiteral("state"), s.state } };
    if (!s.omitOsVersion)
        o.insert(QStringLiteral("os_version"), s.osVersion);
    return o;
}

QJsonObject target(const SandboxTargetServer &t)
{
    return QJsonObject { { QStringLiteral("id"), t.id },          { QStringLiteral("vm_id"), t.vmId },
                         { QStringLiteral("name"), t.name },      { QStringLiteral("ip"), t.ip },
                         { QStringLiteral("os_type"), t.osType }, { QStringLiteral("os_version"), t.osVersion } };
}

QJsonArray subTasks(const SandboxTask &t, SandboxConfig::TimeUnit unit, bool detail)
{
    QJsonArray a;
    for (const SandboxSubTask &st : t.subTasks) {
        QJsonObject o { { QStringLiteral("id"), double(st.id) },
                        { QStringLiteral("name"), st.name },
                        { QStringLiteral("progress"), st.progress },
                        { QStringLiteral("start_date"), time(st.startMs, unit) } };
        if (st.endMs)
            o.insert(QStringLiteral("end_date"), time(st.endMs, unit));
        if (!st.processTrace.isEmpty())
            o.insert(QStringLiteral("process_trace"), st.processTrace);
        if (detail)
            o.insert(QStringLiteral("user_op"), QStringLiteral("start"));
        a.append(o);
    }
    return a;
}

void common(QJsonObject &o, const SandboxTask &t, const SandboxSource &s, SandboxConfig::TimeUnit unit, bool detail)
{
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("type"), t.type);
    o.insert(QStringLiteral("os_type"), t.osType);
    o.insert(QStringLiteral("state"), t.state);
    if (!t.omitEstimate)
        o.insert(QStringLiteral("estimate_complete_time"), time(t.estimateCompleteMs, unit));
    o.insert(QStringLiteral("create_date"), time(t.createMs, unit));
    o.insert(QStringLiteral("priority"), t.priority);
    o.insert(QStringLiteral("speed_limit"), t.speedLimit);
    o.insert(QStringLiteral("migrate_speed"), t.migrateSpeed);
    o.insert(QStringLiteral("compress_rate"), t.compressRate);
    o.insert(QStringLiteral("start_target_server"), t.startTargetServer);
    if (!t.errorJson.isEmpty())
        o.insert(QStringLiteral("error_json"), t.errorJson);
    if (t.totalTimeMs)
        o.insert(QStringLiteral("total_time"), double(t.totalTimeMs));
    o.insert(QStringLiteral("migration_ip"), t.migrationIp);
    o.insert(QStringLiteral("sub_tasks"), subTasks(t, unit, detail));
    o.insert(QStringLiteral("source_server"), sourceBrief(s));
    if (!t.omitEnterpriseProject)
        o.insert(QStringLiteral("enterprise_project_id"), t.enterpriseProjectId);
    if (t.hasTarget)
        o.insert(QStringLiteral("target_server"), target(t.target));
    o.insert(QStringLiteral("log_collect_status"), t.logCollectStatus);
    o.insert(QStringLiteral("syncing"), t.syncing);
    o.insert(QStringLiteral("need_migration_test"), t.needMigrationTest);
    if (!t.subtaskInfo.isEmpty())
        o.insert(QStringLiteral("subtask_info"), t.subtaskInfo);
    const bool running = t.migrateSpeed > 0;
    o.insert(QStringLiteral("total_cpu_usage"), running ? 37.5 : 3.1);
    o.insert(QStringLiteral("agent_cpu_usage"), running ? 12.25 : 0.0);
    o.insert(QStringLiteral("total_mem_usage"), running ? 5120.0 : 1024.0);
    o.insert(QStringLiteral("agent_mem_usage"), running ? 256.0 : 0.0);
    o.insert(QStringLiteral("total_disk_io"), running ? 180.5 : 0.5);
    o.insert(QStringLiteral("agent_disk_io"), running ? 120.0 : 0.0);
}

} // namespace

QJsonObject SandboxJson::listTask(const SandboxTask &t, const SandboxSource &s, SandboxConfig::TimeUnit unit)
{
    QJsonObject o;
    common(o, t, s, unit, false);
    return o;
}

QJsonObject SandboxJson::showTask(const SandboxTask &t, const SandboxSource &s, SandboxConfig::TimeUnit unit)
{
    QJsonObject o;
    common(o, t, s, unit, true);
    QJsonObject src = o.value(QStringLiteral("source_server")).toObject();
    src.insert(QStringLiteral("migration_cycle"), s.migrationCycle);
    o.insert(QStringLiteral("source_server"), src);
    o.insert(QStringLiteral("connected"), s.connected);
    o.insert(QStringLiteral("region_id"), t.regionId);
    o.insert(QStringLiteral("region_name"), t.regionName);
    o.insert(QStringLiteral("project_id"), t.projectId);
    o.insert(QStringLiteral("project_name"), t.projectName);
    o.insert(QStringLiteral("start_date"), time(t.startMs, unit));
    if (t.finishMs)
        o.insert(QStringLiteral("finish_date"), time(t.finishMs, unit));
    o.insert(QStringLiteral("remain_seconds"), double(t.remainSeconds));
    return o;
}

QJsonObject SandboxJson::source(const SandboxSource &s, SandboxConfig::TimeUnit unit)
{
    QJsonObject o { { QStringLiteral("id"), s.id },
                    { QStringLiteral("ip"), s.ip },
                    { QStringLiteral("name"), s.name },
                    { QStringLiteral("enterprise_project_id"), s.enterpriseProjectId },
                    { QStringLiteral("add_date"), time(s.addDateMs, unit) },
                    { QStringLiteral("os_type"), s.osType },
                    { QStringLiteral("oem_system"), s.oemSystem },
                    { QStringLiteral("state"), s.state },
                    { QStringLiteral("connected"), s.connected },
                    { QStringLiteral("cpu_quantity"), s.cpuQuantity },
                    { QStringLiteral("memory"), double(s.memory) },
                    { QStringLiteral("replicatesize"), double(s.replicateSize) },
                    { QStringLiteral("totalsize"), double(s.totalSize) },
                    { QStringLiteral("last_visit_time"), time(s.lastVisitMs, unit) },
                    { QStringLiteral("state_action_time"), time(s.stateActionMs, unit) } };
    if (!s.omitOsVersion)
        o.insert(QStringLiteral("os_version"), s.osVersion);
    if (!s.migrationCycle.isEmpty())
        o.insert(QStringLiteral("migration_cycle"), s.migrationCycle);
    return o;
}

QJsonValue SandboxJson::mangleTypes(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(mangleTypes(e));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const bool server = it.key() == u"source_server" || it.key() == u"target_server";
            out.insert(it.key(), server ? QJsonValue(QJsonValue::Null) : mangleTypes(it.value()));
        }
        return out;
    }
    case QJsonValue::Null:
    case QJsonValue::String:
    case QJsonValue::Undefined:
        return v;
    }
    return v;
}
