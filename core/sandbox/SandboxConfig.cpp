#include "sandbox/SandboxConfig.h"

#include <algorithm>

QString SandboxConfig::toString(BatchSemantics b)
{
    switch (b) {
    case BatchSemantics::AtomicNamed:
        return QStringLiteral("atomic-named");
    case BatchSemantics::AtomicUnnamed:
        return QStringLiteral("atomic-unnamed");
    case BatchSemantics::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

std::optional<SandboxConfig::BatchSemantics> SandboxConfig::batchFromString(const QString &s)
{
    for (const auto b : { BatchSemantics::AtomicNamed, BatchSemantics::AtomicUnnamed, BatchSemantics::Partial }) {
        if (toString(b) == s)
            return b;
    }
    return std::nullopt;
}

QString SandboxConfig::toString(TimeUnit u)
{
    switch (u) {
    case TimeUnit::Ms:
        return QStringLiteral("ms");
    case TimeUnit::S:
        return QStringLiteral("s");
    }
    return {};
}

std::optional<SandboxConfig::TimeUnit> SandboxConfig::timeUnitFromString(const QString &s)
{
    for (const auto u : { TimeUnit::Ms, TimeUnit::S }) {
        if (toString(u) == s)
            return u;
    }
    return std::nullopt;
}

QString SandboxConfig::toString(Rule r)
{
    switch (r) {
    case Rule::DenyList:
        return QStringLiteral("deny-list");
    case Rule::AllowList:
        return QStringLiteral("allow-list");
    }
    return {};
}

std::optional<SandboxConfig::Rule> SandboxConfig::ruleFromString(const QString &s)
{
    for (const auto r : { Rule::DenyList, Rule::AllowList }) {
        if (toString(r) == s)
            return r;
    }
    return std::nullopt;
}

int SandboxConfig::effectiveSources() const
{
    if (sources >= 0)
        return sources;
    // An account being cleaned up: most sources carry one task, a few carry two or none.
    return std::max(1, (tasks * 9 + 9) / 10);
}
