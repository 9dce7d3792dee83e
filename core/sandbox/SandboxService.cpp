#include "sandbox/SandboxService.h"

#include "model/SourceState.h"
#include "model/TaskState.h"
#include "sandbox/SandboxBatch.h"
#include "sandbox/SandboxDeletionRule.h"
#include "sandbox/SandboxErrors.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxQuery.h"
#include "sandbox/SandboxRecordCache.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

SandboxService::SandboxService(const SandboxConfig &config, SandboxStore *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_auth(config)
    , m_iam(config, &m_auth)
    , m_actions(store)
    , m_sourceDeletion(store)
{
    m_store->setTimeUnit(config.timeUnit); // the store's records are written in the unit we answer in
}

void SandboxService::setConfig(const SandboxConfig &config)
{
    m_config = config;
    m_store->setTimeUnit(config.timeUnit); // every record written again, here rather than in a request
    m_auth.setConfig(config);
    m_iam.setConfig(config);
}

bool SandboxService::denied(SandboxRoute route) const
{
    const QString action = SandboxRoutes::iamAction(route);
    if (action.isEmpty())
        return false;
    if (m_config.deny.contains(action))
        return true;
    // The documented alias of DeleteTask, UpdateTaskStatus and DeleteServer.
    const bool aliased
        = route == SandboxRoute::DeleteTask || route == SandboxRoute::TaskAction || route == SandboxRoute::DeleteSource;
    return aliased && m_config.deny.contains(QStringLiteral("sms:server:migrationServer"));
}

SandboxResponse SandboxService::handle(const SandboxRouteMatch &route, const SandboxRequest &request,
                                       const QByteArray &requestId)
{
    if (route.route == SandboxRoute::Unknown)
        return SandboxErrors::apiNotFound(requestId);
    if (request.body.size() > m_config.maxBodyBytes) // refused earlier by the connection, unless lowered since
        return SandboxErrors::tooLarge(requestId);
    if (route.route == SandboxRoute::AuthTokens)
        return m_iam.authTokens(request); // password authentication: the body is the credential

    const SandboxAuth::Result auth = m_auth.verify(request, QDateTime::currentDateTimeUtc());
    if (!auth.ok) {
        SandboxResponse r = SandboxErrors::authFailed(auth.detail, requestId);
        r.note = auth.detail;
        return r;
    }
    if (denied(route.route))
        return SandboxErrors::denied(SandboxRoutes::iamAction(route.route));

    switch (route.route) {
    case SandboxRoute::ListTasks:
        return listTasks(request);
    case SandboxRoute::ShowTask:
        return showTask(route.taskId);
    case SandboxRoute::ListSources:
        return listSources(request);
    case SandboxRoute::DeleteTasks:
        return deleteTasks(request);
    case SandboxRoute::DeleteTask:
        return deleteTask(route.taskId);
    case SandboxRoute::TaskAction:
        return m_actions.handle(m_config, route.taskId, request.body);
    case SandboxRoute::DeleteSources:
        return m_sourceDeletion.deleteSources(m_config, request.body);
    case SandboxRoute::DeleteSource:
        return m_sourceDeletion.deleteSource(route.sourceId);
    case SandboxRoute::ListProjects:
        return m_iam.listProjects(request);
    case SandboxRoute::AuthDomains:
        return m_iam.authDomains();
    case SandboxRoute::AuthTokens:
    case SandboxRoute::Journal:
    case SandboxRoute::Unknown:
        break;
    }
    return SandboxErrors::apiNotFound(requestId);
}

SandboxResponse SandboxService::listTasks(const SandboxRequest &request)
{
    const SandboxQuery q(request.rawQuery);
    QString error;
    const int limit = q.intParam(QStringLiteral("limit"), 100, 0, 200, &error);
    const int offset = q.intParam(QStringLiteral("offset"), 0, 0, 65535, &error);
    SandboxStore::TaskFilter f;
    f.state = q.stringParam(QStringLiteral("state"), 0, 255, &error);
    f.name = q.stringParam(QStringLiteral("name"), 0, 255, &error);
    f.id = q.stringParam(QStringLiteral("id"), 1, 36, &error);
    f.sourceId = q.stringParam(QStringLiteral("source_server_id"), 1, 36, &error);
    f.enterpriseProjectId = q.stringParam(QStringLiteral("enterprise_project_id"), 0, 255, &error);
    if (f.state && !TaskState::known().contains(*f.state))
        error = QStringLiteral("state '%1' is not a task state").arg(*f.state);
    if (!error.isEmpty())
        return SandboxErrors::badParameter(error);

    std::vector<QByteArray> items;
    items.reserve(size_t(limit));
    const int count = m_store->taskRecords(f, offset, limit, &items);
    return SandboxRecordCache::page(count, "tasks", items);
}

SandboxResponse SandboxService::showTask(const QString &id)
{
    const auto view = m_store->task(id);
    if (!view)
        return SandboxErrors::taskNotFound(id);
    return SandboxResponse::ok(SandboxJson::showTask(view->first, view->second, m_config.timeUnit));
}

SandboxResponse SandboxService::listSources(const SandboxRequest &request)
{
    const SandboxQuery q(request.rawQuery);
    QString error;
    int limit = q.intParam(QStringLiteral("limit"), 200, 0, 200, &error);
    if (limit == 0)
        limit = 200; // "0 means the default, 200"
    const int offset = q.intParam(QStringLiteral("offset"), 0, 0, 65535, &error);
    SandboxStore::SourceFilter f;
    f.state = q.stringParam(QStringLiteral("state"), 0, 255, &error);
    f.name = q.stringParam(QStringLiteral("name"), 0, 255, &error);
    f.id = q.stringParam(QStringLiteral("id"), 1, 255, &error);
    f.ip = q.stringParam(QStringLiteral("ip"), 0, 255, &error);
    f.enterpriseProjectId = q.stringParam(QStringLiteral("enterprise_project_id"), 0, 255, &error);
    if (const auto c = q.value(QStringLiteral("connected"))) {
        if (*c == u"true")
            f.connected = true;
        else if (*c == u"false")
            f.connected = false;
        else
            error = QStringLiteral("connected must be true or false");
    }
    if (f.state && !SourceState::known().contains(*f.state))
        error = QStringLiteral("state '%1' is not a source state").arg(*f.state);
    if (!error.isEmpty())
        return SandboxErrors::badParameter(error);

    std::vector<QByteArray> items;
    items.reserve(size_t(limit));
    const int count = m_store->sourceRecords(f, offset, limit, &items);
    return SandboxRecordCache::page(count, "source_servers", items);
}

SandboxService::Verdict SandboxService::verdict(const QString &id, QString *why) const
{
    const auto view = m_store->task(id);
    if (!view) {
        *why = QStringLiteral("task %1 does not exist").arg(id);
        return Verdict::Unknown;
    }
    if (view->first.state == u"DELETING")
        return Verdict::AlreadyDeleting;
    const SandboxSource &s = view->second;
    const bool allowed = SandboxDeletionRule::allows(m_config.rule, s.state, s.connected);
    if (!allowed) {
        *why = QStringLiteral("task %1 cannot be deleted: its source is connected and in state %2").arg(id, s.state);
        return Verdict::Refused;
    }
    return Verdict::Deletable;
}

void SandboxService::deleteIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_config.deleteDelayMs <= 0) {
        m_store->remove(ids);
        return;
    }
    m_store->markDeleting(ids);
    SandboxStore *store = m_store;
    QTimer::singleShot(m_config.deleteDelayMs, this, [store, ids] { store->remove(ids); });
}

SandboxResponse SandboxService::deleteTasks(const SandboxRequest &request)
{
    SandboxBatch batch;
    if (auto bad = batch.read(request.body, 0, 255))
        return *bad;
    for (const QString &id : batch.ids()) {
        if (batch.repeated(id, QStringLiteral("task")))
            continue;
        QString why;
        switch (verdict(id, &why)) {
        case Verdict::Deletable:
            batch.accept(id);
            break;
        case Verdict::AlreadyDeleting:
            break;
        case Verdict::Unknown:
            batch.refuse(id, SandboxBatch::Refusal::Unknown, QLatin1String(SandboxErrors::TaskNotFound),
                         SandboxErrors::notFoundMessage(), why);
            break;
        case Verdict::Refused:
            batch.refuse(id, SandboxBatch::Refusal::Refused, QLatin1String(SandboxErrors::DeleteRefused),
                         QStringLiteral("The in-progress or stopped tasks cannot be deleted."), why);
            break;
        }
    }
    if (auto refused = batch.refusal(m_config.batch))
        return *refused;
    deleteIds(batch.accepted());
    return batch.done(batch.accepted());
}

SandboxResponse SandboxService::deleteTask(const QString &id)
{
    QString why;
    SandboxResponse r;
    switch (verdict(id, &why)) {
    case Verdict::Unknown:
        r = SandboxErrors::taskNotFound(id);
        break;
    case Verdict::Refused:
        r = SandboxErrors::sms(400, QLatin1String(SandboxErrors::DeleteRefused),
                               QStringLiteral("The in-progress or stopped tasks cannot be deleted."), {},
                               { { QLatin1String(SandboxErrors::DeleteRefused), why } });
        break;
    case Verdict::AlreadyDeleting:
        r = SandboxResponse::ok(QJsonObject());
        break;
    case Verdict::Deletable:
        deleteIds({ id });
        r = SandboxResponse::ok(QJsonObject());
        r.idsDeleted = QJsonArray { id };
        break;
    }
    r.isDelete = true;
    r.idsSent = QJsonArray { id };
    return r;
}
