#pragma once

#include "model/Task.h"
#include "ops/DeleteResult.h"

#include <QHash>
#include <QStringList>

#include <vector>

// The book of one delete: every id in request order with its result, the confirmed set (the only
// ids any call may carry), what awaits confirmation and why, and what is settled for good.
class DeleteLedger
{
public:
    // Awaiting confirmation, and why: accepted by the service; the call broke off; or refused,
    // where a 404 on look-up means someone else deleted it meanwhile (already deleted).
    enum class Pending { None, Accepted, Broken, Refused };

    void reserve(qsizetype ids); // before adding that many: a delete of 40,000 ids grows nothing
    // A confirmed task to send; false for an empty or repeated id.
    bool addToSend(const Task &task);
    // Reported as it is, never sent.
    void addSkipped(const DeleteResult &result);

    bool allows(const QStringList &ids) const; // every id is in the confirmed set
    const QStringList &order() const { return m_order; }
    int total() const { return int(m_order.size()); }
    int settledCount() const { return m_settledCount; }
    bool isSettled(const QString &id) const
    {
        const Entry *e = at(id);
        return e && e->settled;
    }
    Pending pending(const QString &id) const
    {
        const Entry *e = at(id);
        return e ? e->pending : Pending::None;
    }
    void await(const QString &id, Pending why, const SmsError &error = {});
    void addRequestId(const QString &id, const QString &requestId);
    SmsError error(const QString &id) const
    {
        const Entry *e = at(id);
        return e ? e->result.error : SmsError();
    }

    // Records the final outcome; false when the id was settled already (the first outcome stands)
    // or is not in the book.
    bool settle(const QString &id, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                const QString &noteArg);
    // By position in order(): a confirmation walks 40,000 ids without looking any up.
    bool isSettledAt(int i) const { return m_entries[size_t(i)].settled; }
    Pending pendingAt(int i) const { return m_entries[size_t(i)].pending; }
    bool settleAt(int i, DeleteOutcome outcome, const SmsError &error = {}, DeleteNote note = DeleteNote::None,
                  const QString &noteArg = {});
    QList<DeleteResult> results() const; // in request order

private:
    struct Entry
    {
        DeleteResult result;
        Pending pending = Pending::None;
        bool settled = false;
        bool allowed = false; // confirmed to send
    };
    // One look-up an id, the rest by position: a confirmation settling 40,000 ids went through
    // four hashes and sets for each.
    const Entry *at(const QString &id) const
    {
        const int i = m_index.value(id, -1);
        return i < 0 ? nullptr : &m_entries[size_t(i)];
    }
    Entry *at(const QString &id) { return const_cast<Entry *>(std::as_const(*this).at(id)); }
    bool add(const QString &id, Entry entry);

    QStringList m_order;
    std::vector<Entry> m_entries; // by position in m_order
    QHash<QString, int> m_index;
    int m_settledCount = 0;
};
