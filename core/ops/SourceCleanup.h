#pragma once

#include "model/SmsError.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <vector>

class SmsClient;
struct ApiResponse;

// Removes the SMS records of source servers a delete left without any migration task, in three
// steps, one id list throughout (only the confirmed ids are ever sent):
// 1. check, fresh: no task uses the source now (GET /v3/tasks?source_server_id=…, count 0; or one
//    complete tasks listing when that takes fewer requests) — the window's list may be minutes old;
// 2. POST /v3/sources/delete with at most 50 ids a call (reference/sms-api.md §5), one call at a
//    time and never resent; nothing more after a 401;
// 3. confirm each id sent: GET /v3/sources?id=… (none, or not that id), or one complete listing
//    of the sources when that takes fewer requests.
// The servers themselves are untouched; a record comes back when its Agent starts again.
class SourceCleanup : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Removed, // sent, and the record is gone
        Failed, // sent, and the record is still listed
        Unknown, // sent, not confirmed either way
        InUse, // a task uses the source again: not sent
        NotSent, // could not be checked, cancelled, or held back after a 401: not sent
    };
    struct Result
    {
        QString id;
        Outcome outcome = Outcome::Unknown;
        SmsError error; // why it was not sent, or the failure of the call that carried it
        QString requestId; // of the removal call (empty when not sent)
    };
    struct Options
    {
        // Pages of 200 a complete listing of the account's tasks / sources takes (-1: unknown);
        // a step goes by one listing when that is fewer requests than a look-up per id.
        int taskPages = -1;
        int sourcePages = -1;
        int lookUpAtMost = 100; // while the pages are unknown: more ids, one listing
    };

    SourceCleanup(SmsClient *client, const QStringList &confirmed, const Options &options, QObject *parent = nullptr);
    SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent = nullptr);
    void start();
    // Sends nothing more: the checks still out are dropped and nothing is removed after them; a
    // removal call in flight is still heard and what it carried is still confirmed.
    void cancel();
    bool isFinished() const { return m_finished; }
    bool isChecking() const { return m_step == Step::Check; } // nothing removed yet
    QList<Result> results() const { return m_results; } // in the order given

    static QString label(Outcome o); // localized
    static QString keyword(Outcome o); // stable, for the audit log

Q_SIGNALS:
    void finished();

private:
    enum class Step { Check, Remove, Confirm, Done };
    bool byListing(int ids, int pages) const;
    // A filtered GET per id (limit 1), `heard` for each answer, the step done after the last.
    void lookUpEach(const QList<int> &indexes, const QString &path, const QString &key, QObject *context,
                    void (SourceCleanup::*heard)(int, const ApiResponse &));
    void checkEach();
    void checkByListing();
    void onChecked(int index, const ApiResponse &r);
    void sendNext();
    void onRemoveAnswer(const QList<int> &chunk, const ApiResponse &r);
    void confirmEach();
    void confirmByListing();
    void onConfirmed(int index, const ApiResponse &r);
    void holdBack(const SmsError &why); // every id checked but not yet sent is NotSent
    void stopSending(const SmsError &why);
    void stepDone();

    SmsClient *m_client;
    Options m_options;
    QList<Result> m_results;
    std::vector<bool> m_checked; // by index of m_results: answered, free of tasks
    QList<int> m_toSend; // checked free of tasks, not yet sent, in the order given
    QList<int> m_sent; // sent and heard (not refused unrun), in the order sent
    Step m_step = Step::Check;
    int m_pending = 0; // look-ups of the current step still out
    QObject *m_checks = nullptr; // owns the Check step's requests: deleted on cancel
    bool m_stopped = false; // a 401 or Cancel: nothing more is sent
    SmsError m_stopReason;
    bool m_finished = false;
};
