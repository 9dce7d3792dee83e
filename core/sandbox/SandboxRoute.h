#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The endpoints the sandbox serves; fault specs and IAM actions are attached to these.
enum class SandboxRoute {
    ListTasks, // GET /v3/tasks
    ShowTask, // GET /v3/tasks/{id}
    ListSources, // GET /v3/sources
    DeleteTasks, // POST /v3/tasks/delete
    DeleteTask, // DELETE /v3/tasks/{id}
    TaskAction, // POST /v3/tasks/{id}/action (UpdateTaskStatus)
    DeleteSources, // POST /v3/sources/delete (DeleteServers)
    DeleteSource, // DELETE /v3/sources/{id} (DeleteServer)
    AuthTokens, // POST /v3/auth/tokens
    ListProjects, // GET /v3/projects
    AuthDomains, // GET /v3/auth/domains
    Journal, // GET /_sandbox/journal
    Unknown,
};

struct SandboxRouteMatch
{
    SandboxRoute route = SandboxRoute::Unknown;
    QString taskId; // decoded {id} for ShowTask / DeleteTask / TaskAction
    QString sourceId; // decoded {id} for DeleteSource
};

class SandboxRoutes
{
public:
    static SandboxRouteMatch match(const QByteArray &method, const QByteArray &rawPath);
    // Name used in fault specs and the journal ("tasks", "task", "sources", "delete", "delete-one", "action", ...).
    static QString name(SandboxRoute route);
    static std::optional<SandboxRoute> fromName(const QString &name);
    // The IAM action a --deny names to refuse the route; empty for routes IAM policies don't cover.
    static QString iamAction(SandboxRoute route);
    static bool isSms(SandboxRoute route);
};
