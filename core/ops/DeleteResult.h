#pragma once

#include "SmsError.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

enum class DeleteOutcome {
    Deleted, // confirmed gone
    AlreadyDeleted, // 404 for an id that was listed and confirmed
    Deleting, // accepted; the service still shows DELETING
    Failed, // with its error
    Skipped, // not sent, with the rule's reason
    Unknown, // could not be confirmed either way
};

struct DeleteResult
{
    QString id;
    QString name;
    DeleteOutcome outcome = DeleteOutcome::Unknown;
    SmsError error; // for Failed (and Unknown when a call broke)
    QString reason; // for Skipped, and notes for the others (localized at creation)
    QStringList requestIds; // every X-Request-Id of a call that carried this id

    // Machine keyword, English whatever the language: deleted, already-deleted, ...
    static QString keyword(DeleteOutcome o);
    static QString label(DeleteOutcome o); // localized
    bool isSuccess() const { return outcome == DeleteOutcome::Deleted || outcome == DeleteOutcome::AlreadyDeleted; }
};
Q_DECLARE_METATYPE(DeleteResult)
