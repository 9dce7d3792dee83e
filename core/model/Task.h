#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One migration task as ListTasks returns it (reference/sms-api.md §3.3), joined with the
// connection state of its source (ListServers). Every field is optional on the wire.
struct Task
{
    QString id;
    QString name;
    QString state; // task state, open enum (TaskState)
    QString type; // MIGRATE_BLOCK / MIGRATE_FILE
    QString osType; // WINDOWS / LINUX
    qint64 createdMs = 0; // 0 = unknown
    qint64 estimateCompleteMs = 0; // 0 = unknown
    QString enterpriseProjectId;
    QString subtaskName; // current (or last) sub-task
    int progress = -1; // its progress in %, -1 = unknown

    QString sourceId;
    QString sourceName;
    QString sourceIp;
    QString sourceOsVersion;
    QString sourceState; // source-server state, open enum (SourceState)
    std::optional<bool> connected; // from ListServers or ShowTask; unset = unknown

    // What to clean up after the task is gone: the target ECS (target_server.vm_id, the id the ECS
    // console and API know; not target_server.id, SMS's own) and its name.
    QString targetServerId;
    QString targetServerName;

    // Every field equal: a refresh that changes nothing signals nothing.
    bool sameAs(const Task &o) const;

    // Tolerant: missing fields stay empty, unknown enum values are kept as they are.
    static Task fromJson(const QJsonObject &o);
    // Epoch milliseconds from a value in milliseconds or seconds (the unit is unconfirmed).
    static qint64 epochMs(const QJsonValue &v);
    // Without sub_tasks: subtask_info ("MIGRATE_LINUX_FILE:45%") gives the name and the progress.
    void takeSubtaskInfo(const QString &info);
};
Q_DECLARE_METATYPE(Task)
