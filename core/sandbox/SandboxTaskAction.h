#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRecords.h"
#include "sandbox/SandboxResponse.h"

#include <QObject>
#include <QString>

#include <optional>

class SandboxStore;

// UpdateTaskStatus (POST /v3/tasks/{id}/action, {"operation": ...}): stop takes a running task through
// stopping / ABORTING to stopped / ABORT after SandboxConfig::stopDelayMs, start resumes a stopped one,
// the other documented operations are accepted and change nothing. Lives in the server thread; the
// delayed step is a timer of this object, so it dies with the server and never reaches a store that
// is gone.
class SandboxTaskAction : public QObject
{
    Q_OBJECT

public:
    // UpdateTaskStatusReq.operation: the SDK's enum, then the two the doc comment adds.
    enum class Operation {
        Start,
        Stop,
        Test,
        CloneTest,
        Restart,
        NetworkCheck,
        Clear,
        Skip,
        MigrationTest,
        Cutover,
        ErrorForOverspeed,
    };

    explicit SandboxTaskAction(SandboxStore *store, QObject *parent = nullptr);

    // The answer, with the journal's task_id and operation (null when the body named none).
    SandboxResponse handle(const SandboxConfig &config, const QString &taskId, const QByteArray &body);

    static QString name(Operation operation);
    static std::optional<Operation> fromName(const QString &name);

private:
    SandboxResponse apply(const SandboxConfig &config, Operation operation, const SandboxTask &task,
                          const SandboxSource &source);
    SandboxResponse stop(const SandboxConfig &config, const SandboxTask &task, const SandboxSource &source);
    SandboxResponse start(const SandboxTask &task, const SandboxSource &source);

    SandboxStore *m_store;
};
