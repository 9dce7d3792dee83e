#include "CliRunner.h"
#include "ListAll.h"
#include "SandboxFixture.h"
#include "model/DeletionRule.h"
#include "model/SourceState.h"
#include "model/TaskState.h"
#include "ops/DeletePlan.h"
#include "sandbox/SandboxRandom.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

// A seeded, bounded soak of `sms-tasks delete ... --yes --json` against the sandbox: each round a fresh
// account, random faults on every route a delete touches, an id mix (deletable, blocked, uncertain,
// unknown, duplicates, tasks changed behind the client's back), then the journal and the final
// account checked against what the CLI printed. 30% of the rounds select by filter instead
// (`delete --where ... --older-than ...`, checked against the soak's own matcher), and 3% stop first
// (`delete --stop-first ID...` with running tasks among the ids, faults on the stop's route too).
// SMS_SOAK_SEED, SMS_SOAK_ROUNDS (200) and SMS_SOAK_FIRST (0) choose the rounds, SMS_SOAK_WHERE_SHARE
// and SMS_SOAK_STOP_SHARE their kinds; a failure prints the seed and round that reproduce it.
namespace {

// Weighted to where a delete's decisions are: the batch call, then the look-ups.
const QStringList FaultRoutes { QStringLiteral("tasks"),  QStringLiteral("sources"), QStringLiteral("delete"),
                                QStringLiteral("delete"), QStringLiteral("delete"),  QStringLiteral("delete-one"),
                                QStringLiteral("task"),   QStringLiteral("task") };
const QStringList FaultKinds { QStringLiteral("429"),         QStringLiteral("500"),       QStringLiteral("502"),
                               QStringLiteral("503"),         QStringLiteral("reset"),     QStringLiteral("reset-mid"),
                               QStringLiteral("refuse"),      QStringLiteral("truncated"), QStringLiteral("malformed"),
                               QStringLiteral("wrong-types"), QStringLiteral("trickle"),   QStringLiteral("hang"),
                               QStringLiteral("page-shift") };
const QStringList Outcomes { QStringLiteral("deleted"), QStringLiteral("already-deleted"), QStringLiteral("deleting"),
                             QStringLiteral("failed"),  QStringLiteral("skipped"),         QStringLiteral("unknown") };
const QStringList StopOutcomes = Outcomes
    + QStringList { QStringLiteral("stopped-not-deleted"), QStringLiteral("stop-failed"),
                    QStringLiteral("stop-timeout") };
const QString BusyState = QStringLiteral("replicate"); // refused by both wordings of the rule while connected
// The source states a stop is sent for (README: initialize, replicate or syncing), as the soak reads them.
const QStringList StoppableStates { QStringLiteral("initialize"), QStringLiteral("replicate"),
                                    QStringLiteral("syncing") };
const QStringList ActionFaultKinds { QStringLiteral("500"),       QStringLiteral("503"),
                                     QStringLiteral("429:0"),     QStringLiteral("reset"),
                                     QStringLiteral("reset-mid"), QStringLiteral("refuse"),
                                     QStringLiteral("truncated"), QStringLiteral("malformed"),
                                     QStringLiteral("hang"),      QStringLiteral("latency:300") };
// The shares of --where and --stop-first rounds (SMS_SOAK_WHERE_SHARE, SMS_SOAK_STOP_SHARE): a --where
// round takes about half an ids round's time, a stop round five (it waits a look-up interval, 3 s).
const double WhereShare = 0.3;
const double StopShare = 0.03;

double envShare(const char *name, double fallback)
{
    bool ok = false;
    const double v = qEnvironmentVariable(name).toDouble(&ok);
    return ok && v >= 0 && v <= 1 ? v : fallback;
}

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The task id of GET /v3/tasks/{id}, DELETE /v3/tasks/{id} and POST /v3/tasks/{id}/action (a faulted
// answer's entry may lack task_id).
QString pathId(const QJsonObject &entry)
{
    return str(entry, "path").section(u'/', 3, 3);
}

// The kind of the fault that shaped an entry's answer ("" for none).
QString faultKind(const QJsonObject &entry)
{
    return str(entry, "fault").section(u':', 1, 1).section(u'@', 0, 0);
}

// An answer the client may not have had whole: a fault changed it (a page shift changes the account,
// not the answer), or nothing (or not all of it) reached the client.
bool lost(const QJsonObject &entry)
{
    return (!faultKind(entry).isEmpty() && faultKind(entry) != u"page-shift")
        || !entry.value(QLatin1String("delivered")).toBool() || entry.value(QLatin1String("status")).toInt() == 0;
}

template<typename T> T pickOut(SandboxRandom &rng, QList<T> &from)
{
    return from.takeAt(rng.below(int(from.size())));
}

// A --where/--older-than filter as the soak matches it, on its own model of the account.
struct Where
{
    QStringList states, sourceStates, names; // upper, lower, as given; an empty list: no such clause
    qint64 olderThanMs = 0;

    bool matches(const Task &t, qint64 nowMs) const
    {
        if (!states.isEmpty() && !states.contains(t.state.toUpper()))
            return false;
        if (!sourceStates.isEmpty() && !sourceStates.contains(t.sourceState.toLower()))
            return false;
        if (!names.isEmpty() && std::none_of(names.begin(), names.end(), [&](const QString &n) {
                return t.name.contains(n, Qt::CaseInsensitive);
            }))
            return false;
        return olderThanMs == 0 || (t.createdMs > 0 && t.createdMs < nowMs - olderThanMs);
    }
};

// One round, drawn before it runs: the account, the faults, the ids and what changes behind the back.
struct Round
{
    enum class Kind { Ids, Where, StopFirst };
    Kind kind = Kind::Ids;
    SandboxConfig config;
    QStringList faults;
    QStringList ids; // the command line, duplicates and unknown ids included (none for Where)
    QStringList filterArgs; // Where: --where ... --older-than ...
    Where where;
    bool allowUncertain = false;
    int confirmDeadlineS = 5;
    QStringList busyBefore, removedBefore; // before sms-tasks starts
    QStringList busyAfter, removedAfter; // once it has listed, while its delete is held by a latency fault

    QString describe() const
    {
        static const char *const batch[] = { "atomic-named", "atomic-unnamed", "partial" };
        static const char *const kinds[] = { "ids", "--where", "--stop-first" };
        return QStringLiteral("%1 round%2 ")
                   .arg(QLatin1String(kinds[int(kind)]),
                        filterArgs.isEmpty() ? QString() : u' ' + filterArgs.join(u' '))
            + QStringLiteral(
                  "tasks=%1 batch=%2 rule=%3 delete-delay=%4ms latency=%5ms sandbox-seed=%6\n"
                  "  faults: %7\n  ids (%8): %9\n  confirm-deadline=%15s allow-uncertain=%10 busy-before=[%11] "
                  "removed-before=[%12] busy-after=[%13] removed-after=[%14]")
                  .arg(config.tasks)
                  .arg(QLatin1String(batch[int(config.batch)]),
                       config.rule == SandboxConfig::Rule::DenyList ? QStringLiteral("deny-list")
                                                                    : QStringLiteral("allow-list"))
                  .arg(config.deleteDelayMs)
                  .arg(config.latencyMs)
                  .arg(config.seed)
                  .arg(faults.isEmpty() ? QStringLiteral("none") : faults.join(u' '))
                  .arg(ids.size())
                  .arg(ids.join(u' '))
                  .arg(allowUncertain ? QStringLiteral("yes") : QStringLiteral("no"), busyBefore.join(u' '),
                       removedBefore.join(u' '), busyAfter.join(u' '), removedAfter.join(u' '))
                  .arg(confirmDeadlineS);
    }
};

QString drawFault(SandboxRandom &rng)
{
    const QString route = rng.pick(FaultRoutes);
    const QString kind = rng.pick(FaultKinds);
    QString spec = route + u':' + kind;
    if (kind == u"429")
        spec += rng.chance(0.7) ? QStringLiteral(":0") : QStringLiteral(":1"); // Retry-After, seconds
    else if (kind == u"trickle") // big chunks: a trickled listing must still end within a few seconds
        spec += QStringLiteral(":%1:%2").arg(rng.between(2048, 8192)).arg(rng.between(5, 20));
    else if (kind == u"page-shift")
        spec += rng.chance(0.5) ? QStringLiteral(":insert") : QStringLiteral(":remove");
    const bool read = route == u"tasks" || route == u"sources" || route == u"task";
    const double when = rng.unit();
    // A round makes one or two listings and batch calls, and up to ~25 look-ups.
    const int nth = rng.between(1, route == u"task" ? 4 : 2);
    if (kind == u"hang") {
        // Each hang costs a --timeout; an endless one only where the confirmation deadline bounds it.
        if (route == u"task" && when < 0.4)
            return spec + QStringLiteral("@always");
        return spec + QStringLiteral("@nth=%1").arg(nth);
    }
    if (when < 0.55)
        return spec + QStringLiteral("@nth=%1x%2").arg(nth).arg(rng.between(1, 3));
    if (when < 0.9) {
        static const char *const p[] = { "0.1", "0.2", "0.3", "0.5" };
        return spec + QStringLiteral("@p=%1x%2").arg(QLatin1String(p[rng.below(4)])).arg(rng.between(1, read ? 3 : 6));
    }
    // Unbounded: an outage. On a listing it outlasts every retry.
    return spec + (rng.chance(0.5) ? QStringLiteral("@always") : QStringLiteral("@p=0.5"));
}

// The plan sms-tasks printed on standard error: which ids are in which section.
QMap<QString, QStringList> parsePlan(const QString &err)
{
    static const QList<QPair<QString, QString>> headers {
        { QStringLiteral("Will be deleted:"), QStringLiteral("delete") },
        { QStringLiteral("Uncertain, each sent on its own"), QStringLiteral("uncertain-sent") },
        { QStringLiteral("Uncertain, skipped without"), QStringLiteral("uncertain-skipped") },
        { QStringLiteral("Blocked, skipped:"), QStringLiteral("blocked") },
        { QStringLiteral("Not found, skipped:"), QStringLiteral("not-found") },
        { QStringLiteral("Will be stopped:"), QStringLiteral("stop") },
        { QStringLiteral("Pausing already, only waited for:"), QStringLiteral("wait") },
        { QStringLiteral("Deleted without stopping:"), QStringLiteral("direct") },
        { QStringLiteral("Nothing sent:"), QStringLiteral("idle") },
    };
    QMap<QString, QStringList> plan;
    QString section;
    for (const QString &line : err.split(u'\n')) {
        if (line.startsWith(QLatin1String("  ")) && !section.isEmpty()) {
            plan[section].append(line.trimmed().section(u' ', 0, 0));
            continue;
        }
        section.clear();
        for (const auto &h : headers) {
            if (line.startsWith(h.first))
                section = h.second;
        }
    }
    return plan;
}

struct Totals
{
    int rounds = 0;
    int failedRounds = 0;
    qint64 ids = 0;
    qint64 calls = 0;
    int faultsFired = 0;
    int changedBetweenListAndDelete = 0;
    int whereRounds = 0;
    int whereMatched = 0; // --where rounds with a result line
    int stopRounds = 0;
    int stopsSent = 0;
    QMap<QString, int> outcomes;
};

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    quint64 m_seed = 0;
    Totals m_totals;

    Round draw(SandboxRandom &rng)
    {
        Round r;
        r.config.tasks = rng.between(20, 120);
        r.config.seed = rng.next() % 1000000;
        r.config.batch = SandboxConfig::BatchSemantics(rng.below(3));
        r.config.rule = rng.chance(0.5) ? SandboxConfig::Rule::DenyList : SandboxConfig::Rule::AllowList;
        r.config.deleteDelayMs = rng.chance(0.12) ? rng.between(100, 400) : 0;
        r.config.latencyMs = rng.chance(0.15) ? rng.between(1, 30) : 0;
        const int faults = rng.chance(0.25) ? 0 : rng.between(1, 3);
        for (int i = 0; i < faults; ++i)
            r.faults.append(drawFault(rng));
        if (rng.chance(0.05)) {
            // The confirming re-list (the second listing) fails or is unreadable every time it is asked.
            static const QStringList kinds { QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("reset"),
                                             QStringLiteral("truncated"), QStringLiteral("malformed") };
            r.faults.append(QStringLiteral("tasks:%1@nth=2x4").arg(rng.pick(kinds)));
        }
        // Drawn last, so an ids round is the round this seed drew before filters and stops came.
        static const double whereShare = envShare("SMS_SOAK_WHERE_SHARE", WhereShare);
        static const double stopShare = envShare("SMS_SOAK_STOP_SHARE", StopShare);
        const double kind = rng.unit();
        r.kind = kind < whereShare          ? Round::Kind::Where
            : kind < whereShare + stopShare ? Round::Kind::StopFirst
                                            : Round::Kind::Ids;
        r.config.stopDelayMs = 100; // stopping -> stopped well within the first look-up's interval
        if (r.kind == Round::Kind::StopFirst && rng.chance(0.6)) {
            const double when = rng.unit();
            r.faults.append(QStringLiteral("action:%1@%2")
                                .arg(rng.pick(ActionFaultKinds),
                                     when < 0.6       ? QStringLiteral("nth=%1").arg(rng.between(1, 3))
                                         : when < 0.9 ? QStringLiteral("p=0.5")
                                                      : QStringLiteral("always")));
        }
        return r;
    }

    // A --where round: a filter drawn from what the account holds (some states, source states, name
    // parts, an age that splits it), in the spellings a user may type; and what changes behind the back.
    void drawWhere(SandboxRandom &rng, Round &r, const QList<Task> &tasks)
    {
        // The values the account holds that sms-tasks knows (a future VERIFYING is a usage error there).
        auto present = [&](auto field, const QStringList &known) {
            QStringList values;
            for (const Task &t : tasks) {
                if (known.contains(field(t)) && !values.contains(field(t)))
                    values.append(field(t));
            }
            values.sort();
            return values;
        };
        auto some = [&](QStringList from, int most) {
            QStringList out;
            for (int i = rng.between(1, most); i > 0 && !from.isEmpty(); --i)
                out.append(pickOut(rng, from));
            return out;
        };
        auto spelled
            = [&](const QString &v) { return rng.chance(0.3) ? v.toLower() == v ? v.toUpper() : v.toLower() : v; };
        const bool byState = rng.chance(0.5), bySource = rng.chance(0.4), byName = rng.chance(0.25);
        const bool byAge = rng.chance(0.6) || !(byState || bySource || byName);
        if (byState) {
            r.where.states = some(present([](const Task &t) { return t.state.toUpper(); }, TaskState::known()), 3);
            QStringList typed;
            for (const QString &v : std::as_const(r.where.states))
                typed.append(spelled(v));
            r.filterArgs += QStringList { QStringLiteral("--where"), QStringLiteral("state=") + typed.join(u',') };
        }
        if (bySource) {
            r.where.sourceStates
                = some(present([](const Task &t) { return t.sourceState.toLower(); }, SourceState::known()), 3);
            QStringList typed;
            for (const QString &v : std::as_const(r.where.sourceStates))
                typed.append(spelled(v));
            r.filterArgs += rng.chance(0.5)
                ? QStringList { QStringLiteral("--source-state"), typed.join(u',') }
                : QStringList { QStringLiteral("--where"), QStringLiteral("source_state=") + typed.join(u',') };
        }
        if (byName) {
            static const QStringList parts { QStringLiteral("prod"), QStringLiteral("stg"), QStringLiteral("dev"),
                                             QStringLiteral("web"),  QStringLiteral("db"),  QStringLiteral("task-"),
                                             QStringLiteral("WIN"),  QStringLiteral("-1"),  QStringLiteral("财务") };
            r.where.names = some(parts, 2);
            QStringList typed;
            for (const QString &v : std::as_const(r.where.names))
                typed.append(spelled(v));
            r.filterArgs += QStringList { QStringLiteral("--where"), QStringLiteral("name=") + typed.join(u',') };
        }
        if (byAge) {
            // The age of a random task, in hours or days, moved until no task is within an hour of it.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const bool days = rng.chance(0.5);
            const qint64 unit = days ? 86400000 : 3600000;
            qint64 n = qMax<qint64>(1, (now - tasks.at(rng.below(int(tasks.size()))).createdMs) / unit);
            auto near = [&](qint64 ms) {
                return std::any_of(tasks.begin(), tasks.end(),
                                   [&](const Task &t) { return qAbs(now - t.createdMs - ms) < 3600000; });
            };
            while (near(n * unit))
                ++n;
            r.where.olderThanMs = n * unit;
            r.filterArgs += QStringList { QStringLiteral("--older-than"), QString::number(n) + (days ? u'd' : u'h') };
        }
        r.allowUncertain = rng.chance(0.5);
        // Behind the back: a matching task made busy before the run, or removed; one after its listing.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QStringList changeable;
        for (const Task &t : tasks) {
            if (t.state != u"DELETING" && r.where.matches(t, now)
                && DeletionRule::classify(t.sourceState, t.connected).deletability == Deletability::Deletable)
                changeable.append(t.id);
        }
        changeBehindTheClient(rng, changeable, false, &r);
    }

    // A --stop-first round: running tasks of their own sources (a stop pauses every task of a source),
    // a task pausing already, deletable, blocked and uncertain ones, unknown ids, duplicates.
    void drawStops(SandboxRandom &rng, Round &r, const QList<Task> &tasks)
    {
        QHash<QString, int> tasksOfSource;
        for (const Task &t : tasks)
            ++tasksOfSource[t.sourceId];
        QStringList running, pausing, deletable, blocked, uncertain;
        for (const Task &t : tasks) {
            if (t.state == u"DELETING")
                continue;
            const Deletability d = DeletionRule::classify(t.sourceState, t.connected).deletability;
            if (StoppableStates.contains(t.sourceState) && t.connected == true && tasksOfSource.value(t.sourceId) == 1)
                running.append(t.id);
            else if (t.sourceState == u"stopping")
                pausing.append(t.id);
            else if (d == Deletability::Deletable)
                deletable.append(t.id);
            else if (d == Deletability::Blocked)
                blocked.append(t.id);
            else
                uncertain.append(t.id);
        }
        QStringList chosen;
        auto take = [&](QStringList &from, int n) {
            for (; n > 0 && !from.isEmpty(); --n)
                chosen.append(pickOut(rng, from));
        };
        take(running, rng.between(1, 3));
        take(pausing, rng.chance(0.3) ? 1 : 0);
        take(deletable, rng.between(0, 4));
        take(blocked, rng.chance(0.5) ? rng.between(1, 2) : 0);
        take(uncertain, rng.chance(0.3) ? 1 : 0);
        if (rng.chance(0.15) && !deletable.isEmpty()) {
            r.busyBefore.append(pickOut(rng, deletable)); // made running before the run: then stopped
            chosen.append(r.busyBefore.last());
        }
        if (rng.chance(0.1) && !deletable.isEmpty()) {
            r.removedBefore.append(pickOut(rng, deletable));
            chosen.append(r.removedBefore.last());
        }
        if (rng.chance(0.3))
            chosen.append(rng.uuid());
        for (int i = rng.chance(0.3) ? rng.between(1, 2) : 0; i > 0 && !chosen.isEmpty(); --i)
            chosen.append(rng.pick(chosen));
        for (qsizetype i = chosen.size() - 1; i > 0; --i)
            chosen.swapItemsAt(i, rng.below(int(i + 1)));
        r.ids = chosen;
    }

    // The ids, from the account as a client lists it before any fault; and what changes behind the back.
    void drawIds(SandboxRandom &rng, Round &r, const QList<Task> &tasks)
    {
        const DeletePlan plan = DeletePlan::build(tasks);
        // A task already DELETING stays so for good: only the polls' bound or the deadline ends its
        // confirmation, so it is kept out of the mix but for a few rounds.
        QStringList deleting;
        auto ids = [&](const QList<PlanEntry> &entries) {
            QStringList out;
            for (const PlanEntry &e : entries)
                (e.task.state == u"DELETING" ? deleting : out).append(e.task.id);
            return out;
        };
        QStringList deletable = ids(plan.deletable()), blocked = ids(plan.blocked()), uncertain = ids(plan.uncertain());
        const double size = rng.unit();
        int n = size < 0.5 ? rng.between(1, 5) : size < 0.8 ? rng.between(6, 25) : rng.between(26, 75);
        n = qMin(n, int(deletable.size()));
        QStringList chosen, changeable;
        for (int i = 0; i < n; ++i)
            changeable.append(pickOut(rng, deletable));
        for (int i = rng.chance(0.5) ? rng.between(1, 3) : 0; i > 0 && !blocked.isEmpty(); --i)
            chosen.append(pickOut(rng, blocked));
        for (int i = rng.chance(0.4) ? rng.between(1, 3) : 0; i > 0 && !uncertain.isEmpty(); --i)
            changeable.append(pickOut(rng, uncertain));
        chosen += changeable;
        if (rng.chance(0.015) && !deleting.isEmpty()) {
            chosen.append(rng.pick(deleting));
            r.confirmDeadlineS = rng.chance(0.5) ? 15 : 5; // 15: the polls end first (8 x 1.5 s)
        }
        r.allowUncertain = rng.chance(0.5);
        for (int i = rng.chance(0.3) ? rng.between(1, 2) : 0; i > 0; --i) {
            chosen.append(rng.uuid()); // valid-looking, in no account
        }
        for (int i = rng.chance(0.3) ? rng.between(1, 3) : 0; i > 0 && !chosen.isEmpty(); --i)
            chosen.append(rng.pick(chosen));
        for (qsizetype i = chosen.size() - 1; i > 0; --i)
            chosen.swapItemsAt(i, rng.below(int(i + 1)));
        r.ids = chosen;
        changeBehindTheClient(rng, changeable, true, &r);
    }

    // Tasks changed behind the client's back, before the round and while its delete is out (held
    // open by a latency: the window), from `changeable` (each picked once).
    static void changeBehindTheClient(SandboxRandom &rng, QStringList &changeable, bool mayRemoveAfter, Round *r)
    {
        if (rng.chance(0.15) && !changeable.isEmpty())
            r->busyBefore.append(pickOut(rng, changeable));
        if (rng.chance(0.1) && !changeable.isEmpty())
            r->removedBefore.append(pickOut(rng, changeable));
        if (rng.chance(0.3) && !changeable.isEmpty()) {
            r->busyAfter.append(pickOut(rng, changeable));
            if (mayRemoveAfter && rng.chance(0.5) && !changeable.isEmpty())
                r->removedAfter.append(pickOut(rng, changeable));
            r->faults.append(QStringLiteral("delete:latency:%1").arg(rng.between(150, 300)));
        }
    }

    // Runs one round; returns what it found wrong (empty: every check held).
    QStringList play(Round &r, QString *report)
    {
        SandboxFixture sb(r.config);
        if (!sb.url.isValid())
            return { QStringLiteral("the sandbox did not start: ") + sb.host->errorString() };
        const Listing before = listAll(sb.client().get(), 15000);
        if (!before.complete)
            return { QStringLiteral("the round's own listing failed") };
        SandboxRandom rng(r.config.seed ^ 0x50A4ULL);
        switch (r.kind) {
        case Round::Kind::Ids:
            drawIds(rng, r, before.tasks);
            break;
        case Round::Kind::Where:
            drawWhere(rng, r, before.tasks);
            break;
        case Round::Kind::StopFirst:
            drawStops(rng, r, before.tasks);
            break;
        }
        // The soak's own model of the account as sms-tasks starts: the listing, changed as below.
        QHash<QString, Task> model;
        for (const Task &t : before.tasks)
            model.insert(t.id, t);
        for (const QString &id : std::as_const(r.busyBefore)) {
            sb.host->setTaskSource(id, BusyState, true);
            const QString source = model.value(id).sourceId;
            for (Task &t : model) { // the source's state: every task of that source shows it
                if (t.id == id || (!source.isEmpty() && t.sourceId == source))
                    t.sourceState = BusyState;
            }
        }
        for (const QString &id : std::as_const(r.removedBefore)) {
            sb.host->removeTask(id);
            model.remove(id);
        }
        const QStringList atStart = sb.host->taskIds();
        for (const QString &spec : std::as_const(r.faults)) {
            QString error;
            if (!sb.host->addFault(spec, &error))
                return { QStringLiteral("bad fault spec: ") + error };
        }
        sb.host->clearJournal();

        QStringList args { QStringLiteral("--endpoint"), sb.url.toString(), QStringLiteral("--lang"),
                           QStringLiteral("en") };
        args += QStringList { QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--confirm-deadline"),
                              QString::number(r.confirmDeadlineS), QStringLiteral("delete") };
        args += r.ids + r.filterArgs;
        args += QStringList { QStringLiteral("--yes"), QStringLiteral("--json") };
        if (r.kind == Round::Kind::StopFirst)
            args += QStringList { QStringLiteral("--stop-first"), QStringLiteral("--stop-timeout"),
                                  QStringLiteral("5") };
        if (r.allowUncertain)
            args.append(QStringLiteral("--allow-uncertain"));
        QStringList busyAfter, removedAfter; // as applied
        bool betweenListAndDelete = false;
        auto changeOnceListed = [&] {
            if (r.busyAfter.isEmpty())
                return false;
            bool tasks = false, sources = false, deletes = false;
            for (const QJsonValue &v : sb.host->journal()) {
                const QJsonObject e = v.toObject();
                const bool ok = e.value(QLatin1String("status")).toInt() == 200 && !lost(e);
                tasks = tasks || (ok && str(e, "route") == u"tasks");
                sources = sources || (ok && str(e, "route") == u"sources");
                deletes = deletes || str(e, "route").startsWith(QLatin1String("delete"));
            }
            if (!tasks || !sources)
                return true;
            betweenListAndDelete = !deletes;
            for (const QString &id : std::as_const(r.busyAfter)) {
                if (sb.host->setTaskSource(id, BusyState, true))
                    busyAfter.append(id);
            }
            for (const QString &id : std::as_const(r.removedAfter)) {
                if (sb.host->removeTask(id))
                    removedAfter.append(id);
            }
            return false;
        };
        const CliRun run = runCli(args, cliEnvironment(m_home.path(), r.config.ak, r.config.sk, r.config.projectId), {},
                                  {}, 60000, changeOnceListed);
        if (r.config.deleteDelayMs > 0)
            QThread::msleep(ulong(r.config.deleteDelayMs + 100)); // what was accepted is gone by now
        const QJsonArray journal = sb.host->journal();
        const QStringList atEnd = sb.host->taskIds();
        m_totals.changedBetweenListAndDelete += betweenListAndDelete ? 1 : 0;
        m_totals.calls += journal.size();
        for (const QJsonValue &v : journal)
            m_totals.faultsFired += v.toObject().contains(QLatin1String("fault")) ? 1 : 0;

        QSet<QString> removedBehind(removedAfter.begin(), removedAfter.end());
        QSet<QString> inserted; // by a page shift while sms-tasks ran: not in the soak's model
        for (const QJsonValue &v : journal) {
            const QString note = str(v.toObject(), "note");
            if (note.startsWith(QLatin1String("page shift: removed ")))
                removedBehind.insert(note.section(u' ', 3));
            if (note.startsWith(QLatin1String("page shift: inserted ")))
                inserted.insert(note.section(u' ', 3));
        }
        m_totals.whereRounds += r.kind == Round::Kind::Where ? 1 : 0;
        m_totals.stopRounds += r.kind == Round::Kind::StopFirst ? 1 : 0;
        const QStringList problems = check(r, run, journal, QSet<QString>(atStart.begin(), atStart.end()),
                                           QSet<QString>(atEnd.begin(), atEnd.end()), removedBehind, model, inserted);
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const QJsonValue &v : journal)
                lines.append(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            *report = QStringLiteral("  exit %1\n  applied after listing: busy=[%2] removed=[%3]\n--- stdout\n%4\n"
                                     "--- stderr\n%5\n--- journal\n%6\n")
                          .arg(run.code)
                          .arg(busyAfter.join(u' '), removedAfter.join(u' '), run.out.left(6000), run.err.left(4000),
                               lines.join(u'\n').left(12000));
        }
        return problems;
    }

    QStringList check(const Round &r, const CliRun &run, const QJsonArray &journal, const QSet<QString> &atStart,
                      const QSet<QString> &atEnd, const QSet<QString> &removedBehind, const QHash<QString, Task> &model,
                      const QSet<QString> &inserted)
    {
        QStringList bad;
        const bool byFilter = r.kind == Round::Kind::Where;
        const bool stopFirst = r.kind == Round::Kind::StopFirst;
        if (run.code < 0)
            bad.append(QStringLiteral("sms-tasks crashed or did not finish within 60 s"));
        const QMap<QString, QStringList> plan = parsePlan(run.err);
        auto section = [&](const char *name) {
            const QStringList ids = plan.value(QLatin1String(name));
            return QSet<QString>(ids.begin(), ids.end());
        };
        const bool listingFailed = run.err.contains(QLatin1String("Listing the tasks failed."));
        // An ids round whose listing failed after --yes sent what it already showed deletable prints no
        // plan: then what went must at least have been asked for and be in the account.
        const bool noPlan = listingFailed && !run.err.contains(QLatin1String("Will be deleted:"));

        // What was asked for: the ids given, or the matches the filter's plan lists.
        QStringList requested;
        const QStringList planned = plan.value(QStringLiteral("delete")) + plan.value(QStringLiteral("uncertain-sent"))
            + plan.value(QStringLiteral("uncertain-skipped")) + plan.value(QStringLiteral("blocked"));
        for (const QString &id : byFilter ? planned : r.ids) {
            if (!requested.contains(id))
                requested.append(id);
        }
        m_totals.ids += requested.size();

        // 1. Nothing outside the confirmed set — asked for (or matched), listed, and planned for sending — is sent.
        QSet<QString> confirmed = section("delete");
        const QSet<QString> uncertainSent = section("uncertain-sent");
        if (stopFirst)
            confirmed = section("stop") + section("wait") + section("direct");
        else if (r.allowUncertain)
            confirmed.unite(uncertainSent);
        else if (!uncertainSent.isEmpty())
            bad.append(QStringLiteral("the plan sends uncertain ids without --allow-uncertain"));
        if (noPlan && r.kind == Round::Kind::Ids) {
            for (const QString &id : std::as_const(requested)) {
                if (atStart.contains(id))
                    confirmed.insert(id);
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &id : std::as_const(confirmed)) {
            if (!requested.contains(id) || (!atStart.contains(id) && !(byFilter && inserted.contains(id))))
                bad.append(QStringLiteral("planned for sending but not asked for or not in the account: ") + id);
            // The filter's own word, on the soak's model (a task a page shift inserted is not in it).
            if (byFilter && model.contains(id) && !r.where.matches(model.value(id), now))
                bad.append(QStringLiteral("planned for sending but the filter does not match it: ") + id);
        }
        if (byFilter) {
            // Without a fault that changes what the listing says, the plan lists exactly the matches.
            bool exact = !listingFailed && !run.err.contains(QLatin1String("The listing was incomplete"));
            for (const QJsonValue &v : journal) {
                const QString kind = faultKind(v.toObject());
                exact = exact
                    && !(str(v.toObject(), "route") == u"tasks" && (kind == u"wrong-types" || kind == u"page-shift"));
            }
            QStringList matched;
            for (const Task &t : model) {
                if (r.where.matches(t, now))
                    matched.append(t.id);
            }
            QStringList listed = requested;
            matched.sort();
            listed.sort();
            if (exact && matched != listed)
                bad.append(QStringLiteral("the plan lists %1 tasks, the filter matches %2: %3")
                               .arg(listed.size())
                               .arg(matched.size())
                               .arg(QStringList(QSet<QString>(matched.begin(), matched.end())
                                                    .subtract(QSet<QString>(listed.begin(), listed.end()))
                                                    .values())
                                        .join(u' ')));
        }
        QSet<QString> deleted, sentToDelete, brokenOff, unnamed400;
        QHash<QString, int> stops;
        for (const QJsonValue &v : journal) {
            const QJsonObject e = v.toObject();
            const QString route = str(e, "route");
            if (e.value(QLatin1String("lost_deletes")).toBool())
                bad.append(QStringLiteral("the journal lost delete entries"));
            QStringList carried = strings(e.value(QLatin1String("ids_sent")));
            if ((route == u"delete-one" || route == u"task" || route == u"action") && !carried.contains(pathId(e)))
                carried.append(pathId(e));
            if (carried.size() > 50)
                bad.append(QStringLiteral("%1 ids in one call").arg(carried.size()));
            for (const QString &id : std::as_const(carried)) {
                if (!confirmed.contains(id))
                    bad.append(
                        QStringLiteral("%1 %2 carried an unconfirmed id %3").arg(str(e, "method"), str(e, "path"), id));
                if (route.startsWith(QLatin1String("delete")) && brokenOff.contains(id))
                    bad.append(QStringLiteral("resent blindly after an answer was lost: ") + id);
                if (uncertainSent.contains(id) && route == u"delete" && carried.size() > 1)
                    bad.append(QStringLiteral("an uncertain id shared a call: ") + id);
                if (route.startsWith(QLatin1String("delete")))
                    sentToDelete.insert(id);
            }
            // A stop only where the plan said so, for a task whose source the listing showed running,
            // and never twice (a stop that broke off is looked up, not resent).
            if (route == u"action") {
                const QString id = pathId(e);
                ++m_totals.stopsSent;
                if (!stopFirst || !section("stop").contains(id))
                    bad.append(QStringLiteral("stopped %1, which the plan did not stop").arg(id));
                if (!StoppableStates.contains(model.value(id).sourceState))
                    bad.append(QStringLiteral("stopped %1, whose source was %2 in the listing")
                                   .arg(id, model.value(id).sourceState));
                if (++stops[id] > 1)
                    bad.append(QStringLiteral("stopped twice: ") + id);
            }
            // DELETE /v3/tasks/{id} only to attribute a 400 that named no id (never after 429, 5xx, a
            // network error): a batch 400 that carried it, unnamed (or garbled by a fault) — never after 403.
            if (route == u"delete-one" && !unnamed400.contains(pathId(e)))
                bad.append(QStringLiteral("DELETE %1 without a batch 400 that named no id").arg(pathId(e)));
            if (route == u"delete" && e.value(QLatin1String("status")).toInt() == 400 && carried.size() > 1
                && (r.config.batch == SandboxConfig::BatchSemantics::AtomicUnnamed
                    || e.contains(QLatin1String("fault"))))
                unnamed400.unite(QSet<QString>(carried.begin(), carried.end()));
            // An answer that broke off before its status arrived: the call may have run, so its ids are
            // only looked up from then on. (reset-mid sends the head first: a 4xx was still a refusal.)
            const bool headArrived = faultKind(e) == u"reset-mid" && e.value(QLatin1String("status")).toInt() >= 400;
            if (route.startsWith(QLatin1String("delete")) && !e.value(QLatin1String("delivered")).toBool()
                && !headArrived)
                brokenOff.unite(QSet<QString>(carried.begin(), carried.end()));
            for (const QString &id : strings(e.value(QLatin1String("ids_deleted")))) {
                deleted.insert(id);
                if (!confirmed.contains(id))
                    bad.append(QStringLiteral("deleted an unconfirmed id ") + id);
            }
        }

        // 2. Every outcome printed agrees with what happened, one per requested id.
        const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray results = out.value(QLatin1String("results")).toArray();
        // Only a filter that matches nothing, or a --where/--stop-first listing that failed, prints none.
        const bool noMatch = byFilter && run.err.contains(QLatin1String("No listed task matches the filter"));
        const bool failedBeforePlan = r.kind != Round::Kind::Ids && listingFailed;
        if (results.isEmpty() && !noMatch && !failedBeforePlan) {
            bad.append(QStringLiteral("no per-id results (exit %1): %2")
                           .arg(run.code)
                           .arg(run.err.section(u'\n', -3).simplified().left(300)));
        }
        if (failedBeforePlan && (!sentToDelete.isEmpty() || !stops.isEmpty()))
            bad.append(QStringLiteral("something was sent though the listing failed before the plan"));
        m_totals.whereMatched += byFilter && !results.isEmpty() ? 1 : 0;
        QStringList reported;
        bool allGone = !results.isEmpty() || noMatch;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const QString id = str(o, "id"), outcome = str(o, "outcome"), reason = str(o, "reason");
            reported.append(id);
            ++m_totals.outcomes[outcome];
            // A filter's skipped matches do not count against it; everything asked for by id does.
            if (!byFilter || confirmed.contains(id))
                allGone = allGone && (outcome == u"deleted" || outcome == u"already-deleted");
            auto wrong = [&](const QString &why) { bad.append(QStringLiteral("%1 %2: %3").arg(id, outcome, why)); };
            const bool present = atEnd.contains(id);
            const bool behind = removedBehind.contains(id) || !atStart.contains(id);
            const bool notDeleted = outcome == u"failed" || outcome == u"skipped" || outcome == u"stop-failed"
                || outcome == u"stop-timeout";
            if (!(stopFirst ? StopOutcomes : Outcomes).contains(outcome))
                wrong(QStringLiteral("not an outcome"));
            if (noPlan && (outcome == u"skipped") == sentToDelete.contains(id))
                wrong(sentToDelete.contains(id) ? QStringLiteral("it was sent") : QStringLiteral("it was not sent"));
            if (!noPlan && (outcome == u"skipped") == confirmed.contains(id))
                wrong(confirmed.contains(id) ? QStringLiteral("it was planned for sending")
                                             : QStringLiteral("it was never planned for sending"));
            if ((outcome == u"deleted" || outcome == u"already-deleted") && present)
                wrong(QStringLiteral("it still exists"));
            if (outcome == u"deleted" && !deleted.contains(id) && !behind)
                wrong(QStringLiteral("no call deleted it and nobody else removed it"));
            if (notDeleted && deleted.contains(id))
                wrong(QStringLiteral("a call deleted it"));
            if ((outcome == u"failed" || outcome == u"skipped") && !present && !behind)
                wrong(QStringLiteral("it is gone"));
            if ((outcome == u"stop-failed" || outcome == u"stop-timeout") && sentToDelete.contains(id))
                wrong(QStringLiteral("a delete carried it, though its stop did not make it deletable"));
            if (outcome.startsWith(QLatin1String("stop")) && !section("stop").contains(id)
                && !section("wait").contains(id))
                wrong(QStringLiteral("the plan neither stopped nor waited for it"));
            if (outcome == u"unknown" && !reason.startsWith(QLatin1String("Not confirmed within"))) {
                QJsonObject last;
                for (const QJsonValue &e : journal) {
                    if (str(e.toObject(), "route") == u"task" && pathId(e.toObject()) == id)
                        last = e.toObject();
                }
                if (last.isEmpty() || !lost(last))
                    wrong(QStringLiteral("its last look-up was answered (%1), and the deadline had not passed")
                              .arg(last.isEmpty()
                                       ? QStringLiteral("none was made")
                                       : QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact))));
            }
        }
        QStringList sortedReported = reported, sortedRequested = requested;
        sortedReported.sort();
        sortedRequested.sort();
        if (!results.isEmpty() && sortedReported != sortedRequested)
            bad.append(QStringLiteral("the results name %1 ids, not the %2 unique ids asked for")
                           .arg(reported.size())
                           .arg(requested.size()));

        // 3. The exit code: 0 iff every requested id (a filter: every match it sent) is gone, or nothing
        //    matched; 2 only for usage, configuration or authentication before anything was deleted (the
        //    soak's calls are well formed and signed); a listing that failed before any plan is 1.
        bool authFailed = false;
        for (const QJsonValue &v : journal)
            authFailed = authFailed || v.toObject().value(QLatin1String("status")).toInt() == 401;
        const int expected = failedBeforePlan && results.isEmpty() ? 1
            : allGone                                              ? 0
                                                                   : (authFailed && deleted.isEmpty() ? 2 : 1);
        if (run.code >= 0 && run.code != expected)
            bad.append(QStringLiteral("exit %1, expected %2").arg(run.code).arg(expected));
        return bad;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(SMS_BIN_DIR "/sms-tasks")), "build sms-tasks first");
    }

    void soak()
    {
        m_seed = envNumber("SMS_SOAK_SEED", 20261201);
        const int rounds = int(envNumber("SMS_SOAK_ROUNDS", 200));
        const int first = int(envNumber("SMS_SOAK_FIRST", 0));
        const bool verbose = envNumber("SMS_SOAK_VERBOSE", 0) != 0; // a line a round
        QElapsedTimer clock;
        clock.start();
        QStringList failures;
        for (int n = first; n < first + rounds; ++n) {
            SandboxRandom rng(m_seed * 0x9E3779B97F4A7C15ULL + quint64(n));
            Round r = draw(rng);
            QString report;
            QElapsedTimer roundClock;
            roundClock.start();
            const QStringList problems = play(r, &report);
            ++m_totals.rounds;
            if (verbose) {
                static const char *const kinds[] = { "", " --where", " --stop-first" };
                std::printf("round %d:%s %.2f s, %d ids, %s, faults %s%s\n", n, kinds[int(r.kind)],
                            double(roundClock.elapsed()) / 1000.0, int(r.ids.size()),
                            problems.isEmpty() ? "ok" : "FAILED", qPrintable(r.faults.join(u' ')),
                            qPrintable(r.filterArgs.isEmpty() ? QString() : u' ' + r.filterArgs.join(u' ')));
                std::fflush(stdout);
            }
            if (problems.isEmpty())
                continue;
            ++m_totals.failedRounds;
            const QString head = QStringLiteral("soak FAILED: seed %1 round %2 (SMS_SOAK_SEED=%1 SMS_SOAK_FIRST=%2 "
                                                "SMS_SOAK_ROUNDS=1 tests/tst_soak)")
                                     .arg(m_seed)
                                     .arg(n);
            failures.append(head + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
            std::fprintf(stderr, "%s\n  %s\n  - %s\n%s\n", qPrintable(head), qPrintable(r.describe()),
                         qPrintable(problems.join(QStringLiteral("\n  - "))),
                         m_totals.failedRounds <= 5 ? qPrintable(report) : "  (details after the first 5 left out)");
            std::fflush(stderr);
        }
        QStringList histogram;
        for (auto it = m_totals.outcomes.cbegin(); it != m_totals.outcomes.cend(); ++it)
            histogram.append(it.key() + u'=' + QString::number(it.value()));
        std::printf(
            "soak: %d rounds (%d failed; %d --where, %d matching, %d --stop-first, %d stops sent), %lld ids, %lld "
            "calls "
            "(%d faulted), %d changed between list and delete, outcomes %s, seed %llu, first round %d, %.1f s\n",
            m_totals.rounds, m_totals.failedRounds, m_totals.whereRounds, m_totals.whereMatched, m_totals.stopRounds,
            m_totals.stopsSent, m_totals.ids, m_totals.calls, m_totals.faultsFired,
            m_totals.changedBetweenListAndDelete, qPrintable(histogram.join(u' ')),
            static_cast<unsigned long long>(m_seed), first, double(clock.elapsed()) / 1000.0);
        std::fflush(stdout);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    // Qt Test's watchdog ends a test function after 5 minutes; a long soak may take ~10 s a round at
    // worst (ctest's TIMEOUT still bounds the CI run).
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const quint64 ms = qMax<quint64>(300, envNumber("SMS_SOAK_ROUNDS", 200) * 10) * 1000;
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qMin<quint64>(ms, 2000000000)));
    }
    QCoreApplication app(argc, argv);
    tst_Soak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
