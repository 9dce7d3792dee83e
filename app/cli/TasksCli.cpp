#include "TasksCli.h"

#include "CliOutput.h"
#include "EagerDelete.h"
#include "ListJsonWriter.h"
#include "StopCli.h"

#include "model/ErrorCatalog.h"
#include "model/SourceState.h"
#include "model/TaskState.h"
#include "model/TaskText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <unistd.h>

using CliOutput::err;
using CliOutput::out;
using CliOutput::pad;

TasksCli::TasksCli(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new AccountSession(options.session, options.profileName, QStringLiteral("cli"), this))
{
    m_session->setConfirmDeadlineMs(options.confirmDeadlineMs);
}

void TasksCli::start()
{
    connect(m_session, &AccountSession::failed, this,
            [this](const QString &problem, const SmsError &e) { fail(2, problem, e); });
    connect(m_session, &AccountSession::ready, this, &TasksCli::onReady);
    connect(m_session, &AccountSession::tokenRefreshFailed, this, [](const SmsError &e) {
        err() << tr("warning: refreshing the IAM token failed; requests fail once the current token expires.") << '\n'
              << e.detailedText() << '\n';
        err().flush();
    });
    connect(m_session, &AccountSession::loadFinished, this, &TasksCli::onListed);
    // Not with a filter: its plan is printed before anything is sent, and EagerDelete sends during the listing.
    if (m_options.command == Command::Delete && m_options.yes && !m_options.dryRun && !m_options.stopFirst
        && !m_options.filter.isActive())
        m_eager = new EagerDelete(m_session, requestedOnce(), this);
    m_session->open();
}

void TasksCli::fail(int code, const QString &problem, const SmsError &error)
{
    err() << tr("sms-tasks: %1").arg(problem) << '\n';
    if (error.isError())
        err() << error.detailedText() << '\n';
    err().flush();
    QCoreApplication::exit(code);
}

void TasksCli::onReady()
{
    QList<QPair<QString, QString>> filter;
    if (!m_options.stateFilter.isEmpty())
        filter.append({ QStringLiteral("state"), m_options.stateFilter });
    if (!m_options.nameFilter.isEmpty())
        filter.append({ QStringLiteral("name"), m_options.nameFilter });
    m_session->refresh(filter);
}

void TasksCli::onListed(const AccountSession::LoadResult &listed)
{
    if (listed.error.isError()) {
        // Exit 2 is for what the user must fix (usage, configuration, authentication); a listing the
        // service failed is worth another try: exit 1, and a delete still reports every id, unsent.
        const bool userMustAct = listed.error.blocksAccount() || listed.error.kind == SmsErrorKind::Tls;
        const bool someSent = m_eager && m_eager->hasStarted(); // then they are confirmed and reported
        if ((userMustAct && !someSent) || m_options.command != Command::Delete || m_options.stopFirst
            || m_options.filter.isActive())
            return fail(userMustAct ? 2 : 1, tr("Listing the tasks failed."), listed.error);
        err() << tr("sms-tasks: %1").arg(tr("Listing the tasks failed.")) << '\n'
              << listed.error.detailedText() << '\n';
        DeleteRequest unsent;
        for (const QString &id : requestedOnce()) {
            DeleteResult r;
            r.id = id;
            r.outcome = DeleteOutcome::Skipped;
            r.note = DeleteNote::ListingFailed;
            r.error = listed.error;
            unsent.skipped.append(r); // those sent already keep their own outcome
        }
        m_listingFailed = true;
        if (someSent)
            return runDelete(unsent);
        printResults(unsent.skipped);
        QCoreApplication::exit(1);
        return;
    }
    if (listed.incomplete) {
        err() << tr("warning: the service reported %1 tasks but %2 distinct ones arrived; the list may be "
                    "incomplete (tasks changed while listing). Run the command again to re-list.")
                     .arg(listed.reportedCount)
                     .arg(listed.tasks.size())
              << '\n';
    }
    switch (m_options.command) {
    case Command::List:
        printList(listed.tasks, !listed.incomplete, listed.reportedCount);
        QCoreApplication::exit(0);
        return;
    case Command::Delete:
        if (m_options.stopFirst)
            return stopCli()->run(listed.tasks, !listed.incomplete);
        planAndDelete(listed.tasks, !listed.incomplete);
        return;
    case Command::Stop:
        return stopCli()->run(listed.tasks, !listed.incomplete);
    }
}

StopCli *TasksCli::stopCli()
{
    StopCli::Options o;
    o.thenDelete = m_options.command == Command::Delete;
    o.wait = m_options.wait;
    o.yes = m_options.yes;
    o.dryRun = m_options.dryRun;
    o.json = m_options.json;
    o.timeoutMs = m_options.stopTimeoutMs;
    return new StopCli(m_session, o, requestedOnce(), this);
}

void TasksCli::printList(const QList<Task> &tasks, bool complete, int count)
{
    if (m_options.json) {
        // Bytes, not text: the writer's UTF-8 goes out as is, without a round trip through QString.
        out().flush();
        const QByteArray json = ListJsonWriter::write(tasks, complete, count);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return;
    }
    out() << pad(tr("ID"), 38) << pad(tr("NAME"), 28) << pad(tr("TASK STATE"), 20) << pad(tr("SOURCE"), 32)
          << pad(tr("SOURCE STATE"), 22) << pad(tr("AGENT"), 14) << tr("DELETION") << '\n';
    for (const Task &t : tasks) {
        const RuleVerdict v = DeletionRule::classify(t.sourceState, t.connected);
        out() << pad(t.id, 38) << pad(t.name, 28) << pad(TaskState::label(t.state), 20) << pad(TaskText::source(t), 32)
              << pad(SourceState::label(t.sourceState), 22) << pad(TaskText::agent(t.connected), 14)
              << DeletionRule::label(v.deletability) << '\n';
    }
    out() << tr("%n task(s)", nullptr, int(tasks.size())) << '\n';
    out().flush();
}

void TasksCli::planAndDelete(const QList<Task> &listed, bool complete)
{
    QHash<QString, Task> byId;
    for (const Task &t : listed)
        byId.insert(t.id, t);
    QList<Task> selected;
    QList<DeleteResult> notFound;
    if (m_options.filter.isActive()) {
        // The filter picks from this listing only, so an id the listing did not have is never sent.
        selected = m_options.filter.select(listed, QDateTime::currentMSecsSinceEpoch());
        for (const Task &t : std::as_const(selected))
            m_requested.append(t.id);
    }
    for (const QString &id : m_options.filter.isActive() ? QStringList() : requestedOnce()) {
        if (byId.contains(id)) {
            selected.append(byId.value(id));
            continue;
        }
        notFound.append(CliOutput::notListed(id, complete));
    }
    const DeletePlan plan = DeletePlan::build(selected);
    printAccount();
    if (m_options.filter.isActive())
        printFilter(int(selected.size()), int(listed.size()), complete);
    if (m_options.filter.isActive() && selected.isEmpty()) {
        err() << tr("No listed task matches the filter: nothing was sent.") << '\n';
        err().flush();
        printResults({});
        QCoreApplication::exit(0);
        return;
    }
    printPlan(plan, notFound);

    const QStringList uncertain = plan.uncertainIds();
    DeleteDecision decision;
    if (m_options.allowUncertain)
        decision.includedUncertain = QSet<QString>(uncertain.begin(), uncertain.end());
    decision.leftOut = DeleteNote::NeedsAllowUncertain;
    DeleteRequest request = plan.toRequest(decision);
    request.skipped.append(notFound);
    for (const QList<Task> *tasks : { &request.inChunks, &request.onePerCall }) {
        for (const Task &t : *tasks)
            m_sending.insert(t.id);
    }

    const int n = request.sendCount();
    if (m_options.dryRun) {
        err() << tr("Dry run: nothing was sent.") << '\n';
        err().flush();
        // The plan itself, one line per requested id, as a real run would report it.
        QList<DeleteResult> planned;
        for (const QList<Task> *tasks : { &request.inChunks, &request.onePerCall }) {
            for (const Task &t : *tasks) {
                DeleteResult r;
                r.id = t.id;
                r.name = t.name;
                r.outcome = DeleteOutcome::Planned;
                planned.append(r);
            }
        }
        printResults(planned + request.skipped);
        QCoreApplication::exit(0);
        return;
    }
    if (n > 0 && !m_options.yes && !confirm(n))
        return;
    runDelete(request);
}

void TasksCli::printFilter(int matched, int listed, bool complete)
{
    err() << tr("Filter: %1 — %2 of %n listed task(s) match.", nullptr, listed)
                 .arg(m_options.filter.describe())
                 .arg(matched)
          << '\n';
    if (!complete)
        err() << tr("The listing was incomplete (tasks changed while listing): a task that matches may be missing "
                    "here; the next run will see it.")
              << '\n';
}

void TasksCli::printAccount()
{
    const AccountSession::Account a = m_session->account();
    err() << tr("Account: %1 · AK %2 · region %3 · endpoint %4")
                 .arg(a.scopeLabel(), a.maskedAk.isEmpty() ? tr("(IAM token)") : a.maskedAk,
                      a.region.isEmpty() ? tr("(none)") : a.region, a.endpoint.toString())
          << '\n';
}

void TasksCli::printPlan(const DeletePlan &plan, const QList<DeleteResult> &notFound)
{
    err() << tr("Will be deleted: %n task(s)", nullptr, int(plan.deletable().size())) << '\n';
    for (const PlanEntry &e : plan.deletable())
        err() << "  " << e.task.id << "  " << e.task.name << '\n';
    if (!plan.uncertain().isEmpty()) {
        err() << (m_options.allowUncertain
                      ? tr("Uncertain, each sent on its own (--allow-uncertain): %n", nullptr,
                           int(plan.uncertain().size()))
                      : tr("Uncertain, skipped without --allow-uncertain: %n", nullptr, int(plan.uncertain().size())))
              << '\n';
        for (const PlanEntry &e : plan.uncertain())
            err() << "  " << e.task.id << "  " << DeletionRule::explain(e.verdict) << '\n';
    }
    if (!plan.blocked().isEmpty()) {
        err() << tr("Blocked, skipped: %n", nullptr, int(plan.blocked().size())) << '\n';
        for (const PlanEntry &e : plan.blocked())
            err() << "  " << e.task.id << "  " << DeletionRule::explain(e.verdict) << '\n';
    }
    if (!notFound.isEmpty()) {
        err() << tr("Not found, skipped: %n", nullptr, int(notFound.size())) << '\n';
        for (const DeleteResult &r : notFound)
            err() << "  " << r.id << '\n';
    }
    err() << TaskText::deletionLeavesBehind() << '\n';
    err().flush();
}

bool TasksCli::confirm(int n)
{
    switch (CliOutput::askYes(tr("Delete %n task(s)? Type \"yes\" to continue: ", nullptr, n))) {
    case CliOutput::Answer::Yes:
        return true;
    case CliOutput::Answer::NotATerminal:
        fail(2,
             tr("Refusing to delete without confirmation: standard input is not a terminal. Pass --yes to "
                "delete without asking."));
        return false;
    case CliOutput::Answer::No:
        err() << tr("Cancelled: nothing was deleted.") << '\n';
        err().flush();
        QCoreApplication::exit(1);
        return false;
    }
    return false;
}

void TasksCli::runDelete(const DeleteRequest &request)
{
    connect(m_session, &AccountSession::auditLogFailed, this, [](const QString &path) {
        err() << tr("warning: the audit log %1 could not be written.").arg(path) << '\n';
    });
    connect(m_session, &AccountSession::deleteFinished, this, [this](const QList<DeleteResult> &results) {
        printResults(results);
        bool allGone = true;
        bool authFailed = false;
        bool anySuccess = false;
        for (const DeleteResult &r : results) {
            // A filter's skipped matches (blocked, uncertain) are reported, but only what it sent decides.
            const bool decides = !m_options.filter.isActive() || m_sending.contains(r.id);
            allGone = allGone && (r.isSuccess() || !decides);
            anySuccess = anySuccess || r.isSuccess() || r.outcome == DeleteOutcome::Deleting;
            authFailed = authFailed || r.error.httpStatus == 401;
        }
        QCoreApplication::exit(allGone ? 0 : (authFailed && !anySuccess ? 2 : 1));
    });
    if (m_eager && m_eager->hasStarted())
        m_session->closeDelete(request, !m_listingFailed); // after a failed listing nothing more goes
    else
        m_session->startDelete(request);
}

void TasksCli::printResults(const QList<DeleteResult> &results)
{
    CliOutput::printResults(results, requestedOnce(), int(m_requested.size()), m_options.json);
}

const QStringList &TasksCli::requestedOnce()
{
    // The ids as given, each once, in their order: one result line per id, whatever happens.
    if (m_requested.isEmpty()) {
        QSet<QString> seen;
        for (const QString &id : std::as_const(m_options.ids)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                m_requested.append(id);
            }
        }
    }
    return m_requested;
}
