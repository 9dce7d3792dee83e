#pragma once

#include "model/Task.h"
#include "ops/StopResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>

#include <vector>

class QTimer;
class SmsClient;
struct ApiResponse;

// Stops the confirmed tasks and waits until each is deletable (reference/sms-api.md §6.4): POST
// /v3/tasks/{id}/action {"operation":"stop"} only where StopRule says stopping is the remedy (a
// source that is pausing already is only waited for; the others are reported, nothing sent); a stop
// that breaks off is never resent, the task is looked up instead. Then, bounded per task, a look-up
// per task (GET /v3/tasks/{id}) every few seconds, or above `relistAbove` waiting tasks (and when
// cheaper) one re-list of tasks and sources at a time, at least `relistIntervalMs` apart; a re-list
// that fails is followed by a round of look-ups, a 401 ends everything. A task is Stopped only
// when a fresh record shows it deletable. No id outside the confirmed ones is ever sent.
class StopOperation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 300000; // per task, from when its stop was accepted (or its wait began)
        int pollIntervalMs = 3000;
        int relistAbove = 20;
        int relistIntervalMs = 5000;
        // Requests one re-list costs (the account's task and source pages; -1: unknown, then the
        // look-ups). A re-list is chosen only when it asks less often than the look-ups would.
        int relistPages = -1;
        int maxParallel = 4; // the account's limiter allows 4 in flight
        bool waitForPause = true; // false: a stop accepted (or a source pausing already) is Stopping
        QList<QPair<QString, QString>> relistFilter; // the listing's own (enterprise project)
    };

    StopOperation(SmsClient *client, const QList<Task> &confirmed, const Options &options, QObject *parent = nullptr);

    void start();
    // Stops waiting: nothing more is sent, what is in flight is dropped, every open task is Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; } // then nothing more may be sent, a delete neither
    QList<StopResult> results() const; // in the order given
    int total() const { return int(m_entries.size()); }

Q_SIGNALS:
    // `waiting`: its stop was accepted (or it is pausing) and it is waited for; else it is settled.
    void taskChanged(const StopResult &result, bool waiting);
    void progress(int settled, int total);
    void finished();

private:
    enum class Phase { Queued, Sending, Checking, Waiting, Done };
    struct Entry
    {
        StopResult result;
        Phase phase = Phase::Queued;
        qint64 deadlineMs = 0;
        qint64 lastAskedMs = 0;
        bool asking = false;
    };
    enum class CallKind { Stop, LookUp };
    struct Call
    {
        CallKind kind;
        int index;
    };

    void pump();
    void send(const Call &call);
    void onStopAnswer(int index, const ApiResponse &r);
    void onLookUp(int index, const ApiResponse &r);
    void relist();
    void onRelisted(bool complete, const QList<Task> &tasks);
    bool relistPays(int waiting) const;
    void see(int index, const Task &fresh); // a fresh record of a task being checked or waited for
    void wait(int index);
    void settle(int index, StopOutcome outcome, const SmsError &error = {});
    void tick();
    void halt(StopOutcome outcome, const SmsError &error);
    void maybeFinish();
    qint64 now() const { return m_clock.elapsed(); }

    SmsClient *m_client;
    Options m_options;
    QObject *m_context; // owns the callbacks in flight; replaced on cancel
    std::vector<Entry> m_entries;
    QList<Call> m_queue;
    int m_inFlight = 0;
    int m_parallel = 1;
    int m_settled = 0;
    bool m_relisting = false;
    int m_relistFailures = 0; // in a row: the look-ups carry the wait for a while
    qint64 m_lastRelistMs = -1;
    bool m_halted = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    QTimer *m_ticker;
};
