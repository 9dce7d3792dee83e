#pragma once

#include "sandbox/SandboxRecords.h"

#include <QString>

#include <optional>

// The ListTasks and ListServers query filters, as the store applies them (absent: no condition).
struct SandboxTaskFilter
{
    std::optional<QString> state, name, id, sourceId, enterpriseProjectId;
    bool isEmpty() const { return !state && !name && !id && !sourceId && !enterpriseProjectId; }
    bool matches(const SandboxTask &t) const;
};

struct SandboxSourceFilter
{
    std::optional<QString> state, name, id, ip, enterpriseProjectId;
    std::optional<bool> connected;
    bool isEmpty() const { return !state && !name && !id && !ip && !enterpriseProjectId && !connected; }
    bool matches(const SandboxSource &s) const;
};
