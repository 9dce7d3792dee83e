#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRecords.h"

#include <QByteArray>

// A task of GET /v3/tasks and a source of GET /v3/sources written straight to bytes: exactly what
// QJsonDocument writes for SandboxJson::listTask / SandboxJson::source (keys sorted, the same number
// and string forms; tst_sandbox_data compares the two on every generated record), at a small
// fraction of the cost. A page of 200 first-time records took ~15 ms through QJsonObject.
class SandboxRecordWriter
{
public:
    static QByteArray listTask(const SandboxTask &t, const SandboxSource &s, SandboxConfig::TimeUnit unit);
    static QByteArray source(const SandboxSource &s, SandboxConfig::TimeUnit unit);
};
