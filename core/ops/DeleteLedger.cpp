#include "ops/DeleteLedger.h"

void DeleteLedger::reserve(qsizetype ids)
{
    m_order.reserve(m_order.size() + ids);
    m_entries.reserve(m_entries.size() + size_t(ids));
    m_index.reserve(m_index.size() + ids);
}

bool DeleteLedger::add(const QString &id, Entry entry)
{
    if (id.isEmpty() || m_index.contains(id))
        return false;
    m_index.insert(id, int(m_entries.size()));
    m_order.append(id);
    m_settledCount += entry.settled ? 1 : 0;
    m_entries.push_back(std::move(entry));
    return true;
}

bool DeleteLedger::addToSend(const Task &task)
{
    Entry e;
    e.result.id = task.id;
    e.result.name = task.name;
    e.result.sourceId = task.sourceId;
    e.result.sourceName = task.sourceName;
    e.result.sourceIp = task.sourceIp;
    e.result.targetServerName = task.targetServerName;
    e.result.targetServerId = task.targetServerId;
    e.allowed = true;
    return add(task.id, std::move(e));
}

void DeleteLedger::addSkipped(const DeleteResult &result)
{
    Entry e;
    e.result = result;
    e.settled = true;
    add(result.id, std::move(e));
}

bool DeleteLedger::allows(const QStringList &ids) const
{
    for (const QString &id : ids) {
        const Entry *e = at(id);
        if (!e || !e->allowed)
            return false;
    }
    return true;
}

void DeleteLedger::await(const QString &id, Pending why, const SmsError &error)
{
    Entry *e = at(id);
    if (!e)
        return;
    e->pending = why;
    if (error.isError())
        e->result.error = error;
}

void DeleteLedger::addRequestId(const QString &id, const QString &requestId)
{
    Entry *e = at(id);
    if (e && !requestId.isEmpty())
        e->result.requestIds.append(requestId);
}

bool DeleteLedger::settle(const QString &id, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                          const QString &noteArg)
{
    const int i = m_index.value(id, -1);
    return i >= 0 && settleAt(i, outcome, error, note, noteArg);
}

bool DeleteLedger::settleAt(int i, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                            const QString &noteArg)
{
    Entry *e = &m_entries[size_t(i)];
    if (e->settled)
        return false;
    DeleteResult &r = e->result;
    r.outcome = outcome;
    if (error.isError() || outcome == DeleteOutcome::Failed)
        r.error = error;
    if (note != DeleteNote::None) {
        r.note = note;
        r.noteArg = noteArg;
    }
    e->settled = true;
    e->pending = Pending::None;
    ++m_settledCount;
    return true;
}

QList<DeleteResult> DeleteLedger::results() const
{
    QList<DeleteResult> out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        out.append(e.result);
    return out;
}
