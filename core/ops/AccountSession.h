#pragma once

#include "model/ConnectionSpec.h"
#include "model/SmsError.h"
#include "model/Task.h"
#include "ops/AuditLog.h"
#include "ops/DeleteRequest.h"
#include "ops/DeleteResult.h"
#include "ops/SourceCleanup.h"
#include "ops/StopOperation.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <functional>

class DeleteOperation;
class LoadOperation;
class StopOperation;
class RequestLimiter;
class SessionSetup;

// One opened account, the only thing front ends talk to (the GUI and sms-tasks alike). It owns the
// session setup (endpoints, IAM login and its refresh), the client, loading with the partial-list
// merge rule, deletes and their results, the audit log and a one-request connection probe. Widgets
// and the command line see signals and plain data only; nothing of HTTP.
//
// Lifetime: every operation is a child of this object and is destroyed before the client, so no
// callback of a request can run into a half-destroyed owner.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Opening, Ready, Failed };
    // How a finished listing applies to what is shown: a complete list replaces it; anything less
    // (a failure, or pages that shifted while listing) only adds and updates, never drops a row.
    enum class Merge { Replace, Upsert };

    struct Account // what the requests carry, for banners, plans and the audit log; never a secret
    {
        QString profileName;
        QUrl endpoint;
        QString region;
        QString projectId;
        QString domainId;
        QString maskedAk; // empty for an IAM token
        QString scopeLabel() const; // "project 0b7d…" or "account 5a9d…", localized
    };

    struct LoadResult
    {
        QList<Task> tasks; // de-duplicated, joined with their sources
        Merge merge = Merge::Upsert;
        bool incomplete = false;
        bool delivered = false; // complete, and every task came by tasksReceived as it is here
        int reportedCount = -1;
        SmsError error; // set when the listing failed
    };

    struct ProbeResult
    {
        SmsError error;
        int httpStatus = 0;
        int taskCount = -1;
        QString requestId;
        bool ok() const { return !error.isError(); }
    };

    // `frontEnd` ("gui" or "cli") goes into the audit log.
    AccountSession(const ConnectionSpec &spec, const QString &profileName, const QString &frontEnd,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    void open(); // ready() or failed()
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    Account account() const; // complete after ready()

    // Lists every task (and joins the sources). `taskFilter` is sent as given (state, name); the
    // profile's enterprise project is always added. Returns false when not ready or already loading.
    // `byUser`: an explicit request (Refresh), which also lifts the hold after a 401; an automatic
    // refresh never does, and is not started while the account is held.
    bool refresh(const QList<QPair<QString, QString>> &taskFilter = {}, bool byUser = true);
    // A 401 answered: nothing signed is sent until the user acts.
    bool isHeld() const;
    bool isLoading() const;

    // Deletes exactly what the request names; results() holds the outcome afterwards, and belongs
    // to this account only. Returns false when not ready or a delete runs.
    bool startDelete(const DeleteRequest &request);
    // An open delete, for sms-tasks delete --yes (confirmed before the listing): started with the
    // first tasks the running listing shows deletable, given more by addToDelete() as pages come,
    // closed by closeDelete() with the whole plan once the listing is over (what was sent is not
    // sent again); nothing is confirmed before that.
    bool startOpenDelete(const QList<Task> &deletable);
    void addToDelete(const QList<Task> &deletable);
    void closeDelete(const DeleteRequest &rest, bool sendQueued = true); // false: the listing failed
    bool isDeleting() const;
    // Sends no further chunk; what is in flight completes, is confirmed and is reported.
    void cancelDelete();
    const QList<DeleteResult> &results() const { return m_results; }
    QStringList failedAmong(const QStringList &ids) const; // those of `ids` this session's last delete did not delete
    // How long a delete may spend confirming its outcome; what is not confirmed by then is unknown.
    void setConfirmDeadlineMs(int ms) { m_confirmDeadlineMs = ms; }
    bool isBusy() const { return isLoading() || isDeleting() || isStopping() || isCleaningSources(); }

    // Stops exactly the confirmed tasks where stopping is the remedy, waits until each is deletable
    // (StopOperation) and, with `thenDelete`, deletes those a fresh record then shows deletable:
    // deleteFinished() reports both steps (DeleteResult::stop); a stop alone ends in stopFinished().
    // Returns false when not ready or busy.
    bool startStop(const QList<Task> &confirmed, bool thenDelete, const StopOperation::Options &options = {});
    bool isStopping() const;
    // Stops waiting and sends nothing more (not even the delete).
    void cancelStop();

    // Whether a delete's task-less sources may be offered for removal: only after a complete
    // listing without an enterprise-project filter (anything less cannot prove a source has no task).
    bool canOfferSourceCleanup() const
    {
        return m_listedCount >= 0 && m_listedUnfiltered && m_spec.enterpriseProjectId.isEmpty();
    }
    // Removes exactly these source records (SourceCleanup); sourceCleanupFinished() reports each.
    bool startSourceCleanup(const QStringList &sourceIds);
    bool isCleaningSources() const { return m_sourceCleanup; }
    // A delete, a stop or a source cleanup is running: nothing else that changes the account may start.
    bool isChanging() const { return isDeleting() || isStopping() || isCleaningSources(); }
    // Sends nothing more; what was sent is confirmed and reported.
    void cancelSourceCleanup();

    // "Test connection": exactly one signed GET /v3/tasks?limit=1, never retried.
    void probe();

Q_SIGNALS:
    void ready();
    void failed(const QString &problem, const SmsError &error);
    void tokenRefreshFailed(const SmsError &error);
    void held(); // a 401: nothing more is sent until the user acts
    void loadStarted();
    void tasksReceived(const QList<Task> &page); // while loading, joined with the sources listed so far
    void loadProgress(int tasks, int taskCount, int sources, int sourceCount); // as LoadOperation::progress
    void loadFinished(const AccountSession::LoadResult &result);
    void deleteStarted(int total);
    void deleteProgress(int done, int total);
    void deleteFinished(const QList<DeleteResult> &results);
    void probeFinished(const AccountSession::ProbeResult &result);
    void stopStarted(int total);
    void stopTaskChanged(const StopResult &result, bool waiting); // waiting: stopping…; else settled
    void stopProgress(int settled, int total);
    void stopFinished(const QList<StopResult> &results); // a stop alone (no delete followed)
    void sourceCleanupFinished(const QList<SourceCleanup::Result> &results);
    void busyChanged(); // a stop or a source cleanup began or ended (what isChanging() says)
    void auditLogFailed(const QString &path); // the results stand; only the log line is missing

private:
    void onLoaded();
    bool beginDelete(const DeleteRequest &request, bool open);
    void onDeleted();
    void onStopped();
    void writeAudit(const std::function<bool(const QString &path, const AuditLog::Context &context)> &write,
                    const std::function<void()> &then);

    ConnectionSpec m_spec;
    QString m_profileName;
    QString m_frontEnd;
    State m_state = State::Idle;
    RequestLimiter *m_limiter; // every signed request of this account, reads and deletes alike
    SessionSetup *m_setup;
    QPointer<LoadOperation> m_load;
    QPointer<DeleteOperation> m_delete;
    QPointer<StopOperation> m_stop;
    QPointer<SourceCleanup> m_sourceCleanup;
    bool m_stopThenDelete = false;
    QList<StopResult> m_stopsBeforeDelete; // of the stop this delete follows
    QList<DeleteResult> m_results;
    int m_confirmDeadlineMs = 180000;
    QThreadPool m_auditWriter; // one thread: audit lines are appended in order
    static int pagesOf(int count) { return (count + 199) / 200; } // a listing's requests, 200 a page
    bool m_loadingUnfiltered = true; // the listing in flight has no filter but the enterprise project
    bool m_listedUnfiltered = true; // so had the last one that finished
    int m_accountTasks = -1; // as its last such listing counted them; -1: unknown
    int m_accountSources = -1;
    bool m_reporting = false; // a finished delete's audit line is being written
    int m_listedCount = -1; // tasks of the last complete listing: what a delete should leave is known
};

Q_DECLARE_METATYPE(AccountSession::LoadResult)
Q_DECLARE_METATYPE(AccountSession::ProbeResult)
