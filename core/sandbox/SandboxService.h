#pragma once

#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxIam.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxRoute.h"
#include "sandbox/SandboxSourceDeletion.h"
#include "sandbox/SandboxTaskAction.h"

#include <QObject>

class SandboxStore;

// What the emulated SMS endpoints answer: authentication, permissions, parameter checks, the
// deletion rule and the batch semantics; the IAM routes pass the same gate and are answered by
// SandboxIam, UpdateTaskStatus by SandboxTaskAction, the source deletes by SandboxSourceDeletion.
// No sockets here (that is SandboxServer), so every answer is the same whether it is delivered,
// delayed or mangled by a fault later. Lives in the server thread.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    SandboxService(const SandboxConfig &config, SandboxStore *store, QObject *parent = nullptr);

    SandboxResponse handle(const SandboxRouteMatch &route, const SandboxRequest &request, const QByteArray &requestId);

    const SandboxConfig &config() const { return m_config; }
    void setConfig(const SandboxConfig &config);

private:
    SandboxResponse listTasks(const SandboxRequest &request);
    SandboxResponse showTask(const QString &id);
    SandboxResponse listSources(const SandboxRequest &request);
    SandboxResponse deleteTasks(const SandboxRequest &request);
    SandboxResponse deleteTask(const QString &id);

    enum class Verdict { Deletable, AlreadyDeleting, Unknown, Refused };
    Verdict verdict(const QString &id, QString *why) const;
    void deleteIds(const QStringList &ids);
    bool denied(SandboxRoute route) const;

    SandboxConfig m_config;
    SandboxStore *m_store;
    SandboxAuth m_auth;
    SandboxIam m_iam; // declared after m_auth, which it points to: its tokens are verified there
    SandboxTaskAction m_actions; // its pending stops die with the service, before the store goes
    SandboxSourceDeletion m_sourceDeletion;
};
