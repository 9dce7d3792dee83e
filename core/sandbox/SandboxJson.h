#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRecords.h"

#include <QJsonObject>
#include <QJsonValue>

// Renders records in the wire format of reference/sms-api.md §3.3, §4 and §5, in the configured
// time unit. Optional fields a record lacks are left out, as the real service does.
class SandboxJson
{
public:
    static QJsonObject listTask(const SandboxTask &task, const SandboxSource &source, SandboxConfig::TimeUnit unit);
    static QJsonObject showTask(const SandboxTask &task, const SandboxSource &source, SandboxConfig::TimeUnit unit);
    static QJsonObject source(const SandboxSource &source, SandboxConfig::TimeUnit unit);

    // The "wrong JSON types" fault: numbers become strings, booleans numbers, and nested server
    // objects null, keeping the overall shape.
    static QJsonValue mangleTypes(const QJsonValue &value);
};
