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

namespace {
QJsonObject step(const QString &id, const QString &outcome, const SmsError &e, const QStringList &requestIds)
{
    QJsonObject item { { QStringLiteral("id"), id }, { QStringLiteral("outcome"), outcome } };
    if (!e.code.isEmpty())
        item[QStringLiteral("code")] = e.code;
    if (e.httpStatus > 0)
        item[QStringLiteral("http_status")] = e.httpStatus;
    if (!requestIds.isEmpty())
        item[QStringLiteral("request_ids")] = QJsonArray::fromStringList(requestIds);
    return item;
}
} // namespace

bool AuditLog::append(const QString &path, const Context &c, const QList<DeleteResult> &results)
{
    QJsonArray items;
    QJsonObject summary;
    for (const DeleteResult &r : results) {
        const QString keyword = r.stepsKeyword();
        summary[keyword] = summary.value(keyword).toInt() + 1;
        QJsonObject item = step(r.id, keyword, r.error, r.requestIds);
        if (r.stop) {
            QJsonObject stop = step(r.id, StopResult::keyword(r.stop->outcome), r.stop->error, {});
            stop.remove(QStringLiteral("id"));
            stop[QStringLiteral("sent")] = r.stop->stopSent;
            item[QStringLiteral("stop")] = stop;
        }
        items.append(item);
    }
    return write(path, c, QStringLiteral("delete"), summary, items);
}

bool AuditLog::appendStops(const QString &path, const Context &c, const QList<StopResult> &stops)
{
    QJsonArray items;
    QJsonObject summary;
    for (const StopResult &r : stops) {
        const QString keyword = StopResult::keyword(r.outcome);
        summary[keyword] = summary.value(keyword).toInt() + 1;
        QJsonObject item = step(r.task.id, keyword, r.error, r.requestIds);
        item[QStringLiteral("sent")] = r.stopSent;
        items.append(item);
    }
    return write(path, c, QStringLiteral("stop"), summary, items);
}

bool AuditLog::appendSourceRemoval(const QString &path, const Context &c, const QList<SourceCleanup::Result> &results)
{
    QJsonArray items;
    QJsonObject summary;
    for (const SourceCleanup::Result &r : results) {
        const QString keyword = SourceCleanup::keyword(r.outcome);
        summary[keyword] = summary.value(keyword).toInt() + 1;
        items.append(step(r.id, keyword, r.error, r.requestId.isEmpty() ? QStringList() : QStringList { r.requestId }));
    }
    return write(path, c, QStringLiteral("remove-sources"), summary, items);
}

bool AuditLog::write(const QString &path, const Context &c, const QString &operation, const QJsonObject &summary,
                     const QJsonArray &items)
{
    const QJsonObject line {
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("operation"), operation },
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
