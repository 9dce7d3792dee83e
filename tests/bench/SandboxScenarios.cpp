// sandbox: how fast the emulator serves pages on one core; fidelity: the hashes that prove a
// speed-up changed no byte of what the sandbox serves or of what sms-tasks list --json prints.
#include "BenchProcess.h"
#include "Scenarios.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <QDir>

#include <algorithm>
#include <sched.h>

namespace Bench {

namespace {

constexpr int Concurrency = 6; // Qt's connections per host

struct Throughput
{
    int pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    int errors = 0;
};

// Keeps `Concurrency` signed page requests in flight for `durationMs` (after a short warm-up).
Throughput pump(SandboxProcess &sb, const QByteArray &path, int items, int durationMs)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    Throughput t;
    const int warmupMs = std::min(500, durationMs / 4);
    const double start = nowMs() + warmupMs, end = start + durationMs;
    double cpuStart = -1, cpuEnd = -1;
    int offset = 0, inFlight = 0;
    std::function<void()> issue = [&] {
        const QByteArray query = "limit=200&offset=" + QByteArray::number(offset);
        offset = offset + PageSize < items ? offset + PageSize : 0;
        QNetworkRequest request(QUrl::fromEncoded(sb.url().toEncoded() + path + '?' + query));
        for (const auto &h : signedGetHeaders(sb.url(), path, query))
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.get(request);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --inFlight;
            const double now = nowMs();
            const QByteArray body = reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++t.errors;
            else if (now >= start && now <= end)
                ++t.pages, t.bytes += body.size();
            if (cpuEnd < 0 && now > end)
                cpuEnd = sb.cpuMsNow(); // the last answer came before the closing timer ran
            reply->deleteLater();
            if (now < end)
                issue();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    // The emulator's CPU time is read when the window opens and closes, not when an answer happens
    // to arrive: under a sanitizer the first answer may come after the whole window.
    QTimer::singleShot(warmupMs, &loop, [&] { cpuStart = sb.cpuMsNow(); });
    QTimer::singleShot(warmupMs + durationMs, &loop, [&] {
        if (cpuEnd < 0)
            cpuEnd = sb.cpuMsNow();
    });
    for (int i = 0; i < Concurrency; ++i)
        issue();
    loop.exec();
    t.seconds = durationMs / 1000.0;
    // /proc counts CPU time in clock ticks (10 ms): never less than one tick.
    t.cpuSeconds = cpuStart >= 0 && cpuEnd >= 0 ? std::max(cpuEnd - cpuStart, 10.0) / 1000.0 : 0;
    return t;
}

// Keeps every thread of this process off `cpu` (the sandbox's) while it lives, so the client's work
// does not land on the core being measured.
class StayOff
{
public:
    explicit StayOff(int cpu)
    {
        CPU_ZERO(&m_saved);
        if (cpu < 0 || ::sched_getaffinity(0, sizeof m_saved, &m_saved) != 0)
            return;
        cpu_set_t others = m_saved;
        CPU_CLR(cpu, &others);
        if (CPU_COUNT(&others) > 0)
            m_active = apply(others);
    }
    ~StayOff()
    {
        if (m_active)
            apply(m_saved);
    }

private:
    static bool apply(const cpu_set_t &set)
    {
        bool any = false;
        for (const QString &tid : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            any = ::sched_setaffinity(pid_t(tid.toInt()), sizeof set, &set) == 0 || any;
        return any;
    }
    cpu_set_t m_saved;
    bool m_active = false;
};

// The list output with its task records in sorted order: every byte of every record, the header
// and the formatting still count, but not the order in which the pages happened to arrive.
QByteArray normalizedListHash(const QByteArray &out)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const qsizetype key = out.indexOf("\"tasks\": [");
    if (key < 0) {
        h.addData(out);
        return h.result().toHex();
    }
    const qsizetype open = out.indexOf('[', key);
    QList<QByteArray> records;
    qsizetype close = -1, from = -1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open + 1; i < out.size() && close < 0; ++i) {
        const char c = out.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth++ == 0)
                from = i;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                close = i;
            else if (--depth == 0)
                records.append(out.mid(from, i - from + 1));
        }
    }
    std::sort(records.begin(), records.end());
    h.addData(out.left(open + 1));
    for (const QByteArray &r : records)
        h.addData(QByteArray(r + '\n'));
    h.addData(out.mid(close));
    return h.result().toHex();
}

QStringList idsOf(const QByteArray &listJson)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(listJson).object().value(QLatin1String("tasks")).toArray())
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

Scenario runSandbox(const Params &p)
{
    Scenario s;
    s.name = QStringLiteral("sandbox");
    s.title = QStringLiteral("sandbox --tasks %1 (pinned to one core, %2 requests in flight)")
                  .arg(p.tasks)
                  .arg(Concurrency);
    s.params = { { QStringLiteral("tasks"), p.tasks }, { QStringLiteral("duration_ms"), p.durationMs } };
    s.rssOf = QStringLiteral("sms-sandbox");
    const int cpus = QThread::idealThreadCount();
    for (int i = 0; i < p.runs; ++i) {
        const int core = cpus > 1 ? cpus - 1 : -1;
        SandboxProcess sb({ p.tasks, 0, p.seed, core, {} });
        const StayOff off(core);
        if (!sb.isRunning()) {
            s.problem(sb.errorString());
            return s;
        }
        const Throughput tasks = pump(sb, "/v3/tasks", sb.taskCount(), p.durationMs);
        const Throughput sources = pump(sb, "/v3/sources", sb.sourceCount(), p.durationMs);
        if (tasks.errors + sources.errors > 0)
            s.problem(QStringLiteral("%1 pages were not answered 200").arg(tasks.errors + sources.errors));
        s.add(QStringLiteral("task_pages_per_s"), QStringLiteral("GET /v3/tasks pages (200 tasks) per second"),
              QStringLiteral("pages/s"), tasks.pages / tasks.seconds);
        s.add(QStringLiteral("task_pages_per_cpu_s"), QStringLiteral("… per CPU-second of the sandbox"),
              QStringLiteral("pages/s"), tasks.cpuSeconds > 0 ? tasks.pages / tasks.cpuSeconds : None);
        s.add(QStringLiteral("task_mib_per_s"), QStringLiteral("… MiB of JSON per second"), QStringLiteral("MiB/s"),
              tasks.bytes / tasks.seconds / 1048576.0);
        s.add(QStringLiteral("source_pages_per_s"), QStringLiteral("GET /v3/sources pages (200) per second"),
              QStringLiteral("pages/s"), sources.pages / sources.seconds);
        s.add(QStringLiteral("source_pages_per_cpu_s"), QStringLiteral("… per CPU-second of the sandbox"),
              QStringLiteral("pages/s"), sources.cpuSeconds > 0 ? sources.pages / sources.cpuSeconds : None);
        s.requests.append(journalWindow(sb.journal(), 0, std::numeric_limits<qint64>::max()).size());
        s.peakRssKb.append(sb.stop());
    }
    return s;
}

Scenario runFidelity(const Params &p)
{
    Scenario s;
    s.name = QStringLiteral("fidelity");
    s.title = QStringLiteral("fidelity --tasks %1 --seed %2 (sha256)").arg(p.tasks).arg(p.seed);
    s.params = { { QStringLiteral("tasks"), p.tasks }, { QStringLiteral("seed"), double(p.seed) } };
    s.rssOf = QStringLiteral("sms-tasks");
    QByteArray cliHash;
    // Once without latency, once with a little, so pages arrive in another order.
    for (const int latency : { 0, 3 }) {
        SandboxProcess sb({ p.tasks, latency, p.seed, -1, {} });
        if (!sb.isRunning()) {
            s.problem(sb.errorString());
            return s;
        }
        QStringList pageOrder;
        for (const auto &[path, items, key] :
             { std::tuple<QByteArray, int, QString> { "/v3/tasks", sb.taskCount(), QStringLiteral("tasks_pages") },
               std::tuple<QByteArray, int, QString> { "/v3/sources", sb.sourceCount(),
                                                      QStringLiteral("sources_pages") } }) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            for (int offset = 0; offset < std::max(items, 1); offset += PageSize) {
                const HttpAnswer a = get(sb.url(), path, "limit=200&offset=" + QByteArray::number(offset), true);
                if (a.status != 200)
                    s.problem(QStringLiteral("%1 offset %2 answered %3")
                                  .arg(QString::fromLatin1(path))
                                  .arg(offset)
                                  .arg(a.status));
                h.addData(a.body);
                if (path == "/v3/tasks")
                    pageOrder += idsOf(a.body);
            }
            const QString hex = QString::fromLatin1(h.result().toHex());
            if (s.extra.contains(key + QStringLiteral("_sha256"))
                && s.extra.value(key + QStringLiteral("_sha256")) != hex)
                s.problem(QStringLiteral("%1 differ with latency %2").arg(key).arg(latency));
            s.extra.insert(key + QStringLiteral("_sha256"), hex);
        }
        const CliRun c = runCli(sb.url().toString(), { QStringLiteral("list"), QStringLiteral("--json") });
        if (!c.ok) {
            s.problem(c.problem);
            continue;
        }
        const QByteArray hash = normalizedListHash(c.out);
        if (!cliHash.isEmpty() && hash != cliHash)
            s.problem(QStringLiteral("sms-tasks list --json differs with latency %1").arg(latency));
        cliHash = hash;
        s.extra.insert(QStringLiteral("cli_list_json_sha256"), QString::fromLatin1(hash));
        s.extra.insert(QStringLiteral("cli_list_in_service_order_latency_%1").arg(latency), idsOf(c.out) == pageOrder);
        s.requests.append(journalWindow(sb.journal(), 0, std::numeric_limits<qint64>::max()).size());
        s.peakRssKb.append(c.maxRssKb);
    }
    return s;
}

} // namespace Bench
