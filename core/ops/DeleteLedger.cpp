#include "ops/DeleteLedger.h"

bool DeleteLedger::addToSend(const Task &task)
{
    if (task.id.isEmpty() || m_results.contains(task.id))
        return false;
    m_order.append(task.id);
    DeleteResult r;
    r.id = task.id;
    r.name = task.name;
    m_results.insert(task.id, r);
    m_allowed.insert(task.id);
    return true;
}

void DeleteLedger::addSkipped(const DeleteResult &result)
{
    if (result.id.isEmpty() || m_results.contains(result.id))
        return;
    m_order.append(result.id);
    m_results.insert(result.id, result);
    m_settled.insert(result.id);
}

bool DeleteLedger::allows(const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (!m_allowed.contains(id))
            return false;
    }
    return true;
}

void DeleteLedger::await(const QString &id, Pending why, const SmsError &error)
{
    m_pending.insert(id, why);
    if (error.isError())
        m_results[id].error = error;
}

void DeleteLedger::addRequestId(const QString &id, const QString &requestId)
{
    if (!requestId.isEmpty())
        m_results[id].requestIds.append(requestId);
}

bool DeleteLedger::settle(const QString &id, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                          const QString &noteArg)
{
    if (m_settled.contains(id))
        return false;
    DeleteResult &r = m_results[id];
    r.outcome = outcome;
    if (error.isError() || outcome == DeleteOutcome::Failed)
        r.error = error;
    if (note != DeleteNote::None) {
        r.note = note;
        r.noteArg = noteArg;
    }
    m_settled.insert(id);
    m_pending.remove(id);
    return true;
}

QList<DeleteResult> DeleteLedger::results() const
{
    QList<DeleteResult> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out.append(m_results.value(id));
    return out;
}
