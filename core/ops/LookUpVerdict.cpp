#include "ops/LookUpVerdict.h"

#include "api/ApiResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
LookUpVerdict settled(DeleteOutcome outcome, const SmsError &error = {}, DeleteNote note = DeleteNote::None,
                      const QString &noteArg = {})
{
    LookUpVerdict v;
    v.outcome = outcome;
    v.error = error;
    v.note = note;
    v.noteArg = noteArg;
    return v;
}
} // namespace

bool LookUpVerdict::isServiceNotFound(const ApiResponse &r)
{
    return r.httpStatus == 404 && !r.error.code.startsWith(QLatin1String("APIG"));
}

LookUpVerdict LookUpVerdict::of(const ApiResponse &r, DeleteLedger::Pending why, const SmsError &recorded,
                                bool lastAttempt)
{
    using Pending = DeleteLedger::Pending;
    if (isServiceNotFound(r)) {
        return why == Pending::Refused ? settled(DeleteOutcome::AlreadyDeleted, {}, DeleteNote::DeletedMeanwhile)
                                       : settled(DeleteOutcome::Deleted);
    }
    if (!r.ok()) {
        LookUpVerdict v = settled(DeleteOutcome::Unknown, r.error, DeleteNote::NotConfirmed);
        v.stopSending = r.error.blocksAccount();
        return v;
    }
    LookUpVerdict again;
    again.askAgain = true;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QString state = doc.object().value(QLatin1String("state")).toString();
    if (!doc.isObject() || state.isEmpty()) {
        // A cut or garbled answer says nothing about the task: ask again, and never call it failed.
        if (!lastAttempt)
            return again;
        SmsError unreadable;
        unreadable.kind = SmsErrorKind::InvalidResponse;
        unreadable.httpStatus = r.httpStatus;
        unreadable.requestId = r.requestId;
        return settled(DeleteOutcome::Unknown, unreadable, DeleteNote::UnreadableLookUp);
    }
    if (state.compare(QLatin1String("DELETING"), Qt::CaseInsensitive) == 0)
        return lastAttempt ? settled(DeleteOutcome::Deleting, {}, DeleteNote::StillDeleting) : again;
    switch (why) {
    case Pending::Refused:
        return settled(DeleteOutcome::Failed, recorded);
    case Pending::Broken:
        return settled(DeleteOutcome::Failed, recorded, DeleteNote::BrokeOffStillExists);
    case Pending::Accepted:
    case Pending::None:
        break;
    }
    SmsError kept;
    kept.requestId = r.requestId;
    return settled(DeleteOutcome::Failed, kept, DeleteNote::AcceptedButStillExists, state);
}
