#pragma once

#include "model/SmsError.h"

#include <QList>
#include <QObject>
#include <QStringList>

class SmsClient;
struct ApiResponse;

// Removes the SMS records of source servers a delete left without any migration task, in three
// steps, one id list throughout (only the confirmed ids are ever sent):
// 1. check, fresh: no task uses the source now (GET /v3/tasks?source_server_id=…, count 0; above
//    `lookUpAtMost` ids one complete tasks listing instead) — the window's list may be minutes old;
// 2. POST /v3/sources/delete with at most 50 ids a call (reference/sms-api.md §5), one call at a
//    time and never resent; nothing more after a 401;
// 3. confirm each id sent: GET /v3/sources?id=… (count 0), or one complete sources listing.
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
        NotSent, // could not be checked, or held back after a 401: not sent
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
        int lookUpAtMost = 100; // more ids: one listing beats a look-up per id
    };

    SourceCleanup(SmsClient *client, const QStringList &confirmed, const Options &options, QObject *parent = nullptr);
    SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent = nullptr);
    void start();
    // Sends nothing more: ids not yet sent are NotSent; what was sent is still confirmed.
    void cancel();
    bool isFinished() const { return m_finished; }
    QList<Result> results() const { return m_results; } // in the order given

    static QString label(Outcome o); // localized
    static QString keyword(Outcome o); // stable, for the audit log

Q_SIGNALS:
    void finished();

private:
    enum class Step { Check, Remove, Confirm };
    void checkEach();
    void checkByListing();
    void onChecked(int index, const ApiResponse &r);
    void sendNext();
    void onRemoveAnswer(int from, int count, const ApiResponse &r);
    void confirmEach();
    void confirmByListing();
    void onConfirmed(int index, const ApiResponse &r);
    void holdBack(const SmsError &why); // every id not yet sent is NotSent
    void stopSending(const SmsError &why);
    void stepDone();
    static bool isBlocking(const SmsError &e);

    SmsClient *m_client;
    Options m_options;
    QList<Result> m_results;
    QList<int> m_toSend; // indexes of m_results checked free of tasks, in the order given
    int m_next = 0; // into m_toSend: the first of the next chunk
    Step m_step = Step::Check;
    int m_pending = 0; // look-ups of the current step still out
    bool m_stopped = false; // a 401 or Cancel: nothing more is sent
    SmsError m_stopReason;
    bool m_finished = false;
};
