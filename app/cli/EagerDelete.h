#pragma once

#include "model/Task.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class AccountSession;

// sms-tasks delete --yes: the ids were confirmed on the command line, so a requested task that the
// running listing already shows Deletable is sent while the listing's last pages come, in the
// request slots they leave free. The verdict is the plan's own and final: the task's source state
// is in its own record, and a page of sources still to come only adds the Agent's connection,
// which cannot turn Deletable into anything else (a task deletable only because its Agent is
// disconnected has had its source listed). Everything else (uncertain, blocked, not listed yet)
// waits for the whole plan, as without --yes. Nothing goes
// before every page of tasks has come: a delete would shift the pages still to be listed, and tasks
// would be missed. The sources' pages it does not shift.
class EagerDelete : public QObject
{
    Q_OBJECT

public:
    EagerDelete(AccountSession *session, const QStringList &requested, QObject *parent = nullptr);
    bool hasStarted() const { return m_started; } // then the plan closes the open delete

private:
    void take(const QList<Task> &tasks);
    void onProgress(int tasks, int taskCount);
    void send(const QList<Task> &deletable);

    AccountSession *m_session;
    QSet<QString> m_waiting; // requested and not handed to the delete yet
    QList<Task> m_held; // deletable, held until every page of tasks has come
    bool m_tasksIn = false;
    bool m_started = false;
    bool m_refused = false; // the session would not start it: the plan sends everything
};
