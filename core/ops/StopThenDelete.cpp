#include "ops/StopThenDelete.h"

#include "ops/DeletePlan.h"

#include <QHash>

DeleteRequest StopThenDelete::requestAfter(const QList<StopResult> &stops)
{
    DeleteRequest request;
    for (const StopResult &s : stops) {
        const bool mayGo = s.outcome == StopOutcome::Stopped
            || (s.outcome == StopOutcome::NotStoppable && s.remedy == StopRemedy::NotNeeded);
        const RuleVerdict v = DeletionRule::classify(s.task.sourceState, s.task.connected);
        if (mayGo && v.deletability == Deletability::Deletable) {
            request.inChunks.append(s.task);
            continue;
        }
        DeleteResult r;
        r.id = s.task.id;
        r.name = s.task.name;
        r.verdict = v; // the stop's request ids are added by merge()
        if (s.outcome == StopOutcome::Gone) {
            r.outcome = DeleteOutcome::AlreadyDeleted;
            r.note = DeleteNote::DeletedMeanwhile;
        } else {
            r.outcome = DeleteOutcome::Skipped;
            r.note = DeleteNote::StopDidNotMakeItDeletable;
            r.error = s.error;
        }
        request.skipped.append(r);
    }
    return request;
}

QList<DeleteResult> StopThenDelete::merge(const QList<StopResult> &stops, const QList<DeleteResult> &deleted)
{
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < deleted.size(); ++i)
        byId.insert(deleted.at(i).id, i);
    QList<DeleteResult> out;
    out.reserve(stops.size());
    for (const StopResult &s : stops) {
        const qsizetype at = byId.value(s.task.id, -1);
        DeleteResult r = at >= 0 ? deleted.at(at) : DeleteResult();
        if (at < 0) {
            r.id = s.task.id;
            r.name = s.task.name;
            r.outcome = DeleteOutcome::Skipped;
            r.note = DeleteNote::StopDidNotMakeItDeletable;
        }
        r.requestIds = s.requestIds + r.requestIds;
        r.stop = std::make_shared<const StopResult>(s);
        out.append(r);
    }
    return out;
}
