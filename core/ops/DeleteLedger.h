#pragma once

#include "model/Task.h"
#include "ops/DeleteResult.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// The book of one delete: every id in request order with its result, the confirmed set (the only
// ids any call may carry), what awaits confirmation and why, and what is settled for good.
class DeleteLedger
{
public:
    // Awaiting confirmation, and why: accepted by the service; the call broke off; or refused,
    // where a 404 on look-up means someone else deleted it meanwhile (already deleted).
    enum class Pending { None, Accepted, Broken, Refused };

    // A confirmed task to send; false for an empty or repeated id.
    bool addToSend(const Task &task);
    // Reported as it is, never sent.
    void addSkipped(const DeleteResult &result);

    bool allows(const QStringList &ids) const; // every id is in the confirmed set
    const QStringList &order() const { return m_order; }
    int total() const { return int(m_order.size()); }
    int settledCount() const { return int(m_settled.size()); }
    bool isSettled(const QString &id) const { return m_settled.contains(id); }

    Pending pending(const QString &id) const { return m_pending.value(id, Pending::None); }
    void await(const QString &id, Pending why, const SmsError &error = {});
    void addRequestId(const QString &id, const QString &requestId);
    SmsError error(const QString &id) const { return m_results.value(id).error; }

    // Records the final outcome; false when the id was settled already (the first outcome stands).
    bool settle(const QString &id, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                const QString &noteArg);
    QList<DeleteResult> results() const; // in request order

private:
    QStringList m_order;
    QHash<QString, DeleteResult> m_results;
    QHash<QString, Pending> m_pending;
    QSet<QString> m_settled;
    QSet<QString> m_allowed;
};
