#include "sandbox/SandboxDeletionRule.h"

#include <QSet>

namespace {
// Source states are compared lower-case; `init` is the docs' variant of `initialize`.
QString normalized(const QString &state)
{
    const QString s = state.trimmed().toLower();
    return s == u"init" ? QStringLiteral("initialize") : s;
}
} // namespace

bool SandboxDeletionRule::allowListAllows(const QString &sourceState, bool connected)
{
    static const QSet<QString> allowed { QStringLiteral("unavailable"), QStringLiteral("waiting"),
                                         QStringLiteral("finished"), QStringLiteral("error"),
                                         QStringLiteral("stopped") };
    return !connected || allowed.contains(normalized(sourceState));
}

bool SandboxDeletionRule::denyListAllows(const QString &sourceState, bool connected)
{
    static const QSet<QString> running { QStringLiteral("initialize"), QStringLiteral("stopping"),
                                         QStringLiteral("deleting"),   QStringLiteral("cloning"),
                                         QStringLiteral("replicate"),  QStringLiteral("syncing"),
                                         QStringLiteral("cutovering"), QStringLiteral("skipping"),
                                         QStringLiteral("clearing"),   QStringLiteral("premiging") };
    return !connected || !running.contains(normalized(sourceState));
}

bool SandboxDeletionRule::allows(SandboxConfig::Rule rule, const QString &sourceState, bool connected)
{
    switch (rule) {
    case SandboxConfig::Rule::DenyList:
        return denyListAllows(sourceState, connected);
    case SandboxConfig::Rule::AllowList:
        return allowListAllows(sourceState, connected);
    }
    return false;
}
