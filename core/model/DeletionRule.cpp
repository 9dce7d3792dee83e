#include "model/DeletionRule.h"

#include "model/SourceState.h"

#include <QCoreApplication>

const QStringList &DeletionRule::oldAllowList()
{
    static const QStringList list { QStringLiteral("unavailable"), QStringLiteral("waiting"),
                                    QStringLiteral("finished"), QStringLiteral("error"), QStringLiteral("stopped") };
    return list;
}

const QStringList &DeletionRule::newDenyList()
{
    static const QStringList list { QStringLiteral("initialize"), QStringLiteral("stopping"),
                                    QStringLiteral("deleting"),   QStringLiteral("cloning"),
                                    QStringLiteral("replicate"),  QStringLiteral("syncing"),
                                    QStringLiteral("cutovering"), QStringLiteral("skipping"),
                                    QStringLiteral("clearing"),   QStringLiteral("premiging") };
    return list;
}

bool DeletionRule::allowedByOldWording(const QString &state, bool connected)
{
    return !connected || oldAllowList().contains(state.toLower());
}

bool DeletionRule::allowedByNewWording(const QString &state, bool connected)
{
    return !connected || !newDenyList().contains(state.toLower());
}

RuleVerdict DeletionRule::classify(const QString &sourceState, std::optional<bool> connected)
{
    RuleVerdict v;
    v.sourceState = sourceState.trimmed().toLower();
    if (connected.has_value() && !*connected) {
        v.deletability = Deletability::Deletable;
        v.reason = RuleReason::AgentDisconnected;
        return v;
    }
    // Connected, or unknown: the connected case is the strictest, so decide on it.
    const bool oldOk = allowedByOldWording(v.sourceState, true);
    const bool newOk = allowedByNewWording(v.sourceState, true);
    if (oldOk && newOk) {
        v.deletability = Deletability::Deletable;
        v.reason = RuleReason::StateAllowedByBoth;
    } else if (!connected.has_value()) {
        // A disconnected Agent would make it deletable: the missing connection decides.
        v.deletability = Deletability::Uncertain;
        v.reason = RuleReason::ConnectionUnknown;
    } else if (!oldOk && !newOk) {
        v.deletability = Deletability::Blocked;
        v.reason = RuleReason::SourceBusy;
    } else {
        v.deletability = Deletability::Uncertain;
        v.reason = RuleReason::WordingsDisagree;
    }
    return v;
}

QString DeletionRule::label(Deletability d)
{
    switch (d) {
    case Deletability::Deletable:
        return QCoreApplication::translate("DeletionRule", "Deletable");
    case Deletability::Blocked:
        return QCoreApplication::translate("DeletionRule", "Blocked");
    case Deletability::Uncertain:
        return QCoreApplication::translate("DeletionRule", "Uncertain");
    }
    return {};
}

QString DeletionRule::explain(const RuleVerdict &v)
{
    const QString state = SourceState::label(v.sourceState);
    switch (v.reason) {
    case RuleReason::AgentDisconnected:
        return QCoreApplication::translate("DeletionRule",
                                           "The source's Agent is disconnected, so the task can be deleted.");
    case RuleReason::StateAllowedByBoth:
        return QCoreApplication::translate("DeletionRule", "The source state \"%1\" allows deletion.").arg(state);
    case RuleReason::SourceBusy:
        return QCoreApplication::translate("DeletionRule",
                                           "The source is in state \"%1\" with its Agent connected. Stop the task "
                                           "and wait until the source shows \"Paused\" (stopped), or disconnect "
                                           "the Agent.")
            .arg(state);
    case RuleReason::WordingsDisagree:
        return QCoreApplication::translate("DeletionRule",
                                           "The source state \"%1\" with a connected Agent is deletable under the "
                                           "newer documentation but not under the older one. Sent only if you "
                                           "include it, on its own, so the service decides.")
            .arg(state);
    case RuleReason::ConnectionUnknown:
        return QCoreApplication::translate("DeletionRule",
                                           "The source server was not found, so whether its Agent is connected is "
                                           "unknown; in state \"%1\" that decides. Sent only if you include it.")
            .arg(state);
    }
    return {};
}
