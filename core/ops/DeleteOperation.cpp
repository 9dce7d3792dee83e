#include "ops/DeleteOperation.h"

#include "api/SmsClient.h"
#include "ops/LookUpVerdict.h"
#include "ops/RelistCheck.h"

#include <QTimer>

using Pending = DeleteLedger::Pending;

DeleteOperation::DeleteOperation(SmsClient *client, const DeleteRequest &request, const Options &options,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_context(new QObject(this))
    , m_deadline(new QTimer(this))
{
    m_open = options.open;
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &DeleteOperation::onConfirmDeadline);
    m_ledger.reserve(request.inChunks.size() + request.onePerCall.size() + request.skipped.size());
    enqueue(request);
}

void DeleteOperation::enqueue(const DeleteRequest &request)
{
    for (const Task &t : request.inChunks) {
        if (m_ledger.addToSend(t)) {
            m_unchunked.append(t.id);
            ++m_toSend;
        }
    }
    queueChunks(!m_open);
    for (const Task &t : request.onePerCall) {
        if (m_ledger.addToSend(t)) {
            m_queue.append({ CallKind::Post, { t.id } });
            ++m_toSend;
        }
    }
    for (const DeleteResult &s : request.skipped)
        m_ledger.addSkipped(s); // an id added to send already keeps its own outcome
}

void DeleteOperation::queueChunks(bool partialToo)
{
    qsizetype i = 0;
    for (; i + m_options.chunkSize <= m_unchunked.size(); i += m_options.chunkSize)
        m_queue.append({ CallKind::Post, m_unchunked.mid(i, m_options.chunkSize) });
    if (partialToo && i < m_unchunked.size())
        m_queue.append({ CallKind::Post, m_unchunked.mid(i) });
    m_unchunked = partialToo ? QStringList() : m_unchunked.mid(i);
}

void DeleteOperation::add(const QList<Task> &deletable)
{
    if (!m_open)
        return;
    for (const Task &t : deletable) {
        if (m_ledger.addToSend(t)) {
            m_unchunked.append(t.id);
            ++m_toSend;
        }
    }
    queueChunks(false);
    dropUnsentIfHalted();
    Q_EMIT progress(m_ledger.settledCount(), total());
    pump();
}

void DeleteOperation::close(const DeleteRequest &rest, int listedCount, bool sendQueued)
{
    if (!m_open)
        return;
    m_open = false;
    if (!sendQueued)
        dropUnsent(DeleteOutcome::Skipped, DeleteNote::ListingFailed);
    enqueue(rest);
    if (listedCount > 0)
        m_options.expectedRemaining = qMax(0, listedCount - m_toSend);
    dropUnsentIfHalted();
    Q_EMIT progress(m_ledger.settledCount(), total());
    pump();
    maybeAdvance();
}

void DeleteOperation::dropUnsentIfHalted()
{
    // After Cancel or a 401, nothing queued (or added since) is ever sent.
    if (m_cancelled || m_stopped)
        dropUnsent(m_stopped ? DeleteOutcome::Failed : DeleteOutcome::Skipped,
                   m_stopped ? DeleteNote::AuthStoppedEverything : DeleteNote::CancelledBeforeSent);
}

void DeleteOperation::dropUnsent(DeleteOutcome outcome, DeleteNote note)
{
    for (const QString &id : DeleteCall::idsOf(m_queue) + m_unchunked)
        settle(id, outcome, {}, note);
    m_queue.clear();
    m_unchunked.clear();
}

DeleteOperation::DeleteOperation(SmsClient *client, const DeleteRequest &request, QObject *parent)
    : DeleteOperation(client, request, Options(), parent)
{ }

void DeleteOperation::start()
{
    // One call at a time until a signed call has succeeded; a session whose listing was accepted
    // has proven its signature already, so the chunks go out in parallel from the first.
    if (m_client->signatureProven())
        m_parallel = m_options.maxParallel;
    Q_EMIT progress(m_ledger.settledCount(), total());
    pump();
    maybeAdvance();
}

void DeleteOperation::cancel()
{
    if (m_phase != Phase::Deleting || m_cancelled)
        return;
    m_cancelled = true;
    dropUnsentIfHalted();
    maybeAdvance();
}

void DeleteOperation::pump()
{
    while (!m_stopped && m_inFlight < m_parallel && !m_queue.isEmpty())
        send(m_queue.takeFirst());
}

void DeleteOperation::send(const Call &call)
{
    if (!m_ledger.allows(call.ids)) {
        // Cannot happen by construction; refuse rather than send an unconfirmed id.
        qFatal("DeleteOperation: refusing to send an id outside the confirmed set");
    }
    ++m_inFlight;
    const ApiRequest req = call.request();
    auto done = [this, call](const ApiResponse &r) {
        --m_inFlight;
        for (const QString &id : call.ids) {
            m_ledger.addRequestId(id, r.requestId);
        }
        if (call.kind == CallKind::Show)
            onShowAnswer(call, r);
        else
            onDeleteAnswer(call, r);
        pump();
        maybeAdvance();
    };
    if (call.kind == CallKind::Show)
        m_client->sendRead(req, m_context, done);
    else
        m_client->send(req, m_context, done);
}

void DeleteOperation::onDeleteAnswer(const Call &call, const ApiResponse &r)
{
    if (r.ok()) {
        if (!m_oneSucceeded) {
            m_oneSucceeded = true;
            m_parallel = m_options.maxParallel;
        }
        for (const QString &id : call.ids)
            m_ledger.await(id, Pending::Accepted);
        return;
    }
    const SmsError &e = r.error;
    switch (e.kind) {
    case SmsErrorKind::None:
        return;
    case SmsErrorKind::Network:
    case SmsErrorKind::Timeout:
    case SmsErrorKind::InvalidResponse:
    case SmsErrorKind::Unproven:
    case SmsErrorKind::Canceled:
        // The call may have run: never resend blindly, ask the service what happened.
        for (const QString &id : call.ids)
            m_ledger.await(id, Pending::Broken, e);
        return;
    case SmsErrorKind::Tls:
        for (const QString &id : call.ids)
            settle(id, DeleteOutcome::Failed, e);
        return;
    case SmsErrorKind::NotSent:
        return stopOnAuthFailure(r); // never sent: held back after the account's 401
    case SmsErrorKind::Http:
        break;
    }
    if (r.httpStatus == 401)
        return stopOnAuthFailure(r);
    if (r.httpStatus == 429)
        return retryThrottled(call, r);
    if (r.httpStatus >= 500) {
        for (const QString &id : call.ids)
            m_ledger.await(id, Pending::Broken, e);
        return;
    }
    if (LookUpVerdict::isServiceNotFound(r) && call.ids.size() == 1) {
        settle(call.ids.first(), DeleteOutcome::AlreadyDeleted, {}, DeleteNote::ServiceNoLongerKnows);
        return;
    }
    auto refuse = [this, &e](const QString &id) {
        // Refused: look it up before calling it a failure, it may have been deleted meanwhile.
        m_ledger.await(id, Pending::Refused, e);
    };
    if (r.httpStatus == 400 && call.kind == CallKind::Post && call.ids.size() > 1) {
        QStringList named;
        for (const QString &id : call.ids) {
            if (e.params.contains(id))
                named.append(id);
        }
        if (!named.isEmpty()) {
            // The batch failed whole because of the named ids: report them, resend the rest.
            QStringList rest;
            for (const QString &id : call.ids) {
                if (named.contains(id))
                    refuse(id);
                else
                    rest.append(id);
            }
            if (!rest.isEmpty())
                m_queue.prepend({ CallKind::Post, rest });
            return;
        }
        // No id named: attribute the error per id with the single-delete call.
        for (qsizetype i = call.ids.size() - 1; i >= 0; --i)
            m_queue.prepend({ CallKind::DeleteOne, { call.ids.at(i) } });
        return;
    }
    if (r.httpStatus == 400 && call.ids.size() == 1)
        return refuse(call.ids.first());
    // 403 (policy: never bypassed) and other 4xx.
    for (const QString &id : call.ids)
        settle(id, DeleteOutcome::Failed, e);
}

void DeleteOperation::retryThrottled(const Call &call, const ApiResponse &r)
{
    if (call.attempt >= m_options.maxThrottleRetries) {
        for (const QString &id : call.ids)
            settle(id, DeleteOutcome::Failed, r.error);
        return;
    }
    // The gateway did not run the call: resend later, one call at a time.
    m_parallel = 1;
    Call again = call;
    ++again.attempt;
    const int delay = r.retryAfterMs >= 0 ? int(r.retryAfterMs) : m_options.throttleDelayMs;
    ++m_inFlight; // keeps the operation open while waiting
    QTimer::singleShot(delay, m_context, [this, again] {
        --m_inFlight;
        if (m_stopped || (m_cancelled && again.kind != CallKind::Show)) {
            for (const QString &id : again.ids)
                settle(id, DeleteOutcome::Skipped, {}, DeleteNote::CancelledBeforeSent);
        } else {
            m_queue.prepend(again);
            pump();
        }
        maybeAdvance();
    });
}

void DeleteOperation::stopOnAuthFailure(const ApiResponse &r)
{
    // Five failed signatures in a row lock the AK for five minutes: send nothing more.
    m_stopped = true;
    for (const QString &id : m_ledger.order()) {
        if (m_ledger.isSettled(id))
            continue;
        if (m_ledger.pending(id) == Pending::Accepted) {
            settle(id, DeleteOutcome::Unknown, r.error, DeleteNote::AcceptedThenAuthFailed);
        } else if (m_ledger.pending(id) == Pending::Refused) {
            settle(id, DeleteOutcome::Failed, m_ledger.error(id));
        } else {
            settle(id, DeleteOutcome::Failed, r.error, DeleteNote::AuthStoppedEverything);
        }
    }
    m_queue.clear();
}

void DeleteOperation::startConfirming()
{
    m_phase = Phase::Confirming;
    m_deadline->start(m_options.confirmDeadlineMs);
    QStringList toConfirm;
    for (int i = 0; i < m_ledger.total(); ++i) {
        if (!m_ledger.isSettledAt(i) && m_ledger.pendingAt(i) != Pending::None)
            toConfirm.append(m_ledger.order().at(i));
    }
    if (toConfirm.size() > m_options.confirmByListAbove) {
        ++m_inFlight;
        RelistCheck::relist(m_client, m_options.expectedRemaining, m_ledger.order(), m_context,
                            [this](bool complete, const std::vector<bool> &listed) {
                                --m_inFlight;
                                onRelisted(complete, listed);
                                pump();
                                maybeAdvance();
                            });
        return;
    }
    for (const QString &id : toConfirm)
        m_queue.append({ CallKind::Show, { id } });
    m_parallel = m_options.maxParallel;
    pump();
}

void DeleteOperation::onRelisted(bool complete, const std::vector<bool> &listed)
{
    // One progress signal for the re-list, not one per task (40,000 at once).
    for (int i = 0; i < m_ledger.total(); ++i) {
        const Pending why = m_ledger.pendingAt(i);
        if (m_ledger.isSettledAt(i) || why == Pending::None)
            continue;
        // Only a complete list proves absence; anything else is asked one by one.
        if (complete && !listed[size_t(i)])
            m_ledger.settleAt(i, why == Pending::Refused ? DeleteOutcome::AlreadyDeleted : DeleteOutcome::Deleted);
        else
            m_queue.append({ CallKind::Show, { m_ledger.order().at(i) } });
    }
    Q_EMIT progress(m_ledger.settledCount(), total());
    m_parallel = m_options.maxParallel;
}

void DeleteOperation::onShowAnswer(const Call &call, const ApiResponse &r)
{
    const QString id = call.ids.first();
    const LookUpVerdict v
        = LookUpVerdict::of(r, m_ledger.pending(id), m_ledger.error(id), call.attempt + 1 >= m_options.maxPolls);
    m_stopped = m_stopped || v.stopSending;
    if (v.askAgain)
        return pollAgain(call);
    settle(id, v.outcome, v.error, v.note, v.noteArg);
}

void DeleteOperation::pollAgain(const Call &call)
{
    Call again = call;
    ++again.attempt;
    ++m_inFlight;
    QTimer::singleShot(m_options.pollIntervalMs, m_context, [this, again] {
        --m_inFlight;
        m_queue.append(again);
        pump();
        maybeAdvance();
    });
}

void DeleteOperation::onConfirmDeadline()
{
    if (m_phase != Phase::Confirming)
        return;
    // Whatever is still asked is dropped unanswered (detached, no callback), and nothing more goes.
    delete m_context;
    m_context = new QObject(this);
    m_queue.clear();
    m_inFlight = 0;
    m_stopped = true;
    const QString seconds = QString::number(m_options.confirmDeadlineMs / 1000);
    for (const QString &id : m_ledger.order()) {
        if (!m_ledger.isSettled(id))
            settle(id, DeleteOutcome::Unknown, m_ledger.error(id), DeleteNote::ConfirmDeadlinePassed, seconds);
    }
    maybeAdvance();
}

void DeleteOperation::settle(const QString &id, DeleteOutcome outcome, const SmsError &error, DeleteNote note,
                             const QString &noteArg)
{
    if (m_ledger.settle(id, outcome, error, note, noteArg))
        Q_EMIT progress(m_ledger.settledCount(), total());
}

void DeleteOperation::maybeAdvance()
{
    if (m_open || m_inFlight > 0 || (!m_queue.isEmpty() && !m_stopped))
        return;
    if (m_phase == Phase::Deleting && !m_stopped) {
        startConfirming();
        if (m_inFlight > 0 || !m_queue.isEmpty())
            return;
    }
    if (m_phase == Phase::Done)
        return;
    for (const QString &id : m_ledger.order()) {
        if (!m_ledger.isSettled(id))
            settle(id, DeleteOutcome::Unknown, m_ledger.error(id), DeleteNote::OutcomeUnconfirmed);
    }
    m_phase = Phase::Done;
    m_deadline->stop();
    Q_EMIT finished();
}
