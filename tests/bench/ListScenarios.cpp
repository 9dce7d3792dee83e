// list and delete: sms-tasks as a whole process, as a script runs it, against an sms-sandbox process.
#include "BenchProcess.h"
#include "Scenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Bench {

namespace {

QString listFormula(int taskPages, int sourcePages, int latencyMs)
{
    return QStringLiteral("L × (1 + ⌈(%1 + %2 − 1)/%3⌉) = %4 × %5")
        .arg(taskPages)
        .arg(sourcePages)
        .arg(InFlight)
        .arg(latencyMs)
        .arg(1 + ceilDiv(taskPages + sourcePages - 1, InFlight));
}

QJsonObject routeCounts(const QJsonArray &entries)
{
    QJsonObject counts;
    for (const QJsonValue &v : entries) {
        const QString route = v.toObject().value(QLatin1String("route")).toString();
        counts.insert(route, counts.value(route).toInt() + 1);
    }
    return counts;
}

} // namespace

CliRun runCli(const QString &url, const QStringList &command, int timeoutMs)
{
    const QStringList args
        = QStringList { QStringLiteral("--endpoint"), url, QStringLiteral("--lang"), QStringLiteral("en") } + command;
    const ChildResult r = run(paths().program("sms-tasks"), args, timeoutMs);
    CliRun c;
    c.wallMs = r.wallMs;
    c.startedAtMs = r.startedAtMs;
    c.maxRssKb = r.maxRssKb;
    c.out = r.out;
    if (!r.started)
        c.problem = QStringLiteral("sms-tasks could not be started");
    else if (r.timedOut)
        c.problem = QStringLiteral("sms-tasks %1 timed out").arg(command.value(0));
    else if (r.exitCode != 0)
        c.problem = QStringLiteral("sms-tasks %1 exited %2: %3")
                        .arg(command.value(0))
                        .arg(r.exitCode)
                        .arg(QString::fromUtf8(r.err.left(300)));
    c.ok = c.problem.isEmpty();
    return c;
}

QStringList deletableIds(const QByteArray &listJson, int max)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(listJson).object().value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("classification")).toString() == u"deletable")
            ids.append(t.value(QLatin1String("id")).toString());
    }
    std::sort(ids.begin(), ids.end());
    return ids.mid(0, max);
}

Scenario scenarioFor(const QString &name, const Params &p, const QString &rssOf)
{
    Scenario s;
    s.name = name;
    s.title = QStringLiteral("%1 --tasks %2 --latency-ms %3").arg(name).arg(p.tasks).arg(p.latencyMs);
    s.params = { { QStringLiteral("tasks"), p.tasks }, { QStringLiteral("latency_ms"), p.latencyMs } };
    s.rssOf = rssOf;
    return s;
}

Scenario runList(const Params &p)
{
    Scenario s = scenarioFor(QStringLiteral("list"), p, QStringLiteral("sms-tasks"));
    SandboxProcess sb({ p.tasks, p.latencyMs, p.seed, -1, {} });
    if (!sb.isRunning()) {
        s.problem(sb.errorString());
        return s;
    }
    const int taskPages = pages(sb.taskCount());
    const int sourcePages = pages(sb.sourceCount());
    const double bound = p.latencyMs * listRounds(sb.taskCount(), sb.sourceCount());
    s.extra.insert(QStringLiteral("pages"),
                   QStringLiteral("%1 of tasks + %2 of sources (%3 tasks, %4 sources)")
                       .arg(taskPages)
                       .arg(sourcePages)
                       .arg(sb.taskCount())
                       .arg(sb.sourceCount()));
    for (int i = 0; i < p.runs; ++i) {
        const CliRun c = runCli(sb.url().toString(), { QStringLiteral("list"), QStringLiteral("--json") });
        if (!c.ok) {
            s.problem(c.problem);
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(c.out).object();
        const int listed = int(o.value(QLatin1String("tasks")).toArray().size());
        if (listed != sb.taskCount() || !o.value(QLatin1String("complete")).toBool())
            s.problem(QStringLiteral("listed %1 of %2 tasks").arg(listed).arg(sb.taskCount()));
        const QJsonArray window = journalWindow(sb.journal(), c.startedAtMs, c.startedAtMs + qint64(c.wallMs) + 1);
        qint64 firstTasks = -1;
        for (const QJsonValue &v : window) {
            if (v.toObject().value(QLatin1String("route")).toString() == u"tasks") {
                const qint64 t = journalTimeMs(v);
                firstTasks = firstTasks < 0 ? t : std::min(firstTasks, t);
            }
        }
        if (firstTasks < 0)
            s.problem(QStringLiteral("the journal shows no tasks page"));
        else
            s.add(QStringLiteral("first_page_ms"), QStringLiteral("first page delivered (start → answered)"),
                  QStringLiteral("ms"), double(firstTasks - c.startedAtMs + p.latencyMs), p.latencyMs,
                  QStringLiteral("L (the first signed request alone)"));
        s.add(QStringLiteral("complete_ms"), QStringLiteral("list complete, whole process"), QStringLiteral("ms"),
              c.wallMs, bound, listFormula(taskPages, sourcePages, p.latencyMs));
        s.requests.append(window.size());
        s.peakRssKb.append(c.maxRssKb);
        s.extra.insert(QStringLiteral("routes"), routeCounts(window));
    }
    s.extra.insert(QStringLiteral("sandbox_peak_rss_kb"), double(sb.stop()));
    return s;
}

Scenario runDelete(const Params &p)
{
    Scenario s = scenarioFor(QStringLiteral("delete"), p, QStringLiteral("sms-tasks"));
    s.title = QStringLiteral("delete --tasks %1 --delete %2 --latency-ms %3")
                  .arg(p.tasks)
                  .arg(p.deleteCount)
                  .arg(p.latencyMs);
    s.params.insert(QStringLiteral("delete"), p.deleteCount);
    for (int i = 0; i < p.runs; ++i) {
        SandboxProcess sb({ p.tasks, p.latencyMs, p.seed, -1, {} }); // a fresh account each run
        if (!sb.isRunning()) {
            s.problem(sb.errorString());
            return s;
        }
        const QString url = sb.url().toString();
        const CliRun listed = runCli(url, { QStringLiteral("list"), QStringLiteral("--json") });
        const QStringList ids = deletableIds(listed.out, p.deleteCount);
        if (!listed.ok || ids.size() < p.deleteCount) {
            s.problem(QStringLiteral("only %1 deletable tasks to delete (%2)").arg(ids.size()).arg(listed.problem));
            return s;
        }
        const CliRun c = runCli(
            url, QStringList { QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--json") } + ids);
        if (!c.ok) {
            s.problem(c.problem);
            continue;
        }
        int deletedOutcomes = 0;
        for (const QJsonValue &r : QJsonDocument::fromJson(c.out).object().value(QLatin1String("results")).toArray())
            deletedOutcomes += r.toObject().value(QLatin1String("outcome")).toString() == u"deleted" ? 1 : 0;
        const QJsonArray window = journalWindow(sb.journal(), c.startedAtMs, c.startedAtMs + qint64(c.wallMs) + 1);
        int deletedByService = 0;
        for (const QJsonValue &v : window)
            deletedByService += int(v.toObject().value(QLatin1String("ids_deleted")).toArray().size());
        if (deletedOutcomes != ids.size() || deletedByService != ids.size())
            s.problem(QStringLiteral("%1 reported deleted, %2 deleted by the service, of %3")
                          .arg(deletedOutcomes)
                          .arg(deletedByService)
                          .arg(ids.size()));
        const int chunks = ceilDiv(p.deleteCount, ChunkSize);
        const int remainingPages = pages(sb.taskCount() - p.deleteCount);
        const bool byList = p.deleteCount > 20;
        const int confirm = byList ? ceilDiv(remainingPages, InFlight) : ceilDiv(p.deleteCount, InFlight);
        const int rounds = deleteRounds(sb.taskCount(), sb.sourceCount(), chunks, confirm);
        const QString formula
            = QStringLiteral("L × (list 1 + ⌈(%1 + %2 − 1)/4⌉ + delete ⌈(%3 − %8 beside the listing)/4⌉ + %4 ⌈%5/4⌉) "
                             "= %6 × %7")
                  .arg(pages(sb.taskCount()))
                  .arg(pages(sb.sourceCount()))
                  .arg(chunks)
                  .arg(byList ? QStringLiteral("re-list") : QStringLiteral("look-ups"))
                  .arg(byList ? remainingPages : p.deleteCount)
                  .arg(p.latencyMs)
                  .arg(rounds)
                  .arg(freeSlotsForChunks(sb.taskCount(), sb.sourceCount()));
        s.add(QStringLiteral("delete_ms"), QStringLiteral("safe delete, whole process (list, plan, delete, confirm)"),
              QStringLiteral("ms"), c.wallMs, double(p.latencyMs) * rounds, formula);
        s.requests.append(window.size());
        s.peakRssKb.append(c.maxRssKb);
        s.extra.insert(QStringLiteral("routes"), routeCounts(window));
    }
    return s;
}

} // namespace Bench
