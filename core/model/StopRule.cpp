#include "model/StopRule.h"

#include "model/DeletionRule.h"
#include "model/SourceState.h"

#include <QCoreApplication>

StopRemedy StopRule::remedy(const QString &sourceState, std::optional<bool> connected)
{
    const RuleVerdict v = DeletionRule::classify(sourceState, connected);
    if (v.deletability == Deletability::Deletable)
        return StopRemedy::NotNeeded;
    // Blocked, or uncertain only because the Agent's connection is unknown: a paused source is
    // deletable either way, so for a running state the stop is still the remedy.
    const QString s = v.sourceState;
    if (s == u"initialize" || s == u"replicate" || s == u"syncing")
        return StopRemedy::Stop;
    if (s == u"stopping")
        return StopRemedy::WaitOnly;
    // A cut-over, a clean-up or a clone is not what the user asked to stop.
    if (s == u"deleting" || s == u"cutovering" || s == u"cloning" || s == u"clearing" || s == u"skipping"
        || s == u"premiging")
        return StopRemedy::NotStoppable;
    return StopRemedy::Unsure;
}

QString StopRule::explain(StopRemedy r, const QString &sourceState, bool thenDelete)
{
    const QString state = SourceState::label(sourceState);
    switch (r) {
    case StopRemedy::NotNeeded:
        return thenDelete ? QCoreApplication::translate("StopRule", "Deletable already: deleted without stopping.")
                          : QCoreApplication::translate("StopRule", "Deletable already: nothing to stop.");
    case StopRemedy::Stop:
        return thenDelete
            ? QCoreApplication::translate("StopRule",
                                          "Source is %1: the migration is stopped, then the task is "
                                          "deleted once the source shows Paused.")
                  .arg(state)
            : QCoreApplication::translate("StopRule", "Source is %1: the migration is stopped.").arg(state);
    case StopRemedy::WaitOnly:
        return thenDelete
            ? QCoreApplication::translate("StopRule",
                                          "Source is %1: nothing is sent; the task is deleted once the "
                                          "source shows Paused.")
                  .arg(state)
            : QCoreApplication::translate("StopRule", "Source is %1 already: nothing is sent.").arg(state);
    case StopRemedy::NotStoppable:
        return QCoreApplication::translate("StopRule",
                                           "Source is %1: that step is not stopped. Nothing is sent; wait until "
                                           "it ends.")
            .arg(state);
    case StopRemedy::Unsure:
        return QCoreApplication::translate("StopRule",
                                           "Source is %1: stopping is not known to help here. Nothing is sent.")
            .arg(state);
    }
    return {};
}
