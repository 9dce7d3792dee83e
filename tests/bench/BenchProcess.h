#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <sys/types.h>

class QTemporaryFile;

// Processes the benchmark starts (sms-sandbox, sms-tasks, node, sms-bench itself for the GUI),
// each through sms-bench-spawn (spawn.cpp), so its own peak RSS (ru_maxrss) and CPU time are known.
namespace Bench {

// The account every sandbox of the benchmark serves and every client signs for.
extern const char *const Ak;
extern const char *const Sk;
extern const char *const ProjectId;
extern const char *const Region;

struct Paths
{
    QString binDir; // sms-sandbox, sms-tasks, sms-bench
    QString home; // a private HOME for every child (audit log, settings, the SDK's files)
    QString npmDir; // node_modules of the pinned official SDK (tests/interop/install.sh)
    QString sdkScript; // tests/bench/sdk_bench.js
    QString program(const char *name) const { return binDir + u'/' + QString::fromLatin1(name); }
};
const Paths &paths();
void setPaths(const Paths &p);

// The environment of every child: the private HOME and XDG dirs, C.UTF-8, the sandbox account in
// HUAWEICLOUD_SDK_*, nothing else that would pick credentials or a profile.
QStringList childEnvironment();

double nowMs(); // steady clock, milliseconds (comparable across threads)
qint64 wallMs(); // wall clock, ms since the epoch (comparable with the journal's times)

struct ChildResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when killed by a signal
    double wallMs = 0; // fork to reaped
    qint64 startedAtMs = 0; // wall clock at the fork
    long maxRssKb = 0; // the child's own peak RSS
    double cpuMs = 0; // user + system
    QByteArray out;
    QByteArray err;
};
// Runs a program to its end; stdout and stderr are collected through files (never a full pipe).
ChildResult run(const QString &program, const QStringList &args, int timeoutMs,
                const QStringList &env = childEnvironment());

// sms-sandbox as a separate process: started, its URL read from the first line, stopped with SIGTERM.
class SandboxProcess
{
public:
    struct Options
    {
        int tasks = 40;
        int latencyMs = 0;
        quint64 seed = 1;
        int cpu = -1; // >= 0: pinned to this CPU (every thread of it)
        QStringList extraArgs;
    };
    explicit SandboxProcess(const Options &options);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool isRunning() const { return m_pid > 0 && m_url.isValid() && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    int taskCount() const { return m_tasks; } // as the service reports them
    int sourceCount() const { return m_sources; }
    QJsonArray journal() const; // GET /_sandbox/journal
    double cpuMsNow() const; // user + system so far, from /proc
    // Stops it; returns its peak RSS (KiB).
    long stop();

private:
    pid_t m_pid = -1; // sms-bench-spawn's, which runs sms-sandbox
    std::unique_ptr<QTemporaryFile> m_report;
    int m_stdout = -1;
    QUrl m_url;
    QString m_error;
    int m_tasks = -1;
    int m_sources = -1;
    long m_maxRssKb = 0;
};

// One HTTP GET, waited for in a local event loop. `sign`: SDK-HMAC-SHA256 with the bench account.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};
HttpAnswer get(const QUrl &base, const QByteArray &path, const QByteArray &query, bool sign, int timeoutMs = 30000);
// The signed headers and Authorization of a GET, as SmsClient sends them.
QList<QPair<QByteArray, QByteArray>> signedGetHeaders(const QUrl &base, const QByteArray &path,
                                                      const QByteArray &query);

// Journal helpers: entries of the signed routes within [fromMs, toMs] (wall clock).
QJsonArray journalWindow(const QJsonArray &journal, qint64 fromMs, qint64 toMs);
qint64 journalTimeMs(const QJsonValue &entry);

} // namespace Bench
