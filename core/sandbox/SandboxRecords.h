#pragma once

#include <QList>
#include <QString>

// The emulated account's data, kept as plain records and rendered to JSON per request, so the
// time unit and the source's current state are always those of the moment.

struct SandboxSource
{
    QString id;
    QString ip;
    QString name;
    QString osType; // WINDOWS / LINUX
    QString osVersion;
    QString state; // source-server state (open enum; may be a future value)
    QString enterpriseProjectId;
    QString migrationCycle;
    bool connected = false;
    bool listed = true; // false: absent from GET /v3/sources, but the service still knows it
    bool oemSystem = false;
    qint64 addDateMs = 0;
    qint64 lastVisitMs = 0;
    qint64 stateActionMs = 0;
    int cpuQuantity = 0;
    qint64 memory = 0;
    qint64 totalSize = 0;
    qint64 replicateSize = 0;
    bool omitOsVersion = false; // odd but legal: optional fields left out
};

struct SandboxSubTask
{
    qint64 id = 0;
    QString name;
    int progress = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; // 0 while running: left out of the JSON
    QString processTrace;
};

struct SandboxTargetServer
{
    QString id;
    QString vmId;
    QString name;
    QString ip;
    QString osType;
    QString osVersion;
};

struct SandboxTask
{
    QString id;
    QString name;
    QString type; // MIGRATE_FILE / MIGRATE_BLOCK
    QString osType;
    QString state; // task state (open enum)
    QString enterpriseProjectId;
    QString sourceId;
    qsizetype sourceIndex = 0; // set by the store: its source's place there (kept current when sources go)
    qint64 createMs = 0;
    qint64 estimateCompleteMs = 0;
    qint64 startMs = 0;
    qint64 finishMs = 0;
    qint64 totalTimeMs = 0;
    qint64 remainSeconds = 0;
    int priority = 1;
    int speedLimit = 0;
    double migrateSpeed = 0;
    double compressRate = 0;
    bool startTargetServer = true;
    bool syncing = false;
    bool needMigrationTest = false;
    QString errorJson;
    QString migrationIp;
    QString logCollectStatus;
    QString subtaskInfo;
    QString regionId, regionName, projectId, projectName;
    SandboxTargetServer target;
    QList<SandboxSubTask> subTasks;
    bool hasTarget = true; // odd but legal: no target_server yet
    bool omitEstimate = false; // odd but legal: no estimate_complete_time
    bool omitEnterpriseProject = false;
};
