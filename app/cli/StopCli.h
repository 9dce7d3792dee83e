#pragma once

#include "model/Task.h"
#include "ops/DeleteResult.h"
#include "ops/StopResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class AccountSession;

// sms-tasks stop ID... and delete --stop-first ID...: from the listing, the plan of each requested
// task (stop, only wait, delete without stopping, or nothing sent and why), a confirmation of its
// own, then AccountSession::startStop; per-task progress on standard error, one result line per id.
class StopCli : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool thenDelete = false; // delete --stop-first
        bool wait = false; // stop --wait (a stop-then-delete always waits)
        bool yes = false;
        bool dryRun = false;
        bool json = false;
        int timeoutMs = 300000;
    };

    StopCli(AccountSession *session, const Options &options, const QStringList &requested, QObject *parent = nullptr);
    void run(const QList<Task> &listed, bool complete); // ends with QCoreApplication::exit(code)

private:
    void printPlan(const QList<Task> &tasks);
    bool confirm(int n);
    void onTaskChanged(const StopResult &r, bool waiting);
    void finishStops(const QList<StopResult> &stops);
    void finishDelete(const QList<DeleteResult> &results);
    int requestedCount() const { return int(m_requested.size()); }

    AccountSession *m_session;
    Options m_options;
    QStringList m_requested;
    QList<DeleteResult> m_notFound; // requested, not listed: never sent
};
