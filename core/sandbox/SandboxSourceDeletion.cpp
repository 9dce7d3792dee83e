#include "sandbox/SandboxSourceDeletion.h"

#include "sandbox/SandboxBatch.h"
#include "sandbox/SandboxErrors.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr int MaxIdChars = 36; // DeleteServers and DeleteServer: ids of 1-36 characters

QString hasTasks(const QString &id, int tasks)
{
    return QStringLiteral("source server %1 cannot be deleted: it has %2 migration task(s)").arg(id).arg(tasks);
}

} // namespace

SandboxSourceDeletion::SandboxSourceDeletion(SandboxStore *store)
    : m_store(store)
{ }

SandboxResponse SandboxSourceDeletion::deleteSources(const SandboxConfig &config, const QByteArray &body)
{
    SandboxBatch batch;
    if (auto bad = batch.read(body, 1, MaxIdChars))
        return *bad;
    const QStringList &ids = batch.ids();
    const QList<int> tasks = m_store->sourceTaskCounts(ids);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        if (batch.repeated(id, QStringLiteral("source server")))
            continue;
        if (tasks.at(i) < 0) {
            batch.refuse(id, SandboxBatch::Refusal::Unknown, QLatin1String(SandboxErrors::TaskNotFound),
                         SandboxErrors::notFoundMessage(), QStringLiteral("source server %1 does not exist").arg(id));
        } else if (tasks.at(i) > 0) {
            batch.refuse(id, SandboxBatch::Refusal::Refused, QLatin1String(SandboxErrors::SourceHasTask),
                         SandboxErrors::sourceHasTaskMessage(), hasTasks(id, tasks.at(i)));
        } else {
            batch.accept(id);
        }
    }
    if (auto refused = batch.refusal(config.batch))
        return *refused;
    // The store checks again under its lock: a task added meanwhile keeps its source.
    const QStringList removed = m_store->removeSources(batch.accepted());
    QStringList deleted;
    for (const QString &id : batch.accepted()) {
        if (removed.contains(id))
            deleted.append(id);
    }
    return batch.done(deleted);
}

SandboxResponse SandboxSourceDeletion::deleteSource(const QString &id)
{
    SandboxResponse r;
    const int tasks = id.size() > MaxIdChars ? 0 : m_store->sourceTaskCounts({ id }).constFirst();
    if (id.size() > MaxIdChars) {
        r = SandboxErrors::badParameter(QStringLiteral("source_id must be 1 to %1 characters").arg(MaxIdChars));
    } else if (tasks < 0) {
        r = SandboxErrors::sourceNotFound(id);
    } else if (tasks > 0) {
        const QString code = QLatin1String(SandboxErrors::SourceHasTask);
        r = SandboxErrors::sms(400, code, SandboxErrors::sourceHasTaskMessage(), { id },
                               { { code, hasTasks(id, tasks) } });
    } else {
        r = SandboxResponse::ok(QJsonObject());
        r.idsDeleted = QJsonArray::fromStringList(m_store->removeSources({ id }));
    }
    r.isDelete = true;
    r.idsSent = QJsonArray { id };
    return r;
}
