#pragma once

#include "DeleteFilter.h"

#include "model/ConnectionSpec.h"
#include "ops/AccountSession.h"
#include "ops/DeletePlan.h"
#include "ops/DeleteResult.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class EagerDelete;
class StopCli;
class QTextStream;

// sms-tasks: the same core as the GUI, for scripts. Human messages are translated; the result
// lines and --json stay English. Exit: 0 all requested ids deleted or already deleted (with a filter:
// all the matches it sent, or none matched), 1 some not, 2 usage, configuration or authentication
// errors before anything was deleted.
class TasksCli : public QObject
{
    Q_OBJECT

public:
    enum class Command { List, Delete, Stop };
    struct Options
    {
        Command command = Command::List;
        ConnectionSpec session;
        QString profileName;
        QString stateFilter;
        QString nameFilter;
        QStringList ids;
        DeleteFilter filter; // delete --where/--older-than instead of ids
        bool json = false;
        bool dryRun = false;
        bool yes = false;
        bool allowUncertain = false;
        bool stopFirst = false; // delete --stop-first
        bool wait = false; // stop --wait
        int stopTimeoutMs = 300000;
        int confirmDeadlineMs = 180000;
    };

    explicit TasksCli(const Options &options, QObject *parent = nullptr);
    void start(); // ends with QCoreApplication::exit(code)

private:
    const QStringList &requestedOnce(); // m_options.ids without repeats, computed once
    void onReady();
    void onListed(const AccountSession::LoadResult &listed);
    void printList(const QList<Task> &tasks, bool complete, int count);
    void planAndDelete(const QList<Task> &listed, bool complete);
    void printPlan(const DeletePlan &plan, const QList<DeleteResult> &notFound); // after printAccount()
    void printAccount();
    void printFilter(int matched, int listed, bool complete);
    bool confirm(int n);
    void runDelete(const DeleteRequest &request);
    void printResults(const QList<DeleteResult> &results);
    void fail(int code, const QString &problem, const SmsError &error = {});

    Options m_options;
    AccountSession *m_session;
    QStringList m_requested; // requestedOnce(); with a filter, the matched ids (oldest first)
    QSet<QString> m_sending; // with a filter: the matched ids planned for sending, which decide the exit
    StopCli *stopCli();
    EagerDelete *m_eager = nullptr;
    bool m_listingFailed = false; // delete --yes: what is deletable goes while the listing ends
};
