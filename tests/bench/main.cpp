// sms-bench: how fast the app lists and deletes compared with what the network allows, against
// sms-sandbox processes with injected latency. Without a scenario it runs the standard set;
// --quick runs every scenario once at a small size (the CTest); --json for machines.
#include "BenchProcess.h"
#include "BenchReport.h"
#include "Scenarios.h"
#include "ops/MallocArenas.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace Bench;

namespace {

struct Planned
{
    QString name;
    Params params;
};

using Runner = std::function<Scenario(const Params &)>;

Runner runnerFor(const QString &name)
{
    static const QHash<QString, Runner> runners {
        { QStringLiteral("list"), runList },   { QStringLiteral("delete"), runDelete },
        { QStringLiteral("table"), runTable }, { QStringLiteral("sandbox"), runSandbox },
        { QStringLiteral("sdk"), runSdk },     { QStringLiteral("fidelity"), runFidelity }
    };
    return runners.value(name);
}

Params with(int tasks, int deleteCount, int latencyMs, int runs)
{
    Params p;
    p.tasks = tasks;
    p.deleteCount = deleteCount;
    p.latencyMs = latencyMs;
    p.runs = runs;
    return p;
}

// The standard set (README "Performance"), or its small variant for the CTest.
QList<Planned> standardSet(bool quick, int runs, int latencyMs)
{
    if (quick) {
        Params sandbox = with(2000, 0, 0, 1);
        sandbox.durationMs = 500;
        Params sdk = with(300, 40, 5, 1);
        sdk.sdkDeleteTasks = 200;
        return { { QStringLiteral("list"), with(500, 0, 5, 1) },
                 { QStringLiteral("delete"), with(400, 100, 5, 1) },
                 { QStringLiteral("table"), with(2000, 0, 5, 1) },
                 { QStringLiteral("sandbox"), sandbox },
                 { QStringLiteral("sdk"), sdk },
                 { QStringLiteral("fidelity"), with(2000, 0, 0, 1) } };
    }
    const int L = latencyMs;
    return { { QStringLiteral("list"), with(2000, 0, L, runs) },
             { QStringLiteral("list"), with(50000, 0, L, runs) },
             { QStringLiteral("delete"), with(1000, 500, L, runs) },
             { QStringLiteral("delete"), with(50000, 5000, L, runs) },
             { QStringLiteral("table"), with(50000, 0, L, runs) },
             { QStringLiteral("sandbox"), with(50000, 0, 0, runs) },
             { QStringLiteral("sdk"), with(2000, 500, L, runs) },
             { QStringLiteral("fidelity"), with(2000, 0, 0, 1) } };
}

QString defaultNpmDir(const QString &flag)
{
    for (const char *var : { "SMS_INTEROP_NPM_DIR", "SMS_NPM_CACHE" }) {
        if (qEnvironmentVariableIsSet(var))
            return qEnvironmentVariable(var);
    }
    if (!flag.isEmpty())
        return flag;
#ifdef SMS_BENCH_NPM_DIR
    if (QDir(QStringLiteral(SMS_BENCH_NPM_DIR)).exists())
        return QStringLiteral(SMS_BENCH_NPM_DIR);
#endif
    const QString cache = qEnvironmentVariableIsSet("XDG_CACHE_HOME") ? qEnvironmentVariable("XDG_CACHE_HOME")
                                                                      : QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/sms-task-manager/npm");
}

} // namespace

int main(int argc, char *argv[])
{
    // The table scenario's child shows real widgets: offscreen unless told otherwise.
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || std::strcmp(argv[i], "--child") == 0;
    if (child && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (child)
        limitMallocArenas(); // the table runs in a process set up as the GUI's
    std::unique_ptr<QCoreApplication> app(child ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sms-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmarks sms-tasks, the GUI's task list and sms-sandbox against sms-sandbox processes with latency.\n"
        "Without SCENARIO: the standard set (README, \"Performance\"). Every figure is the median of --runs runs\n"
        "and is printed with its network bound (the first signed request alone, then 4 in flight) and ours ÷ bound."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("list | delete | table | sandbox | sdk | fidelity"),
                                 QStringLiteral("[SCENARIO]"));
    const QCommandLineOption tasks(QStringLiteral("tasks"), QStringLiteral("Tasks in the account."),
                                   QStringLiteral("N"));
    const QCommandLineOption del(QStringLiteral("delete"), QStringLiteral("Tasks to delete (delete, sdk)."),
                                 QStringLiteral("M"));
    const QCommandLineOption deleteTasks(QStringLiteral("delete-tasks"),
                                         QStringLiteral("sdk: tasks in the account the delete runs on (1000)."),
                                         QStringLiteral("N"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("sms-sandbox --latency-ms (50)."),
                                     QStringLiteral("L"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the accounts (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per scenario (3; 1 with --quick)."),
                                  QStringLiteral("R"));
    const QCommandLineOption duration(QStringLiteral("duration-ms"), QStringLiteral("sandbox: measuring time (5000)."),
                                      QStringLiteral("MS"));
    const QCommandLineOption tableRuns(QStringLiteral("table-runs"),
                                       QStringLiteral("Runs of the table scenario in the standard set (--runs)."),
                                       QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("JSON on standard output instead of a table."));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("Every scenario once, small (what the CTest runs); no timing meaning."));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal: one table run, here."));
    const QCommandLineOption npm(QStringLiteral("npm-dir"),
                                 QStringLiteral("Directory holding the SDK's node_modules (tests/interop/install.sh)."),
                                 QStringLiteral("DIR"));
    parser.addOptions(
        { tasks, del, deleteTasks, latency, seed, runs, tableRuns, duration, json, quick, childOption, npm });
    parser.process(*app);

    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/sms-bench-home-XXXXXX"));
    Paths paths;
    paths.binDir = QCoreApplication::applicationDirPath();
    paths.home = home.path();
    paths.npmDir = defaultNpmDir(parser.value(npm));
#ifdef SMS_BENCH_SOURCE_DIR
    paths.sdkScript = QStringLiteral(SMS_BENCH_SOURCE_DIR "/sdk_bench.js");
#endif
    setPaths(paths);

    const QString scenario = parser.positionalArguments().value(0);
    const int defaultRuns = parser.isSet(quick) ? 1 : 3;
    const int runCount = parser.isSet(runs) ? parser.value(runs).toInt() : defaultRuns;
    const int latencyMs = parser.isSet(latency) ? parser.value(latency).toInt() : 50;
    QList<Planned> plan;
    if (scenario.isEmpty()) {
        plan = standardSet(parser.isSet(quick), runCount, latencyMs);
        for (Planned &pl : plan) {
            if (pl.name == u"table" && parser.isSet(tableRuns))
                pl.params.runs = parser.value(tableRuns).toInt();
        }
    } else if (!runnerFor(scenario)) {
        std::fprintf(stderr, "sms-bench: unknown scenario '%s'\n", qPrintable(scenario));
        return 2;
    } else {
        Params p; // the defaults: list 2000, delete 500 of 1000, table and sandbox 50000, sdk 2000 and 500 of 1000
        p.tasks = scenario == u"table" || scenario == u"sandbox" ? 50000 : scenario == u"delete" ? 1000 : 2000;
        if (parser.isSet(quick)) {
            for (const Planned &q : standardSet(true, 1, latencyMs)) {
                if (q.name == scenario)
                    p = q.params;
            }
        }
        p.runs = runCount;
        if (!parser.isSet(quick))
            p.latencyMs = scenario == u"sandbox" || scenario == u"fidelity" ? 0 : latencyMs;
        if (parser.isSet(latency))
            p.latencyMs = latencyMs;
        if (parser.isSet(tasks))
            p.tasks = parser.value(tasks).toInt();
        if (parser.isSet(del))
            p.deleteCount = parser.value(del).toInt();
        if (parser.isSet(deleteTasks))
            p.sdkDeleteTasks = parser.value(deleteTasks).toInt();
        if (parser.isSet(duration))
            p.durationMs = parser.value(duration).toInt();
        plan = { { scenario, p } };
    }
    for (Planned &pl : plan)
        pl.params.seed = parser.value(seed).toULongLong();

    QList<Scenario> results;
    for (const Planned &pl : plan) {
        if (!parser.isSet(childOption))
            std::fprintf(stderr, "sms-bench: %s --tasks %d ...\n", qPrintable(pl.name), pl.params.tasks);
        const Runner runScenario
            = pl.name == u"table" && parser.isSet(childOption) ? Runner(runTableHere) : runnerFor(pl.name);
        results.append(runScenario(pl.params));
    }
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QString::fromUtf8(toJson(results, runCount));
    else
        out << toTable(results);
    out.flush();
    bool ok = true;
    for (const Scenario &s : results)
        ok = ok && s.ok();
    return ok || parser.isSet(childOption) ? 0 : 1;
}
