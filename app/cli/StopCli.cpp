#include "StopCli.h"

#include "CliOutput.h"

#include "model/StopRule.h"
#include "model/TaskText.h"
#include "ops/AccountSession.h"

#include <QHash>

#include <array>

using CliOutput::err;

StopCli::StopCli(AccountSession *session, const Options &options, const QStringList &requested, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_requested(requested)
{ }

void StopCli::run(const QList<Task> &listed, bool complete)
{
    QHash<QString, Task> byId;
    for (const Task &t : listed)
        byId.insert(t.id, t);
    QList<Task> tasks;
    for (const QString &id : std::as_const(m_requested)) {
        if (byId.contains(id)) {
            tasks.append(byId.value(id));
            continue;
        }
        m_notFound.append(CliOutput::notListed(id, complete));
    }
    printPlan(tasks);
    int toSend = 0;
    for (const Task &t : tasks) {
        const StopRemedy r = StopRule::remedy(t.sourceState, t.connected);
        toSend += StopRule::leadsToDeletion(r) || (m_options.thenDelete && r == StopRemedy::NotNeeded) ? 1 : 0;
    }
    if (m_options.dryRun) {
        err() << tr("Dry run: nothing was sent.") << '\n';
        err().flush();
        QCoreApplication::exit(0);
        return;
    }
    if (toSend > 0 && !m_options.yes && !confirm(toSend))
        return;
    connect(m_session, &AccountSession::stopTaskChanged, this, &StopCli::onTaskChanged);
    connect(m_session, &AccountSession::stopFinished, this, &StopCli::finishStops);
    connect(m_session, &AccountSession::deleteFinished, this, &StopCli::finishDelete);
    connect(m_session, &AccountSession::auditLogFailed, this, [](const QString &path) {
        err() << tr("warning: the audit log %1 could not be written.").arg(path) << '\n';
    });
    StopOperation::Options o;
    o.timeoutMs = m_options.timeoutMs;
    o.waitForPause = m_options.wait || m_options.thenDelete;
    if (!m_session->startStop(tasks, m_options.thenDelete, o)) {
        err() << tr("sms-tasks: %1").arg(tr("The account is busy.")) << '\n';
        QCoreApplication::exit(2);
    }
}

void StopCli::printPlan(const QList<Task> &tasks)
{
    std::array<QList<const Task *>, 5> byRemedy; // by StopRemedy
    for (const Task &t : tasks)
        byRemedy[int(StopRule::remedy(t.sourceState, t.connected))].append(&t);
    auto section = [&](StopRemedy r, const QString &heading) {
        const QList<const Task *> &list = byRemedy[int(r)];
        if (list.isEmpty())
            return;
        err() << heading << '\n';
        for (const Task *t : list)
            err() << "  " << t->id << "  " << t->name << "  "
                  << StopRule::explain(r, t->sourceState, m_options.thenDelete) << '\n';
    };
    section(StopRemedy::Stop, tr("Will be stopped: %n task(s)", nullptr, int(byRemedy[int(StopRemedy::Stop)].size())));
    section(StopRemedy::WaitOnly,
            tr("Pausing already, only waited for: %n", nullptr, int(byRemedy[int(StopRemedy::WaitOnly)].size())));
    if (m_options.thenDelete)
        section(StopRemedy::NotNeeded,
                tr("Deleted without stopping: %n", nullptr, int(byRemedy[int(StopRemedy::NotNeeded)].size())));
    else
        section(StopRemedy::NotNeeded,
                tr("Deletable already, not stopped: %n", nullptr, int(byRemedy[int(StopRemedy::NotNeeded)].size())));
    const int idle = int(byRemedy[int(StopRemedy::NotStoppable)].size() + byRemedy[int(StopRemedy::Unsure)].size());
    if (idle > 0) {
        err() << tr("Nothing sent: %n", nullptr, idle) << '\n';
        for (StopRemedy r : { StopRemedy::NotStoppable, StopRemedy::Unsure }) {
            for (const Task *t : byRemedy[int(r)])
                err() << "  " << t->id << "  " << StopRule::explain(r, t->sourceState, m_options.thenDelete) << '\n';
        }
    }
    if (!m_notFound.isEmpty()) {
        err() << tr("Not found, skipped: %n", nullptr, int(m_notFound.size())) << '\n';
        for (const DeleteResult &r : std::as_const(m_notFound))
            err() << "  " << r.id << '\n';
    }
    err() << TaskText::stoppingHalts(m_options.thenDelete) << '\n';
    if (m_options.thenDelete)
        err() << TaskText::deletionLeavesBehind() << '\n';
    err().flush();
}

bool StopCli::confirm(int n)
{
    const QString question = m_options.thenDelete
        ? tr("Stop and delete %n task(s)? Type \"yes\" to continue: ", nullptr, n)
        : tr("Stop %n task(s)? Type \"yes\" to continue: ", nullptr, n);
    switch (CliOutput::askYes(question)) {
    case CliOutput::Answer::Yes:
        return true;
    case CliOutput::Answer::NotATerminal:
        err() << tr("sms-tasks: %1")
                     .arg(tr("Refusing to stop without confirmation: standard input is not a terminal. Pass --yes "
                             "to go on without asking."))
              << '\n';
        QCoreApplication::exit(2);
        return false;
    case CliOutput::Answer::No:
        err() << tr("Cancelled: nothing was sent.") << '\n';
        QCoreApplication::exit(1);
        return false;
    }
    return false;
}

void StopCli::onTaskChanged(const StopResult &r, bool waiting)
{
    if (m_options.json || !StopRule::leadsToDeletion(r.remedy))
        return;
    err() << r.task.id << "  " << (waiting ? tr("stopping…") : StopResult::label(r.outcome)) << '\n';
    err().flush();
}

void StopCli::finishStops(const QList<StopResult> &stops)
{
    QList<StopResult> all = stops;
    for (const DeleteResult &d : std::as_const(m_notFound)) {
        StopResult r;
        r.task.id = d.id;
        r.listed = false;
        r.remedy = StopRemedy::Unsure;
        r.outcome = StopOutcome::NotStoppable;
        all.append(r);
    }
    CliOutput::printStops(all, m_requested, requestedCount(), m_options.json);
    bool allDone = true;
    bool authFailed = false;
    bool anySent = false;
    for (const StopResult &r : std::as_const(all)) {
        allDone = allDone && (r.outcome == StopOutcome::Stopped || r.outcome == StopOutcome::Stopping);
        authFailed = authFailed || r.error.httpStatus == 401;
        anySent = anySent || r.stopSent;
    }
    QCoreApplication::exit(allDone ? 0 : (authFailed && !anySent ? 2 : 1));
}

void StopCli::finishDelete(const QList<DeleteResult> &results)
{
    CliOutput::printResults(results + m_notFound, m_requested, requestedCount(), m_options.json);
    bool allGone = true;
    bool anySent = false;
    bool authFailed = false;
    for (const DeleteResult &r : results + m_notFound) {
        allGone = allGone && r.isSuccess();
        anySent = anySent || (r.stop && r.stop->stopSent) || r.isSuccess();
        authFailed = authFailed || r.error.httpStatus == 401 || (r.stop && r.stop->error.httpStatus == 401);
    }
    QCoreApplication::exit(allGone ? 0 : (authFailed && !anySent ? 2 : 1));
}
