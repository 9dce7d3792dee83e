#include "ops/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

QString AuditLog::defaultPath()
{
    // One fixed place for the GUI and the CLI, whatever the executable's name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/sms-task-manager/audit.jsonl");
}

bool AuditLog::append(const QString &path, const Context &c, const QList<DeleteResult> &results)
{
    QJsonArray items;
    QJsonObject summary;
    for (const DeleteResult &r : results) {
        const QString keyword = DeleteResult::keyword(r.outcome);
        summary[keyword] = summary.value(keyword).toInt() + 1;
        QJsonObject item { { QStringLiteral("id"), r.id }, { QStringLiteral("outcome"), keyword } };
        if (!r.error.code.isEmpty())
            item[QStringLiteral("code")] = r.error.code;
        if (r.error.httpStatus > 0)
            item[QStringLiteral("http_status")] = r.error.httpStatus;
        if (!r.requestIds.isEmpty())
            item[QStringLiteral("request_ids")] = QJsonArray::fromStringList(r.requestIds);
        items.append(item);
    }
    const QJsonObject line {
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("front_end"), c.frontEnd },
        { QStringLiteral("profile"), c.profile },
        { QStringLiteral("endpoint"), c.endpoint },
        { QStringLiteral("region"), c.region },
        { QStringLiteral("project_id"), c.projectId },
        { QStringLiteral("domain_id"), c.domainId },
        { QStringLiteral("ak"), c.maskedAk },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("results"), items },
    };
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return f.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') > 0;
}
