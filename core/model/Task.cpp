#include "model/Task.h"

#include "model/JsonRead.h"

#include <QJsonArray>

#include <algorithm>

qint64 Task::epochMs(const QJsonValue &v)
{
    const qint64 n = JsonRead::integer(v).value_or(0);
    if (n <= 0)
        return 0;
    // Below 10^11 a value cannot be milliseconds of a plausible date (that is 1973): seconds.
    return n < 100000000000LL ? n * 1000 : n;
}

void Task::takeSubtaskInfo(const QString &info)
{
    subtaskName = info;
    const qsizetype colon = info.lastIndexOf(u':');
    if (colon <= 0 || !info.endsWith(u'%'))
        return;
    bool ok = false;
    const int p = QStringView(info).sliced(colon + 1).chopped(1).trimmed().toInt(&ok);
    if (!ok || p < 0 || p > 100)
        return; // not the documented form: shown as it came
    subtaskName = info.first(colon).trimmed();
    if (progress < 0) // a sub-task's own progress wins
        progress = p;
}

Task Task::fromJson(const QJsonObject &o)
{
    Task t;
    t.id = JsonRead::text(o.value(QLatin1String("id")));
    t.name = JsonRead::text(o.value(QLatin1String("name")));
    t.state = JsonRead::text(o.value(QLatin1String("state")));
    t.type = JsonRead::text(o.value(QLatin1String("type")));
    t.osType = JsonRead::text(o.value(QLatin1String("os_type")));
    t.createdMs = epochMs(o.value(QLatin1String("create_date")));
    t.estimateCompleteMs = epochMs(o.value(QLatin1String("estimate_complete_time")));
    t.enterpriseProjectId = JsonRead::text(o.value(QLatin1String("enterprise_project_id")));

    const QJsonObject src = o.value(QLatin1String("source_server")).toObject();
    t.sourceId = JsonRead::text(src.value(QLatin1String("id")));
    t.sourceName = JsonRead::text(src.value(QLatin1String("name")));
    t.sourceIp = JsonRead::text(src.value(QLatin1String("ip")));
    t.sourceOsVersion = JsonRead::text(src.value(QLatin1String("os_version")));
    t.sourceState = JsonRead::text(src.value(QLatin1String("state")));
    if (t.osType.isEmpty())
        t.osType = JsonRead::text(src.value(QLatin1String("os_type")));
    const QJsonObject target = o.value(QLatin1String("target_server")).toObject();
    t.targetServerId = JsonRead::text(target.value(QLatin1String("vm_id")));
    t.targetServerName = JsonRead::text(target.value(QLatin1String("name")));

    // The running sub-task is the one without an end date; otherwise the last one.
    const QJsonArray subs = o.value(QLatin1String("sub_tasks")).toArray();
    QJsonObject current;
    for (const QJsonValue &v : subs) {
        const QJsonObject s = v.toObject();
        current = s;
        if (epochMs(s.value(QLatin1String("end_date"))) == 0 && s.contains(QLatin1String("start_date")))
            break;
    }
    if (!current.isEmpty()) {
        t.subtaskName = JsonRead::text(current.value(QLatin1String("name")));
        if (const auto p = JsonRead::integer(current.value(QLatin1String("progress"))))
            t.progress = int(std::clamp<qint64>(*p, 0, 100));
    }
    if (t.subtaskName.isEmpty())
        t.takeSubtaskInfo(JsonRead::text(o.value(QLatin1String("subtask_info"))));

    t.connected = JsonRead::boolean(o.value(QLatin1String("connected")));
    return t;
}

bool Task::sameAs(const Task &o) const
{
    return id == o.id && name == o.name && state == o.state && type == o.type && osType == o.osType
        && createdMs == o.createdMs && estimateCompleteMs == o.estimateCompleteMs
        && enterpriseProjectId == o.enterpriseProjectId && subtaskName == o.subtaskName && progress == o.progress
        && sourceId == o.sourceId && sourceName == o.sourceName && sourceIp == o.sourceIp
        && sourceOsVersion == o.sourceOsVersion && sourceState == o.sourceState && connected == o.connected
        && targetServerId == o.targetServerId && targetServerName == o.targetServerName;
}
