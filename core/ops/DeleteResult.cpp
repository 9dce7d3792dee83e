#include "ops/DeleteResult.h"

#include <QCoreApplication>

QString DeleteResult::keyword(DeleteOutcome o)
{
    switch (o) {
    case DeleteOutcome::Deleted:
        return QStringLiteral("deleted");
    case DeleteOutcome::AlreadyDeleted:
        return QStringLiteral("already-deleted");
    case DeleteOutcome::Deleting:
        return QStringLiteral("deleting");
    case DeleteOutcome::Failed:
        return QStringLiteral("failed");
    case DeleteOutcome::Skipped:
        return QStringLiteral("skipped");
    case DeleteOutcome::Unknown:
        return QStringLiteral("unknown");
    case DeleteOutcome::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

QString DeleteResult::stepsKeyword() const
{
    if (!stop)
        return keyword(outcome);
    switch (stop->outcome) {
    case StopOutcome::Stopped:
    case StopOutcome::Stopping:
        return isSuccess() ? keyword(outcome) : QStringLiteral("stopped-not-deleted");
    case StopOutcome::Cancelled:
        return stop->stopSent ? QStringLiteral("stopped-not-deleted") : keyword(outcome);
    case StopOutcome::Failed:
    case StopOutcome::TimedOut:
        return StopResult::keyword(stop->outcome);
    case StopOutcome::NotStoppable:
    case StopOutcome::Gone:
        return keyword(outcome);
    }
    return keyword(outcome);
}

QString DeleteResult::label(DeleteOutcome o)
{
    switch (o) {
    case DeleteOutcome::Deleted:
        return QCoreApplication::translate("DeleteResult", "Deleted");
    case DeleteOutcome::AlreadyDeleted:
        return QCoreApplication::translate("DeleteResult", "Already deleted");
    case DeleteOutcome::Deleting:
        return QCoreApplication::translate("DeleteResult", "Deleting");
    case DeleteOutcome::Failed:
        return QCoreApplication::translate("DeleteResult", "Failed");
    case DeleteOutcome::Skipped:
        return QCoreApplication::translate("DeleteResult", "Skipped");
    case DeleteOutcome::Unknown:
        return QCoreApplication::translate("DeleteResult", "Unknown");
    case DeleteOutcome::Planned:
        return QCoreApplication::translate("DeleteResult", "Planned (dry run)");
    }
    return {};
}

QString DeleteResult::reason() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("DeleteResult", text); };
    switch (note) {
    case DeleteNote::None:
        return {};
    case DeleteNote::Rule:
        return DeletionRule::explain(verdict);
    case DeleteNote::NotIncluded:
        return tr("Not included: %1").arg(DeletionRule::explain(verdict));
    case DeleteNote::NeedsAllowUncertain:
        return tr("Uncertain, not sent without --allow-uncertain: %1").arg(DeletionRule::explain(verdict));
    case DeleteNote::CancelledBeforeSent:
        return tr("Cancelled before it was sent.");
    case DeleteNote::AuthStoppedEverything:
        return tr("Authentication failed; nothing more was sent to protect the AK from being locked.");
    case DeleteNote::AcceptedThenAuthFailed:
        return tr("Accepted by the service, but not confirmed: authentication failed afterwards.");
    case DeleteNote::ServiceNoLongerKnows:
        return tr("The service no longer knows this task.");
    case DeleteNote::DeletedMeanwhile:
        return tr("Deleted by someone else in the meantime.");
    case DeleteNote::NotConfirmed:
        return tr("The deletion could not be confirmed.");
    case DeleteNote::StillDeleting:
        return tr("The service is still deleting this task.");
    case DeleteNote::BrokeOffStillExists:
        return tr("The request broke off and the task still exists.");
    case DeleteNote::AcceptedButStillExists:
        return tr("The service accepted the request but the task still exists (state %1).").arg(noteArg);
    case DeleteNote::OutcomeUnconfirmed:
        return tr("The outcome could not be confirmed.");
    case DeleteNote::UnreadableLookUp:
        return tr("The service's answers about this task could not be read, so its deletion is not confirmed.");
    case DeleteNote::ConfirmDeadlinePassed:
        return tr("Not confirmed within %1 s: look the task up later.").arg(noteArg);
    case DeleteNote::StopDidNotMakeItDeletable:
        return stop ? stop->reason() : QString();
    case DeleteNote::ListingFailed:
        return tr("The task list could not be read, so nothing was sent: run the command again.");
    case DeleteNote::NotListed:
        return tr("Not found in this account's task list; nothing was sent.");
    case DeleteNote::NotListedMaybeIncomplete:
        return tr("Not found in the task list, which may be incomplete; nothing was sent.");
    }
    return {};
}
