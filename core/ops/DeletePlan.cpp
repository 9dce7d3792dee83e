#include "ops/DeletePlan.h"

#include <QSet>

DeletePlan DeletePlan::build(const QList<Task> &selected)
{
    DeletePlan plan;
    QSet<QString> seen;
    for (const Task &t : selected) {
        if (t.id.isEmpty() || seen.contains(t.id))
            continue;
        seen.insert(t.id);
        PlanEntry e { t, DeletionRule::classify(t.sourceState, t.connected) };
        switch (e.verdict.deletability) {
        case Deletability::Deletable:
            plan.m_deletable.append(e);
            break;
        case Deletability::Blocked:
            plan.m_blocked.append(e);
            break;
        case Deletability::Uncertain:
            plan.m_uncertain.append(e);
            break;
        }
    }
    return plan;
}

QStringList DeletePlan::deletableIds() const
{
    QStringList ids;
    for (const auto &e : m_deletable)
        ids.append(e.task.id);
    return ids;
}

QStringList DeletePlan::uncertainIds() const
{
    QStringList ids;
    for (const auto &e : m_uncertain)
        ids.append(e.task.id);
    return ids;
}

DeleteRequest DeletePlan::toRequest(const DeleteDecision &decision) const
{
    auto skipped = [](const PlanEntry &e, DeleteNote note) {
        DeleteResult r;
        r.id = e.task.id;
        r.name = e.task.name;
        r.outcome = DeleteOutcome::Skipped;
        r.note = note;
        r.verdict = e.verdict;
        return r;
    };
    DeleteRequest in;
    for (const PlanEntry &e : m_deletable)
        in.inChunks.append(e.task);
    for (const PlanEntry &e : m_uncertain) {
        if (decision.includedUncertain.contains(e.task.id))
            in.onePerCall.append(e.task);
        else
            in.skipped.append(skipped(e, decision.leftOut));
    }
    for (const PlanEntry &e : m_blocked)
        in.skipped.append(skipped(e, DeleteNote::Rule));
    return in;
}
