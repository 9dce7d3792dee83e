#pragma once

#include "model/SmsError.h"

#include <QList>
#include <QObject>
#include <QStringList>

class SmsClient;
struct ApiResponse;

// Removes the SMS records of source servers a delete left without any migration task: POST
// /v3/sources/delete with at most 50 ids a call (reference/sms-api.md §5), one call at a time and
// never resent, then a complete re-list of the sources confirms each id. Only the confirmed ids are
// ever sent. The servers themselves are untouched; a record comes back when its Agent starts again.
class SourceCleanup : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Removed, Failed, Unknown };
    struct Result
    {
        QString id;
        Outcome outcome = Outcome::Unknown;
        SmsError error; // of the call that carried it (Failed, Unknown)
        QString requestId;
    };

    SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent = nullptr);
    void start();
    bool isFinished() const { return m_finished; }
    QList<Result> results() const { return m_results; } // in the order given

    static QString label(Outcome o); // localized

Q_SIGNALS:
    void finished();

private:
    void sendNext();
    void onAnswer(int from, int count, const ApiResponse &r);
    void confirm();

    SmsClient *m_client;
    QList<Result> m_results;
    int m_next = 0; // the first id of the next chunk
    bool m_stopped = false; // a 401: nothing more is sent
    bool m_finished = false;
};
