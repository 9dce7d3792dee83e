#include "sandbox/SandboxTaskAction.h"

#include "sandbox/SandboxErrors.h"
#include "sandbox/SandboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>

namespace {

constexpr SandboxTaskAction::Operation AllOperations[] = {
    SandboxTaskAction::Operation::Start,
    SandboxTaskAction::Operation::Stop,
    SandboxTaskAction::Operation::Test,
    SandboxTaskAction::Operation::CloneTest,
    SandboxTaskAction::Operation::Restart,
    SandboxTaskAction::Operation::NetworkCheck,
    SandboxTaskAction::Operation::Clear,
    SandboxTaskAction::Operation::Skip,
    SandboxTaskAction::Operation::MigrationTest,
    SandboxTaskAction::Operation::Cutover,
    SandboxTaskAction::Operation::ErrorForOverspeed,
};

// The source states of a migration that stop pauses.
bool running(const QString &sourceState)
{
    return sourceState == u"initialize" || sourceState == u"replicate" || sourceState == u"syncing";
}

// Busy steps that cannot be stopped (the rest of the newer deletion rule's list, stopping aside).
bool unstoppable(const QString &sourceState)
{
    static const QStringList steps { QStringLiteral("deleting"), QStringLiteral("cutovering"),
                                     QStringLiteral("cloning"),  QStringLiteral("clearing"),
                                     QStringLiteral("skipping"), QStringLiteral("premiging") };
    return steps.contains(sourceState);
}

SandboxResponse accepted(const QString &note)
{
    SandboxResponse r = SandboxResponse::ok(QJsonObject());
    r.note = note;
    return r;
}

SandboxResponse refused(const char *code, const QString &message, const QString &why)
{
    SandboxResponse r = SandboxErrors::sms(400, QLatin1String(code), message, {}, { { QLatin1String(code), why } });
    r.note = why;
    return r;
}

} // namespace

SandboxTaskAction::SandboxTaskAction(SandboxStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString SandboxTaskAction::name(Operation operation)
{
    switch (operation) {
    case Operation::Start:
        return QStringLiteral("start");
    case Operation::Stop:
        return QStringLiteral("stop");
    case Operation::Test:
        return QStringLiteral("test");
    case Operation::CloneTest:
        return QStringLiteral("clone_test");
    case Operation::Restart:
        return QStringLiteral("restart");
    case Operation::NetworkCheck:
        return QStringLiteral("network_check");
    case Operation::Clear:
        return QStringLiteral("clear");
    case Operation::Skip:
        return QStringLiteral("skip");
    case Operation::MigrationTest:
        return QStringLiteral("migration_test");
    case Operation::Cutover:
        return QStringLiteral("cutover");
    case Operation::ErrorForOverspeed:
        return QStringLiteral("error_for_overspeed");
    }
    return {};
}

std::optional<SandboxTaskAction::Operation> SandboxTaskAction::fromName(const QString &name)
{
    for (const Operation o : AllOperations) {
        if (SandboxTaskAction::name(o) == name)
            return o;
    }
    return std::nullopt;
}

SandboxResponse SandboxTaskAction::handle(const SandboxConfig &config, const QString &taskId, const QByteArray &body)
{
    // The body is checked before the id, as for the other routes' parameters.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue value = doc.object().value(QStringLiteral("operation"));
    const std::optional<Operation> operation = value.isString() ? fromName(value.toString()) : std::nullopt;
    SandboxResponse r;
    if (!doc.isObject() || !value.isString()) {
        r = SandboxErrors::badParameter(QStringLiteral("the body must be {\"operation\": string}"));
    } else if (!operation) {
        QStringList names;
        for (const Operation o : AllOperations)
            names.append(name(o));
        r = SandboxErrors::badParameter(
            QStringLiteral("operation '%1' is not one of %2").arg(value.toString(), names.join(QStringLiteral(", "))));
    } else if (const auto view = m_store->task(taskId)) {
        r = apply(config, *operation, view->first, view->second);
    } else {
        r = SandboxErrors::taskNotFound(taskId);
    }
    r.journalFields.insert(QStringLiteral("task_id"), taskId);
    r.journalFields.insert(QStringLiteral("operation"), value.isString() ? value : QJsonValue(QJsonValue::Null));
    return r;
}

SandboxResponse SandboxTaskAction::apply(const SandboxConfig &config, Operation operation, const SandboxTask &task,
                                         const SandboxSource &source)
{
    switch (operation) {
    case Operation::Stop:
        return stop(config, task, source);
    case Operation::Start:
        return start(task, source);
    case Operation::Test:
    case Operation::CloneTest:
    case Operation::Restart:
    case Operation::NetworkCheck:
    case Operation::Clear:
    case Operation::Skip:
    case Operation::MigrationTest:
    case Operation::Cutover:
    case Operation::ErrorForOverspeed:
        break;
    }
    return accepted(QStringLiteral("%1: accepted, no effect in the sandbox").arg(name(operation)));
}

SandboxResponse SandboxTaskAction::stop(const SandboxConfig &config, const SandboxTask &task,
                                        const SandboxSource &source)
{
    const QString &state = source.state;
    if (state == u"stopping")
        return accepted(QStringLiteral("stop: already stopping"));
    if (!running(state)) {
        const QString why = unstoppable(state)
            ? QStringLiteral("task %1 cannot be stopped: its source is %2, a step that cannot be stopped")
            : QStringLiteral("task %1 is not running: its source is %2");
        return refused(SandboxErrors::StopRefused, SandboxErrors::stopRefusedMessage(), why.arg(task.id, state));
    }
    const QString stopped = QStringLiteral("stopped");
    const QString abort = QStringLiteral("ABORT");
    if (config.stopDelayMs <= 0) {
        m_store->moveTask(task.id, abort, stopped, task.state, state);
        return accepted(QStringLiteral("stop: source %1 -> stopped, task %2 -> ABORT").arg(state, task.state));
    }
    const QString stopping = QStringLiteral("stopping");
    const QString aborting = QStringLiteral("ABORTING");
    m_store->moveTask(task.id, aborting, stopping, task.state, state);
    // Only from the states set here: a task deleted, restarted or changed by a test meanwhile is left be.
    SandboxStore *store = m_store;
    const QString id = task.id;
    QTimer::singleShot(config.stopDelayMs, this, [store, id, abort, stopped, aborting, stopping] {
        store->moveTask(id, abort, stopped, aborting, stopping);
    });
    return accepted(QStringLiteral("stop: source %1 -> stopping, task %2 -> ABORTING; stopped in %3 ms")
                        .arg(state, task.state)
                        .arg(config.stopDelayMs));
}

SandboxResponse SandboxTaskAction::start(const SandboxTask &task, const SandboxSource &source)
{
    const QString &state = source.state;
    if (running(state))
        return accepted(QStringLiteral("start: already running"));
    if (state != u"stopped") {
        return refused(SandboxErrors::StartRefused, SandboxErrors::startRefusedMessage(),
                       QStringLiteral("task %1 is not paused: its source is %2").arg(task.id, state));
    }
    m_store->moveTask(task.id, QStringLiteral("RUNNING"), QStringLiteral("replicate"), task.state, state);
    return accepted(QStringLiteral("start: source stopped -> replicate, task %1 -> RUNNING").arg(task.state));
}
