#pragma once

#include "model/DeletionRule.h"
#include "model/Task.h"
#include "ops/DeleteOperation.h"

#include <QList>
#include <QSet>
#include <QStringList>

// The user's answer to the plan: which uncertain tasks they ticked in, and why the others stay out.
struct DeleteDecision
{
    QSet<QString> includedUncertain;
    DeleteNote leftOut = DeleteNote::NotIncluded;
};

struct PlanEntry
{
    Task task;
    RuleVerdict verdict;
};

// The selected tasks sorted by the deletion rule: what will be sent, what the client refuses
// (with why) and what only the service can decide (sent one by one, on the user's opt-in).
class DeletePlan
{
public:
    static DeletePlan build(const QList<Task> &selected);

    const QList<PlanEntry> &deletable() const { return m_deletable; }
    const QList<PlanEntry> &blocked() const { return m_blocked; }
    const QList<PlanEntry> &uncertain() const { return m_uncertain; }
    int size() const { return int(m_deletable.size() + m_blocked.size() + m_uncertain.size()); }

    QStringList deletableIds() const;
    QStringList uncertainIds() const;

    // What to send once confirmed: every deletable task, and the uncertain ones the user included
    // (one per call). Everything else is reported as skipped with its reason.
    DeleteRequest toRequest(const DeleteDecision &decision) const;

private:
    QList<PlanEntry> m_deletable;
    QList<PlanEntry> m_blocked;
    QList<PlanEntry> m_uncertain;
};
