#pragma once

#include "model/Task.h"
#include "ops/DeleteCall.h"
#include "ops/DeleteLedger.h"
#include "ops/DeleteRequest.h"
#include "ops/DeleteResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;
class SmsClient;
class LoadOperation;
struct ApiResponse;

// Deletes exactly the confirmed ids: POST /v3/tasks/delete in chunks of at most 50, a few in
// flight (one at a time until a signed call has succeeded), uncertain ids one per call; per-id
// attribution by DELETE /v3/tasks/{id} only after a 400 that names no ids; then confirms every
// deletion (GET /v3/tasks/{id} -> 404, or a complete re-list) and reports one outcome per id.
class DeleteOperation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int chunkSize = 50;
        int maxParallel = 4; // the account's limiter allows 4 in flight
        int maxThrottleRetries = 3;
        int throttleDelayMs = 3000; // 429 without Retry-After
        int pollIntervalMs = 1500; // a task still DELETING is asked again ...
        int maxPolls = 8; // ... this many times
        int confirmByListAbove = 20; // more ids than this: one re-list is cheaper than GETs
        int confirmDeadlineMs = 180000; // the whole confirmation phase; what is left then is unknown
        int expectedRemaining = 0; // tasks the account should keep: the confirming re-list asks for them at once
        bool open = false; // more may come by add() until close() (below)
    };

    DeleteOperation(SmsClient *client, const DeleteRequest &request, const Options &options, QObject *parent = nullptr);
    DeleteOperation(SmsClient *client, const DeleteRequest &request, QObject *parent = nullptr);

    void start();
    // An open delete (Options::open; sms-tasks delete --yes): tasks confirmed deletable while the listing still
    // runs go out as they come, in full chunks, by add(); close() gives the rest of the plan (what
    // was added already is skipped) and only then is anything confirmed. `listedCount`: tasks of
    // the complete listing, or -1.
    void add(const QList<Task> &deletable);
    // `sendQueued` false (the listing failed): what was added but not sent yet is not sent either.
    void close(const DeleteRequest &rest, int listedCount, bool sendQueued = true);
    // Stops between chunks: nothing new is sent; what is in flight completes and is confirmed.
    void cancel();

    bool isFinished() const { return m_phase == Phase::Done; }
    QList<DeleteResult> results() const { return m_ledger.results(); } // in input order
    int total() const { return m_ledger.total(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    enum class Phase { Deleting, Confirming, Done };
    using Call = DeleteCall;
    using CallKind = DeleteCall::Kind;

    void enqueue(const DeleteRequest &request);
    void queueChunks(bool partialToo);
    void dropUnsentIfHalted();
    void dropUnsent(DeleteOutcome outcome, DeleteNote note); // settles what is queued, unsent
    void pump();
    void send(const Call &call);
    void onDeleteAnswer(const Call &call, const ApiResponse &r);
    void onShowAnswer(const Call &call, const ApiResponse &r);
    void retryThrottled(const Call &call, const ApiResponse &r);
    void stopOnAuthFailure(const ApiResponse &r);
    void startConfirming();
    void onRelisted(bool complete, const std::vector<bool> &listed); // listed: by ledger position
    void settle(const QString &id, DeleteOutcome outcome, const SmsError &error = {},
                DeleteNote note = DeleteNote::None, const QString &noteArg = {});
    void maybeAdvance();
    void pollAgain(const Call &call);
    void onConfirmDeadline();

    SmsClient *m_client;
    Options m_options;
    QObject *m_context;
    Phase m_phase = Phase::Deleting;
    DeleteLedger m_ledger; // the confirmed set: no request may carry anything else
    QList<Call> m_queue;
    QStringList m_unchunked; // added, waiting for a full chunk (or close())
    int m_toSend = 0; // ids the ledger allows to send
    bool m_open = false; // add() may bring more; nothing is confirmed before close()
    int m_inFlight = 0;
    int m_parallel = 1; // until one signed call has succeeded
    bool m_oneSucceeded = false;
    bool m_stopped = false;
    bool m_cancelled = false;
    QTimer *m_deadline;
};
