#include "ui/TaskRow.h"

#include "model/SourceState.h"
#include "model/SubTaskName.h"
#include "model/TaskState.h"
#include "model/TaskText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {
QString dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString typeText(const QString &type)
{
    if (type == u"MIGRATE_BLOCK")
        return QCoreApplication::translate("TaskTableModel", "Block");
    if (type == u"MIGRATE_FILE")
        return QCoreApplication::translate("TaskTableModel", "File");
    return type;
}

quint64 packedPrefix(const QString &id)
{
    // Big-endian, one byte a character: integer order is the id's order for ASCII ids (UUIDs).
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | (i < id.size() ? quint64(qMin<char16_t>(id.at(i).unicode(), 0xff)) : 0);
    return v;
}

quint64 numberKey(qint64 n)
{
    return quint64(n) ^ (quint64(1) << 63); // signed order as unsigned
}

template<typename T> int order(const T &l, const T &r)
{
    return l < r ? -1 : (r < l ? 1 : 0);
}

int agentKey(const std::optional<bool> &connected)
{
    return connected.has_value() ? (*connected ? 2 : 1) : 0;
}
} // namespace

TaskRow TaskRow::from(const Task &t)
{
    TaskRow r;
    r.task = t;
    r.verdict = DeletionRule::classify(t.sourceState, t.connected);
    r.searchKey = (t.name + u'\x1f' + t.id + u'\x1f' + t.sourceName + u'\x1f' + t.sourceIp).toLower();
    r.sourceKey = t.sourceName + u' ' + t.sourceIp;
    r.stateOrder = TaskState::sortOrder(t.state);
    r.idPrefix = packedPrefix(t.id);
    return r;
}

bool TaskRow::lessThan(const TaskRow &a, const TaskRow &b, TaskColumn column)
{
    int c = 0;
    switch (column) {
    case TaskColumn::TaskState:
        c = order(a.stateOrder, b.stateOrder);
        break;
    case TaskColumn::SourceState:
        c = a.task.sourceState.compare(b.task.sourceState);
        break;
    case TaskColumn::Agent:
        c = order(agentKey(a.task.connected), agentKey(b.task.connected));
        break;
    case TaskColumn::Progress:
        c = order(a.task.progress, b.task.progress);
        break;
    case TaskColumn::Created:
        c = order(a.task.createdMs, b.task.createdMs);
        break;
    case TaskColumn::EstimatedCompletion:
        c = order(a.task.estimateCompleteMs, b.task.estimateCompleteMs);
        break;
    case TaskColumn::Classification:
        c = order(int(a.verdict.deletability), int(b.verdict.deletability));
        break;
    case TaskColumn::Source:
        c = a.sourceKey.compare(b.sourceKey);
        break;
    case TaskColumn::Name:
        c = a.task.name.compare(b.task.name);
        break;
    case TaskColumn::Id:
    case TaskColumn::Count:
        break;
    case TaskColumn::Type: // raw, so rows of one type group together in every language
        c = a.task.type.compare(b.task.type);
        break;
    case TaskColumn::Os:
        c = osText(a.task).compare(osText(b.task));
        break;
    case TaskColumn::EnterpriseProject:
        c = a.task.enterpriseProjectId.compare(b.task.enterpriseProjectId);
        break;
    case TaskColumn::TargetServer:
        c = targetText(a.task).compare(targetText(b.task));
        break;
    }
    if (c == 0)
        c = order(a.idPrefix, b.idPrefix);
    return c != 0 ? c < 0 : a.task.id < b.task.id;
}

QString TaskRow::progressText(const QString &subTask, int progress)
{
    if (progress < 0)
        return subTask;
    return QCoreApplication::translate("TaskTableModel", "%1 %2%").arg(subTask).arg(progress).trimmed();
}

QString TaskRow::text(TaskColumn c) const
{
    const Task &t = task;
    switch (c) {
    case TaskColumn::Name:
        return t.name;
    case TaskColumn::Id:
        return t.id;
    case TaskColumn::TaskState:
        return TaskState::label(t.state);
    case TaskColumn::Source:
        return TaskText::source(t);
    case TaskColumn::SourceState:
        return SourceState::label(t.sourceState);
    case TaskColumn::Agent:
        return TaskText::agent(t.connected);
    case TaskColumn::Type:
        return typeText(t.type);
    case TaskColumn::Os:
        return osText(t);
    case TaskColumn::Progress:
        return progressText(SubTaskName::label(t.subtaskName), t.progress);
    case TaskColumn::Created:
        return dateText(t.createdMs);
    case TaskColumn::EstimatedCompletion:
        return dateText(t.estimateCompleteMs);
    case TaskColumn::EnterpriseProject:
        return t.enterpriseProjectId;
    case TaskColumn::Classification:
        return DeletionRule::label(verdict.deletability);
    case TaskColumn::TargetServer:
        return targetText(t);
    case TaskColumn::Count:
        break;
    }
    return {};
}

const QString *TaskRow::sortText(const TaskRow &r, TaskColumn column)
{
    switch (column) {
    case TaskColumn::SourceState:
        return &r.task.sourceState;
    case TaskColumn::Source:
        return &r.sourceKey;
    case TaskColumn::Name:
        return &r.task.name;
    case TaskColumn::Type:
        return &r.task.type;
    case TaskColumn::Os:
        return &osText(r.task);
    case TaskColumn::EnterpriseProject:
        return &r.task.enterpriseProjectId;
    case TaskColumn::TargetServer:
        return &targetText(r.task);
    case TaskColumn::TaskState:
    case TaskColumn::Agent:
    case TaskColumn::Progress:
    case TaskColumn::Created:
    case TaskColumn::EstimatedCompletion:
    case TaskColumn::Classification:
    case TaskColumn::Id:
    case TaskColumn::Count:
        break;
    }
    return nullptr;
}

quint64 TaskRow::sortKey(const TaskRow &r, TaskColumn column)
{
    switch (column) {
    case TaskColumn::TaskState:
        return numberKey(r.stateOrder);
    case TaskColumn::Agent:
        return numberKey(agentKey(r.task.connected));
    case TaskColumn::Progress:
        return numberKey(r.task.progress);
    case TaskColumn::Created:
        return numberKey(r.task.createdMs);
    case TaskColumn::EstimatedCompletion:
        return numberKey(r.task.estimateCompleteMs);
    case TaskColumn::Classification:
        return numberKey(int(r.verdict.deletability));
    case TaskColumn::SourceState:
    case TaskColumn::Source:
    case TaskColumn::Name:
    case TaskColumn::Type:
    case TaskColumn::Os:
    case TaskColumn::EnterpriseProject:
    case TaskColumn::TargetServer:
    case TaskColumn::Id:
    case TaskColumn::Count:
        break;
    }
    return r.idPrefix;
}

QString TaskRow::title(TaskColumn column)
{
    switch (column) {
    case TaskColumn::Name:
        return QCoreApplication::translate("TaskTableModel", "Name");
    case TaskColumn::Id:
        return QCoreApplication::translate("TaskTableModel", "Task ID");
    case TaskColumn::TaskState:
        return QCoreApplication::translate("TaskTableModel", "Task state");
    case TaskColumn::Source:
        return QCoreApplication::translate("TaskTableModel", "Source server");
    case TaskColumn::SourceState:
        return QCoreApplication::translate("TaskTableModel", "Source state");
    case TaskColumn::Agent:
        return QCoreApplication::translate("TaskTableModel", "Agent");
    case TaskColumn::Type:
        return QCoreApplication::translate("TaskTableModel", "Type");
    case TaskColumn::Os:
        return QCoreApplication::translate("TaskTableModel", "OS");
    case TaskColumn::Progress:
        return QCoreApplication::translate("TaskTableModel", "Progress");
    case TaskColumn::Created:
        return QCoreApplication::translate("TaskTableModel", "Created");
    case TaskColumn::EstimatedCompletion:
        return QCoreApplication::translate("TaskTableModel", "Estimated completion");
    case TaskColumn::EnterpriseProject:
        return QCoreApplication::translate("TaskTableModel", "Enterprise project");
    case TaskColumn::Classification:
        return QCoreApplication::translate("TaskTableModel", "Deletion");
    case TaskColumn::TargetServer:
        return QCoreApplication::translate("TaskTableModel", "Target server");
    case TaskColumn::Count:
        break;
    }
    return {};
}

QVariant TaskRow::pendingAgent(int role)
{
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("TaskTableModel", "loading…");
    if (role == Qt::ToolTipRole)
        return QCoreApplication::translate("TaskTableModel",
                                           "The source servers are still loading: the Agent's state, and with it "
                                           "whether the task can be deleted, follows.");
    return {};
}

namespace {
qint64 dateOf(const Task &t, TaskColumn column)
{
    switch (column) {
    case TaskColumn::Created:
        return t.createdMs;
    case TaskColumn::EstimatedCompletion:
        return t.estimateCompleteMs;
    default:
        return 0;
    }
}
} // namespace

QString TaskRow::toolTip(TaskColumn column) const
{
    if (const qint64 ms = dateOf(task, column); ms > 0) // the locale's long form names the time zone
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
    if (column == TaskColumn::Classification)
        return DeletionRule::explain(verdict);
    if (column == TaskColumn::SourceState || column == TaskColumn::TaskState)
        return column == TaskColumn::SourceState ? task.sourceState : task.state;
    if (column == TaskColumn::Progress) // the service's own name, for a search in its docs or logs
        return progressText(task.subtaskName, task.progress);
    if (column == TaskColumn::TargetServer && !task.targetServerId.isEmpty()) {
        // With the id: target names need not be unique.
        const QString id = QCoreApplication::translate("TaskTableModel", "Target ECS ID: %1").arg(task.targetServerId);
        return task.targetServerName.isEmpty() ? id : task.targetServerName + u'\n' + id;
    }
    return text(column);
}

QString TaskRow::exportText(TaskColumn column) const
{
    if (const qint64 ms = dateOf(task, column); ms > 0) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate); // "…+08:00"
    }
    return text(column);
}
