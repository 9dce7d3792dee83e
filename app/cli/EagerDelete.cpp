#include "EagerDelete.h"

#include "ops/AccountSession.h"
#include "ops/DeletePlan.h"

#include <utility>

EagerDelete::EagerDelete(AccountSession *session, const QStringList &requested, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_waiting(requested.begin(), requested.end())
{
    connect(session, &AccountSession::tasksReceived, this, &EagerDelete::take);
    connect(session, &AccountSession::loadProgress, this,
            [this](int tasks, int taskCount, int, int) { onProgress(tasks, taskCount); });
    connect(session, &AccountSession::loadFinished, this, [this] {
        m_waiting.clear(); // the plan has the rest
        m_held.clear();
    });
}

void EagerDelete::take(const QList<Task> &tasks)
{
    if (m_refused || m_waiting.isEmpty())
        return;
    QList<Task> requested;
    for (const Task &t : tasks) {
        if (m_waiting.contains(t.id))
            requested.append(t);
    }
    // The same rule as the plan; a task whose source has not been listed yet is uncertain and waits.
    const DeletePlan plan = DeletePlan::build(requested);
    QList<Task> deletable;
    for (const PlanEntry &e : plan.deletable()) {
        m_waiting.remove(e.task.id);
        deletable.append(e.task);
    }
    if (m_tasksIn)
        send(deletable);
    else
        m_held.append(deletable);
}

void EagerDelete::onProgress(int tasks, int taskCount)
{
    // Every page holds at most a page size of tasks and ⌈count / size⌉ pages are asked for, so as
    // many tasks as the count means every page has come (a shifted listing may never get there:
    // then the plan sends everything, as without --yes).
    if (m_tasksIn || taskCount < 0 || tasks < taskCount)
        return;
    m_tasksIn = true;
    send(std::exchange(m_held, {}));
}

void EagerDelete::send(const QList<Task> &deletable)
{
    if (deletable.isEmpty() || m_refused)
        return;
    if (m_started)
        return m_session->addToDelete(deletable);
    m_started = m_session->startOpenDelete(deletable);
    m_refused = !m_started;
}
