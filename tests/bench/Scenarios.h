#pragma once

#include "BenchReport.h"

#include <QString>

// The scenarios of sms-bench. Each runs `runs` times and reports the median of each figure.
namespace Bench {

struct Params
{
    int tasks = 2000;
    int deleteCount = 500; // delete: how many tasks to delete
    int latencyMs = 50;
    quint64 seed = 1;
    int runs = 3;
    int durationMs = 5000; // sandbox: how long to measure
    int sdkDeleteTasks = 1000; // sdk: the account the delete runs on
};

// `list --tasks N --latency-ms L`: sms-tasks list --json as a whole process.
Scenario runList(const Params &p);
// `delete --tasks N --delete M --latency-ms L`: sms-tasks delete --yes --json as a whole process.
Scenario runDelete(const Params &p);
// `table --tasks N`: the real TaskListWidget + AccountSession, each run in a child process
// (sms-bench table --child), so the RSS is the GUI process's own.
Scenario runTable(const Params &p);
// The child's side: one run, in this process (needs a QApplication).
Scenario runTableHere(const Params &p);
// `sandbox --tasks N`: pages per second the emulator serves, pinned to one core.
Scenario runSandbox(const Params &p);
// `sdk`: the same list and delete as a script writer does them with the official SDK, vs ours.
Scenario runSdk(const Params &p);
// `fidelity`: hashes of the sandbox's page bytes and of sms-tasks list --json for a seed.
Scenario runFidelity(const Params &p);

// A scenario titled "NAME --tasks N --latency-ms L", with those parameters.
Scenario scenarioFor(const QString &name, const Params &p, const QString &rssOf);

// Shared by list, delete and sdk: one whole-process sms-tasks run against `url`.
struct CliRun
{
    bool ok = false;
    QString problem;
    double wallMs = 0;
    qint64 startedAtMs = 0;
    long maxRssKb = 0;
    QByteArray out;
};
CliRun runCli(const QString &url, const QStringList &command, int timeoutMs = 600000);
// The ids `sms-tasks list --json` calls deletable, sorted, at most `max`.
QStringList deletableIds(const QByteArray &listJson, int max);

} // namespace Bench
