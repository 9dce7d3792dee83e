#include "ops/StopResult.h"

#include "model/SourceState.h"

#include <QCoreApplication>

QString StopResult::keyword(StopOutcome o)
{
    switch (o) {
    case StopOutcome::Stopped:
        return QStringLiteral("stopped");
    case StopOutcome::Stopping:
        return QStringLiteral("stopping");
    case StopOutcome::Failed:
        return QStringLiteral("stop-failed");
    case StopOutcome::TimedOut:
        return QStringLiteral("stop-timeout");
    case StopOutcome::NotStoppable:
        return QStringLiteral("skipped");
    case StopOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case StopOutcome::Gone:
        return QStringLiteral("already-deleted");
    }
    return {};
}

QString StopResult::label(StopOutcome o)
{
    switch (o) {
    case StopOutcome::Stopped:
        return QCoreApplication::translate("StopResult", "Stopped");
    case StopOutcome::Stopping:
        return QCoreApplication::translate("StopResult", "Stopping");
    case StopOutcome::Failed:
        return QCoreApplication::translate("StopResult", "Could not stop");
    case StopOutcome::TimedOut:
        return QCoreApplication::translate("StopResult", "Timed out");
    case StopOutcome::NotStoppable:
        return QCoreApplication::translate("StopResult", "Not stopped");
    case StopOutcome::Cancelled:
        return QCoreApplication::translate("StopResult", "Cancelled");
    case StopOutcome::Gone:
        return QCoreApplication::translate("StopResult", "No longer exists");
    }
    return {};
}

QString StopResult::reason() const
{
    if (!listed)
        return QCoreApplication::translate("StopResult", "Not found in this account's task list; nothing was sent.");
    const QString state = SourceState::label(task.sourceState);
    switch (outcome) {
    case StopOutcome::Stopped:
        return QCoreApplication::translate("StopResult", "The source shows %1.").arg(state);
    case StopOutcome::Stopping:
        return stopSent ? QCoreApplication::translate("StopResult",
                                                      "The stop was accepted; the source is pausing (not waited for).")
                        : QCoreApplication::translate("StopResult", "The source is pausing already; nothing was sent.");
    case StopOutcome::Failed:
        return stopSent ? QCoreApplication::translate("StopResult",
                                                      "The stop may not have reached the service, and the source "
                                                      "still shows %1. It was not sent again.")
                              .arg(state)
                        : QCoreApplication::translate("StopResult", "The service refused the stop.");
    case StopOutcome::TimedOut:
        return QCoreApplication::translate("StopResult", "The source still showed %1 when the time was up.").arg(state);
    case StopOutcome::NotStoppable:
        return StopRule::explain(remedy, task.sourceState, false);
    case StopOutcome::Cancelled:
        return stopSent ? QCoreApplication::translate("StopResult",
                                                      "Cancelled while waiting: the stop was sent, so the migration "
                                                      "may be halted. Start it again by hand if it was wanted.")
                        : QCoreApplication::translate("StopResult", "Cancelled before anything was sent.");
    case StopOutcome::Gone:
        return QCoreApplication::translate("StopResult", "The service no longer knows this task.");
    }
    return {};
}
