#include "BenchProcess.h"

#include "api/Signer.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <sched.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Bench {

const char *const Ak = "BENCHAK0000000000001";
const char *const Sk = "bench-secret-key-00000000000000000000000";
const char *const ProjectId = "0b7d5f4c3a2e4d1f9e8c7b6a5d4c3b2a";
const char *const Region = "cn-north-4";

namespace {

Paths g_paths;

// argv/envp prepared before fork(): the child only calls async-signal-safe functions.
struct Exec
{
    std::vector<std::string> strings;
    std::vector<char *> argv, envp;
    Exec(const QString &program, const QStringList &args, const QStringList &env)
    {
        strings.push_back(program.toStdString());
        for (const QString &a : args)
            strings.push_back(a.toStdString());
        const size_t argc = strings.size();
        for (const QString &e : env)
            strings.push_back(e.toStdString());
        for (size_t i = 0; i < strings.size(); ++i)
            (i < argc ? argv : envp).push_back(strings[i].data());
        argv.push_back(nullptr);
        envp.push_back(nullptr);
    }
};

struct Reaped
{
    int status = 0;
    rusage usage {};
    bool timedOut = false;
};

// Waits for `pid`; SIGKILL after timeoutMs.
Reaped reap(pid_t pid, int timeoutMs)
{
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    std::atomic<bool> killed { false };
    std::thread dog([&] {
        std::unique_lock<std::mutex> lock(m);
        if (!cv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return done; })) {
            killed = true;
            ::kill(-pid, SIGKILL); // sms-bench-spawn and what it runs
            ::kill(pid, SIGKILL);
        }
    });
    Reaped r;
    while (::wait4(pid, &r.status, 0, &r.usage) < 0 && errno == EINTR) { }
    {
        std::lock_guard<std::mutex> lock(m);
        done = true;
    }
    cv.notify_all();
    dog.join();
    r.timedOut = killed;
    return r;
}

// What sms-bench-spawn wrote about the program it ran.
struct Report
{
    pid_t pid = -1;
    bool ended = false;
    int status = 0;
    long maxRssKb = 0;
    double cpuMs = 0;
};

Report readReport(const QString &path)
{
    Report r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> w = line.split(' ');
        if (w.size() == 2 && w.at(0) == "pid")
            r.pid = pid_t(w.at(1).toInt());
        if (w.size() == 6 && w.at(0) == "status") {
            r.ended = true;
            r.status = w.at(1).toInt();
            r.maxRssKb = w.at(3).toLong();
            r.cpuMs = w.at(5).toDouble();
        }
    }
    return r;
}

// Forks sms-bench-spawn REPORT PROGRAM ARGS (see spawn.cpp) with `in`, `out`, `err` as its 0, 1, 2
// (-1: stdin from /dev/null, or the inherited stdout/stderr), optionally pinned to `cpu`.
pid_t spawn(const QString &program, const QStringList &args, const QStringList &env, const QString &report, int out,
            int err, int cpu = -1)
{
    const Exec e(g_paths.program("sms-bench-spawn"), QStringList { report, program } + args, env);
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    if (cpu >= 0)
        CPU_SET(cpu, &cpus);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        ::dup2(in, 0);
        if (out >= 0)
            ::dup2(out, 1);
        if (err >= 0)
            ::dup2(err, 2);
        if (cpu >= 0)
            ::sched_setaffinity(0, sizeof cpus, &cpus); // inherited by every thread of what it runs
        ::execve(e.argv[0], e.argv.data(), e.envp.data());
        ::_exit(127);
    }
    return pid;
}

QString reportFile(QTemporaryFile &f)
{
    f.setFileTemplate(QDir::tempPath() + QStringLiteral("/sms-bench-report-XXXXXX"));
    if (!f.open())
        return {};
    f.close();
    return f.fileName();
}

} // namespace

const Paths &paths()
{
    return g_paths;
}

void setPaths(const Paths &p)
{
    g_paths = p;
}

QStringList childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("HUAWEICLOUD_SDK_")) || key.startsWith(QLatin1String("CLOUD_SDK_"))
            || key == u"SMS_IAM_PASSWORD" || key == u"SMS_SANDBOX_SK")
            env.remove(key);
    }
    const QString home = g_paths.home;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(Ak));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(Sk));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QString::fromLatin1(ProjectId));
    return env.toStringList();
}

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ChildResult run(const QString &program, const QStringList &args, int timeoutMs, const QStringList &env)
{
    ChildResult r;
    QTemporaryFile out, err, report;
    const QString reportPath = reportFile(report);
    if (!out.open() || !err.open() || reportPath.isEmpty())
        return r;
    r.startedAtMs = wallMs();
    const double t0 = nowMs();
    const pid_t pid = spawn(program, args, env, reportPath, out.handle(), err.handle());
    if (pid < 0)
        return r;
    r.started = true;
    const Reaped reaped = reap(pid, timeoutMs);
    r.wallMs = nowMs() - t0;
    r.timedOut = reaped.timedOut;
    r.exitCode = WIFEXITED(reaped.status) ? WEXITSTATUS(reaped.status) : -1;
    const Report child = readReport(reportPath);
    r.maxRssKb = child.maxRssKb;
    r.cpuMs = child.cpuMs;
    QFile o(out.fileName()), x(err.fileName());
    if (o.open(QIODevice::ReadOnly))
        r.out = o.readAll();
    if (x.open(QIODevice::ReadOnly))
        r.err = x.readAll();
    return r;
}

SandboxProcess::SandboxProcess(const Options &o)
{
    QStringList args { QStringLiteral("--tasks"),    QString::number(o.tasks),       QStringLiteral("--latency-ms"),
                       QString::number(o.latencyMs), QStringLiteral("--seed"),       QString::number(o.seed),
                       QStringLiteral("--ak"),       QString::fromLatin1(Ak),        QStringLiteral("--sk"),
                       QString::fromLatin1(Sk),      QStringLiteral("--project-id"), QString::fromLatin1(ProjectId),
                       QStringLiteral("--region"),   QString::fromLatin1(Region) };
    args += o.extraArgs;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        m_error = QStringLiteral("pipe failed");
        return;
    }
    m_report = std::make_unique<QTemporaryFile>();
    m_pid
        = spawn(g_paths.program("sms-sandbox"), args, childEnvironment(), reportFile(*m_report), pipeFds[1], -1, o.cpu);
    ::close(pipeFds[1]);
    m_stdout = pipeFds[0];
    if (m_pid < 0) {
        m_error = QStringLiteral("fork failed");
        return;
    }
    // The first line: "sms-sandbox listening on http://127.0.0.1:PORT".
    QByteArray line;
    const double deadline = nowMs() + 120000;
    while (!line.contains('\n') && nowMs() < deadline) {
        pollfd p { m_stdout, POLLIN, 0 };
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        char buf[256];
        const ssize_t n = ::read(m_stdout, buf, sizeof buf);
        if (n <= 0)
            break;
        line.append(buf, n);
    }
    const QByteArray prefix = "sms-sandbox listening on ";
    line = line.left(line.indexOf('\n'));
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("sms-sandbox did not start: '%1'").arg(QString::fromUtf8(line));
        stop();
        return;
    }
    m_url = QUrl(QString::fromLatin1(line.mid(prefix.size())));
    const auto count = [this](const QByteArray &path) {
        const HttpAnswer a = get(m_url, path, "limit=1&offset=0", true);
        return a.status == 200 ? QJsonDocument::fromJson(a.body).object().value(QLatin1String("count")).toInt(-1) : -1;
    };
    m_tasks = count("/v3/tasks");
    m_sources = count("/v3/sources");
    if (m_tasks < 0 || m_sources < 0)
        m_error = QStringLiteral("sms-sandbox does not answer the bench account's signed requests");
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QJsonArray SandboxProcess::journal() const
{
    const HttpAnswer a = get(m_url, "/_sandbox/journal", {}, false, 60000);
    return QJsonDocument::fromJson(a.body).array();
}

double SandboxProcess::cpuMsNow() const
{
    if (!m_report)
        return -1;
    QFile f(QStringLiteral("/proc/%1/stat").arg(readReport(m_report->fileName()).pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double tick = 1000.0 / double(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * tick;
}

long SandboxProcess::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        reap(m_pid, 15000);
        m_maxRssKb = m_report ? readReport(m_report->fileName()).maxRssKb : 0;
        m_pid = -1;
    }
    if (m_stdout >= 0)
        ::close(m_stdout);
    m_stdout = -1;
    return m_maxRssKb;
}

QList<QPair<QByteArray, QByteArray>> signedGetHeaders(const QUrl &base, const QByteArray &path, const QByteArray &query)
{
    const QByteArray host = base.host().toLatin1() + ':' + QByteArray::number(base.port());
    QList<Signer::Header> headers { { "Content-Type", "application/json" },
                                    { "Host", host },
                                    { "X-Project-Id", ProjectId },
                                    { "X-Sdk-Date", Signer::sdkDate(QDateTime::currentDateTimeUtc()) } };
    headers.append({ "Authorization", Signer::sign(Ak, Sk, "GET", path, query, headers, {}) });
    return headers;
}

HttpAnswer get(const QUrl &base, const QByteArray &path, const QByteArray &query, bool sign, int timeoutMs)
{
    QNetworkAccessManager nam;
    QByteArray url = base.toEncoded() + path;
    if (!query.isEmpty())
        url += '?' + query;
    QNetworkRequest request(QUrl::fromEncoded(url));
    request.setTransferTimeout(timeoutMs);
    if (sign) {
        for (const auto &h : signedGetHeaders(base, path, query))
            request.setRawHeader(h.first, h.second);
    }
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    delete reply;
    return a;
}

qint64 journalTimeMs(const QJsonValue &entry)
{
    return QDateTime::fromString(entry.toObject().value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

QJsonArray journalWindow(const QJsonArray &journal, qint64 fromMs, qint64 toMs)
{
    QJsonArray out;
    for (const QJsonValue &v : journal) {
        const QString route = v.toObject().value(QLatin1String("route")).toString();
        if (route.isEmpty() || route == u"journal")
            continue; // a gap marker, or the journal itself
        const qint64 t = journalTimeMs(v);
        if (t >= fromMs && t <= toMs)
            out.append(v);
    }
    return out;
}

} // namespace Bench
