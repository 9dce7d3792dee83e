#include "sandbox/SandboxRoute.h"

#include <QUrl>

namespace {

constexpr SandboxRoute AllRoutes[]
    = { SandboxRoute::ListTasks,  SandboxRoute::ShowTask,     SandboxRoute::ListSources,   SandboxRoute::DeleteTasks,
        SandboxRoute::DeleteTask, SandboxRoute::TaskAction,   SandboxRoute::DeleteSources, SandboxRoute::DeleteSource,
        SandboxRoute::AuthTokens, SandboxRoute::ListProjects, SandboxRoute::AuthDomains,   SandboxRoute::Journal,
        SandboxRoute::Unknown };

} // namespace

SandboxRouteMatch SandboxRoutes::match(const QByteArray &method, const QByteArray &rawPath)
{
    SandboxRouteMatch m;
    const bool get = method == "GET";
    if (rawPath == "/v3/tasks" && get) {
        m.route = SandboxRoute::ListTasks;
    } else if (rawPath == "/v3/tasks/delete" && method == "POST") {
        m.route = SandboxRoute::DeleteTasks;
    } else if (rawPath.startsWith("/v3/tasks/") && rawPath.count('/') == 3 && rawPath.size() > 10) {
        m.taskId = QUrl::fromPercentEncoding(rawPath.mid(10));
        if (get)
            m.route = SandboxRoute::ShowTask;
        else if (method == "DELETE")
            m.route = SandboxRoute::DeleteTask;
    } else if (rawPath.startsWith("/v3/tasks/") && rawPath.endsWith("/action") && rawPath.count('/') == 4
               && rawPath.size() > 17) {
        m.taskId = QUrl::fromPercentEncoding(rawPath.mid(10, rawPath.size() - 17));
        if (method == "POST")
            m.route = SandboxRoute::TaskAction;
    } else if (rawPath == "/v3/sources" && get) {
        m.route = SandboxRoute::ListSources;
    } else if (rawPath == "/v3/sources/delete" && method == "POST") {
        m.route = SandboxRoute::DeleteSources;
    } else if (rawPath.startsWith("/v3/sources/") && rawPath.count('/') == 3 && rawPath.size() > 12) {
        m.sourceId = QUrl::fromPercentEncoding(rawPath.mid(12));
        if (method == "DELETE")
            m.route = SandboxRoute::DeleteSource;
    } else if (rawPath == "/v3/auth/tokens" && method == "POST") {
        m.route = SandboxRoute::AuthTokens;
    } else if (rawPath == "/v3/projects" && get) {
        m.route = SandboxRoute::ListProjects;
    } else if (rawPath == "/v3/auth/domains" && get) {
        m.route = SandboxRoute::AuthDomains;
    } else if (rawPath == "/_sandbox/journal" && get) {
        m.route = SandboxRoute::Journal;
    }
    return m;
}

QString SandboxRoutes::name(SandboxRoute route)
{
    switch (route) {
    case SandboxRoute::ListTasks:
        return QStringLiteral("tasks");
    case SandboxRoute::ShowTask:
        return QStringLiteral("task");
    case SandboxRoute::ListSources:
        return QStringLiteral("sources");
    case SandboxRoute::DeleteTasks:
        return QStringLiteral("delete");
    case SandboxRoute::DeleteTask:
        return QStringLiteral("delete-one");
    case SandboxRoute::TaskAction:
        return QStringLiteral("action");
    case SandboxRoute::DeleteSources:
        return QStringLiteral("sources-delete");
    case SandboxRoute::DeleteSource:
        return QStringLiteral("source-delete");
    case SandboxRoute::AuthTokens:
        return QStringLiteral("tokens");
    case SandboxRoute::ListProjects:
        return QStringLiteral("projects");
    case SandboxRoute::AuthDomains:
        return QStringLiteral("domains");
    case SandboxRoute::Journal:
        return QStringLiteral("journal");
    case SandboxRoute::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<SandboxRoute> SandboxRoutes::fromName(const QString &n)
{
    for (const SandboxRoute r : AllRoutes) {
        if (name(r) == n)
            return r;
    }
    return std::nullopt;
}

QString SandboxRoutes::iamAction(SandboxRoute route)
{
    switch (route) {
    case SandboxRoute::ListTasks:
    case SandboxRoute::ShowTask:
        return QStringLiteral("sms:server:listTask");
    case SandboxRoute::ListSources:
        return QStringLiteral("sms:server:queryServer");
    case SandboxRoute::DeleteTasks:
        return QStringLiteral("sms:server:batchDeleteTask");
    case SandboxRoute::DeleteTask:
        return QStringLiteral("sms:server:deleteTask");
    case SandboxRoute::TaskAction:
        return QStringLiteral("sms:server:manageTask"); // UpdateTaskStatus page, identity policies
    case SandboxRoute::DeleteSources:
        return QStringLiteral("sms:server:batchDelete"); // assumed: the docs name no identity-policy action
    case SandboxRoute::DeleteSource:
        return QStringLiteral("sms:server:delete"); // DeleteServer page, identity policies
    case SandboxRoute::AuthTokens:
    case SandboxRoute::ListProjects:
    case SandboxRoute::AuthDomains:
    case SandboxRoute::Journal:
    case SandboxRoute::Unknown:
        return {};
    }
    return {};
}

bool SandboxRoutes::isSms(SandboxRoute route)
{
    return !iamAction(route).isEmpty();
}
