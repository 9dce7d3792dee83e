// sdk: the same list and delete done as a script writer would with the official Node.js SDK core
// (pages in sequence, chunks of 50 in sequence), whole-process wall clock, alternating with sms-tasks.
#include "BenchProcess.h"
#include "Scenarios.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Bench {

namespace {

struct Side
{
    double ms = -1;
    int requests = 0;
    long rssKb = 0;
};

Side runSdkScript(SandboxProcess &sb, const QString &node, const QStringList &args, Scenario &s)
{
    const ChildResult r
        = run(node, QStringList { paths().sdkScript, paths().npmDir, sb.url().toString() } + args, 600000);
    if (r.exitCode != 0) {
        s.problem(QStringLiteral("node sdk_bench.js %1 exited %2: %3")
                      .arg(args.value(0))
                      .arg(r.exitCode)
                      .arg(QString::fromUtf8(r.err.left(400))));
        return {};
    }
    return { r.wallMs, int(journalWindow(sb.journal(), r.startedAtMs, r.startedAtMs + qint64(r.wallMs) + 1).size()),
             r.maxRssKb };
}

Side runOurs(SandboxProcess &sb, const QStringList &command, Scenario &s)
{
    const CliRun c = runCli(sb.url().toString(), command);
    if (!c.ok) {
        s.problem(c.problem);
        return {};
    }
    return { c.wallMs, int(journalWindow(sb.journal(), c.startedAtMs, c.startedAtMs + qint64(c.wallMs) + 1).size()),
             c.maxRssKb };
}

} // namespace

Scenario runSdk(const Params &p)
{
    Scenario s;
    s.name = QStringLiteral("sdk");
    s.title = QStringLiteral("sdk: list --tasks %1, delete %2 of %3, --latency-ms %4 (official Node.js SDK core as "
                             "a script, vs sms-tasks)")
                  .arg(p.tasks)
                  .arg(p.deleteCount)
                  .arg(p.sdkDeleteTasks)
                  .arg(p.latencyMs);
    s.params = { { QStringLiteral("tasks"), p.tasks },
                 { QStringLiteral("delete_tasks"), p.sdkDeleteTasks },
                 { QStringLiteral("delete"), p.deleteCount },
                 { QStringLiteral("latency_ms"), p.latencyMs } };
    s.rssOf = QStringLiteral("sms-tasks");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const bool available = !node.isEmpty()
        && QFile::exists(paths().npmDir
                         + QStringLiteral("/node_modules/@huaweicloud/huaweicloud-sdk-core/package.json"))
        && QFile::exists(paths().sdkScript);
    s.extra.insert(QStringLiteral("sdk_available"), available);
    if (!available) {
        s.problem(
            QStringLiteral("node or the pinned SDK (%1) is missing: run tests/interop/install.sh").arg(paths().npmDir));
        return s;
    }

    // The list: one account, runs alternating (ours, SDK, SDK, ours, ...).
    SandboxProcess listed({ p.tasks, p.latencyMs, p.seed, -1, {} });
    if (!listed.isRunning()) {
        s.problem(listed.errorString());
        return s;
    }
    const double listBound = p.latencyMs * listRounds(listed.taskCount(), listed.sourceCount());
    QList<double> ours, sdk;
    QList<Side> oursDelete, sdkDelete;
    for (int i = 0; i < p.runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool oursNow = (side == 0) == (i % 2 == 0);
            const Side r = oursNow ? runOurs(listed, { QStringLiteral("list"), QStringLiteral("--json") }, s)
                                   : runSdkScript(listed, node, { QStringLiteral("list") }, s);
            (oursNow ? ours : sdk).append(r.ms);
            s.extra.insert(oursNow ? QStringLiteral("ours_list_requests") : QStringLiteral("sdk_list_requests"),
                           r.requests);
        }
    }
    listed.stop();

    // The delete: a fresh account for every run of either side; the same seed gives the same ids.
    QStringList ids;
    {
        SandboxProcess sb({ p.sdkDeleteTasks, 0, p.seed, -1, {} });
        ids = deletableIds(runCli(sb.url().toString(), { QStringLiteral("list"), QStringLiteral("--json") }).out,
                           p.deleteCount);
    }
    if (ids.size() < p.deleteCount) {
        s.problem(QStringLiteral("only %1 deletable tasks").arg(ids.size()));
        return s;
    }
    QTemporaryFile idsFile;
    if (!idsFile.open())
        return s;
    idsFile.write(ids.join(u'\n').toUtf8() + '\n');
    idsFile.flush();
    double deleteBound = None;
    for (int i = 0; i < p.runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool oursNow = (side == 0) == (i % 2 == 0);
            SandboxProcess sb({ p.sdkDeleteTasks, p.latencyMs, p.seed, -1, {} });
            const int rounds = deleteRounds(sb.taskCount(), sb.sourceCount(), ceilDiv(p.deleteCount, ChunkSize),
                                            ceilDiv(pages(sb.taskCount() - p.deleteCount), InFlight));
            deleteBound = double(p.latencyMs) * rounds;
            const Side r = oursNow
                ? runOurs(sb,
                          QStringList { QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--json") }
                              + ids,
                          s)
                : runSdkScript(sb, node, { QStringLiteral("delete"), idsFile.fileName() }, s);
            (oursNow ? oursDelete : sdkDelete).append(r);
        }
    }
    QList<double> oursDeleteMs, sdkDeleteMs;
    for (const Side &r : oursDelete)
        oursDeleteMs.append(r.ms), s.requests.append(r.requests), s.peakRssKb.append(r.rssKb);
    for (const Side &r : sdkDelete)
        sdkDeleteMs.append(r.ms);
    s.extra.insert(QStringLiteral("ours_delete_requests"), oursDelete.value(0).requests);
    s.extra.insert(QStringLiteral("sdk_delete_requests"), sdkDelete.value(0).requests);
    s.extra.insert(QStringLiteral("sdk_peak_rss_kb"), double(sdkDelete.value(0).rssKb));

    const QString listFormula = QStringLiteral("as list, k = 4");
    for (double v : ours)
        s.add(QStringLiteral("ours_list_ms"), QStringLiteral("sms-tasks list --json"), QStringLiteral("ms"), v,
              listBound, listFormula);
    for (double v : sdk)
        s.add(QStringLiteral("sdk_list_ms"), QStringLiteral("SDK script: list (pages in sequence)"),
              QStringLiteral("ms"), v, listBound, listFormula);
    s.add(QStringLiteral("list_sdk_over_ours"), QStringLiteral("list: SDK time ÷ ours"), QStringLiteral("×"),
          median(sdk) / median(ours));
    for (double v : oursDeleteMs)
        s.add(QStringLiteral("ours_delete_ms"), QStringLiteral("sms-tasks delete --yes --json"), QStringLiteral("ms"),
              v, deleteBound, QStringLiteral("as delete, k = 4"));
    for (double v : sdkDeleteMs)
        s.add(QStringLiteral("sdk_delete_ms"), QStringLiteral("SDK script: list, chunks in sequence, re-list"),
              QStringLiteral("ms"), v, deleteBound, QStringLiteral("as delete, k = 4"));
    s.add(QStringLiteral("delete_sdk_over_ours"), QStringLiteral("delete: SDK time ÷ ours"), QStringLiteral("×"),
          median(sdkDeleteMs) / median(oursDeleteMs));
    return s;
}

} // namespace Bench
