#pragma once

#include "model/DeletionRule.h"
#include "model/SmsError.h"
#include "ops/StopResult.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

// Why a task got its outcome, as data: the text is produced at display time, in the current language.
enum class DeleteNote {
    None,
    Rule, // the deletion rule's verdict (blocked, or uncertain and left out)
    NotIncluded, // uncertain, the user did not tick it in
    NeedsAllowUncertain, // uncertain, sms-tasks without --allow-uncertain
    CancelledBeforeSent,
    AuthStoppedEverything, // a 401 stopped the operation before this id was sent
    AcceptedThenAuthFailed,
    ServiceNoLongerKnows, // 404 on delete
    DeletedMeanwhile, // refused, then 404 on look-up
    NotConfirmed, // the look-up failed
    StillDeleting,
    BrokeOffStillExists,
    AcceptedButStillExists, // `noteArg`: the task state the service shows
    OutcomeUnconfirmed,
    UnreadableLookUp, // every look-up answered with a body that could not be read
    ConfirmDeadlinePassed, // `noteArg`: the deadline in seconds
    NotListed, // sms-tasks: an id the listing did not have
    NotListedMaybeIncomplete,
    ListingFailed, // sms-tasks: the account could not be listed, so nothing was sent
    StopDidNotMakeItDeletable, // stop-then-delete: the stop's own outcome says why (`stop`)
};

enum class DeleteOutcome {
    Deleted, // confirmed gone
    AlreadyDeleted, // 404 for an id that was listed and confirmed
    Deleting, // accepted; the service still shows DELETING
    Failed, // with its error
    Skipped, // not sent, with the rule's reason
    Unknown, // could not be confirmed either way
    Planned, // a dry run: would be sent, nothing was
};

struct DeleteResult
{
    QString id;
    QString name;
    QString sourceId; // of a task sent: which source servers a delete may leave without a task
    QString sourceName; // and how to name them once the rows are gone (implicitly shared strings)
    QString sourceIp;
    QString targetServerName; // what stays to clean up: the target server (implicitly shared strings)
    QString targetServerId;
    DeleteOutcome outcome = DeleteOutcome::Unknown;
    SmsError error; // for Failed (and Unknown when a call broke)
    DeleteNote note = DeleteNote::None; // why (for Skipped, and notes for the others)
    RuleVerdict verdict; // for DeleteNote::Rule / NotIncluded / NeedsAllowUncertain
    QString noteArg;
    QStringList requestIds; // every X-Request-Id of a call that carried this id
    // Stop, then delete: how the stop went (unset for a plain delete). `stop->task` is the record
    // the delete planned with.
    std::shared_ptr<const StopResult> stop; // shared: 41,000 results of a plain delete stay small

    // Machine keyword, English whatever the language: deleted, already-deleted, ...
    static QString keyword(DeleteOutcome o);
    // The keyword of both steps: for a stop-then-delete also stopped-not-deleted, stop-failed,
    // stop-timeout; otherwise keyword(outcome).
    QString stepsKeyword() const;
    static QString label(DeleteOutcome o); // localized
    QString reason() const; // localized now; empty without a note
    bool isSuccess() const { return outcome == DeleteOutcome::Deleted || outcome == DeleteOutcome::AlreadyDeleted; }
};
Q_DECLARE_METATYPE(DeleteResult)
