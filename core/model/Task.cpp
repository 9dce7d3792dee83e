#include "Task.h"

#include <QJsonArray>

qint64 Task::epochMs(const QJsonValue &v)
{
    qint64 n = 0;
    if (v.isDouble())
        n = qint64(v.toDouble());
    else if (v.isString())
        n = v.toString().toLongLong();
    if (n <= 0)
        return 0;
    // Below 10^11 a value cannot be milliseconds of a plausible date (that is 1973): seconds.
    return n < 100000000000LL ? n * 1000 : n;
}

Task Task::fromJson(const QJsonObject &o)
{
    Task t;
    t.id = o.value(QLatin1String("id")).toString();
    t.name = o.value(QLatin1String("name")).toString();
    t.state = o.value(QLatin1String("state")).toString();
    t.type = o.value(QLatin1String("type")).toString();
    t.osType = o.value(QLatin1String("os_type")).toString();
    t.createdMs = epochMs(o.value(QLatin1String("create_date")));
    t.estimateCompleteMs = epochMs(o.value(QLatin1String("estimate_complete_time")));
    t.enterpriseProjectId = o.value(QLatin1String("enterprise_project_id")).toString();

    const QJsonObject src = o.value(QLatin1String("source_server")).toObject();
    t.sourceId = src.value(QLatin1String("id")).toString();
    t.sourceName = src.value(QLatin1String("name")).toString();
    t.sourceIp = src.value(QLatin1String("ip")).toString();
    t.sourceOsVersion = src.value(QLatin1String("os_version")).toString();
    t.sourceState = src.value(QLatin1String("state")).toString();
    if (t.osType.isEmpty())
        t.osType = src.value(QLatin1String("os_type")).toString();

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
        t.subtaskName = current.value(QLatin1String("name")).toString();
        const QJsonValue p = current.value(QLatin1String("progress"));
        if (p.isDouble())
            t.progress = qBound(0, p.toInt(), 100);
    }
    if (t.subtaskName.isEmpty())
        t.subtaskName = o.value(QLatin1String("subtask_info")).toString();

    if (o.value(QLatin1String("connected")).isBool())
        t.connected = o.value(QLatin1String("connected")).toBool();
    return t;
}
