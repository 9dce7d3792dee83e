// The emulator against hostile or merely unusual HTTP clients, over raw sockets on 127.0.0.1:
// Connection: close and HTTP/1.0, pipelining, slowloris heads, idle keep-alive, slow bodies, an
// 8 MB URI, huge heads and bodies, a flood of requests against the journal's caps (without ever
// losing a delete's ids), and a process out of file descriptors. Every wait is bounded.
#include "RawHttpClient.h"
#include "SandboxFixture.h"
#include "SandboxTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <unistd.h>

namespace {

QByteArray get(const QByteArray &target, const QByteArray &extra = {}, const QByteArray &version = "HTTP/1.1")
{
    return "GET " + target + ' ' + version + "\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

// The journal's entries, without the gap marker it starts with once something was dropped.
QJsonArray entries(const QJsonArray &journal)
{
    QJsonArray out;
    for (const QJsonValue &v : journal) {
        if (!v.toObject().contains(QStringLiteral("journal_gap")))
            out.append(v);
    }
    return out;
}
QJsonObject gap(const QJsonArray &journal)
{
    const QJsonObject first = journal.isEmpty() ? QJsonObject() : journal.first().toObject();
    return first.contains(QStringLiteral("journal_gap")) ? first : QJsonObject();
}

// CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15.
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// How many descriptors below limit the process has open (one above it was inherited before the limit).
int descriptorsBelow(qint64 pid, int limit)
{
    const QStringList fds
        = QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    return int(std::count_if(fds.cbegin(), fds.cend(), [limit](const QString &fd) { return fd.toInt() < limit; }));
}

} // namespace

class tst_SandboxHostile : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    static constexpr int MaxBody = 1024 * 1024; // SandboxConfig::maxBodyBytes

    quint16 port() const { return quint16(m_host->url().port()); }

    // A sandbox with 60 tasks and whatever change makes of its config; returns that config.
    SandboxConfig start(const std::function<void(SandboxConfig &)> &change = {})
    {
        SandboxConfig c;
        c.tasks = 60;
        if (change)
            change(c);
        startSandbox(c);
        return c;
    }

    // The journal, on a fresh connection: the server still serves.
    bool stillServes() const
    {
        RawHttpClient client(port());
        client.send(get("/_sandbox/journal"));
        const QList<RawHttpResponse> r = client.read(1, 3000);
        return r.size() == 1 && r[0].status == 200;
    }

    // A signed, deletable single-id batch delete, written by hand.
    QByteArray signedDelete(const QString &id)
    {
        m_host->setTaskSource(id, QStringLiteral("stopped"), false);
        const QByteArray body = "{\"ids\":[\"" + id.toLatin1() + "\"]}";
        const SignedTestPrepared p = m_client->prepare("POST", "/v3/tasks/delete", {}, body);
        QByteArray wire = "POST /v3/tasks/delete HTTP/1.1\r\n";
        for (const auto &h : p.headers)
            wire += h.first + ": " + h.second + "\r\n";
        return wire + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private Q_SLOTS:
    void cleanup() { stopSandbox(); }

    void connectionCloseClosesAfterTheAnswer()
    {
        // A close now is the request's doing, not the idle timer's.
        start([](SandboxConfig &config) { config.idleTimeoutMs = 60000; });
        RawHttpClient client(port());
        QElapsedTimer t;
        t.start();
        client.send(get("/_sandbox/journal", "Connection: close\r\n"));
        const QList<RawHttpResponse> r = client.read(1, 3000);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[0].header("Connection").toLower(), QByteArray("close"));
        QVERIFY2(client.waitClosed(3000), "the connection stayed open after Connection: close");
        QVERIFY(t.elapsed() < 3000);
    }

    void nothingAfterConnectionCloseIsProcessed()
    {
        start([](SandboxConfig &config) { config.idleTimeoutMs = 60000; });
        RawHttpClient client(port());
        client.send(get("/v3/first", "Connection: close\r\n") + get("/v3/second"));
        QVERIFY(client.waitClosed(3000));
        const QList<RawHttpResponse> r = client.read(2, 100);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 404);
        const QJsonArray journal = m_host->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal[0][QStringLiteral("path")].toString(), QStringLiteral("/v3/first"));
    }

    void http10ClosesUnlessKeepAlive()
    {
        start([](SandboxConfig &config) { config.idleTimeoutMs = 60000; });
        {
            RawHttpClient client(port());
            client.send(get("/_sandbox/journal", {}, "HTTP/1.0"));
            const QList<RawHttpResponse> r = client.read(1, 3000);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r[0].status, 200);
            QCOMPARE(r[0].header("Connection").toLower(), QByteArray("close"));
            QVERIFY2(client.waitClosed(3000), "an HTTP/1.0 connection without keep-alive stayed open");
        }
        RawHttpClient client(port());
        client.send(get("/_sandbox/journal", "Connection: Keep-Alive\r\n", "HTTP/1.0"));
        QList<RawHttpResponse> r = client.read(1, 3000);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].header("Connection").toLower(), QByteArray("keep-alive"));
        QVERIFY(!client.waitClosed(300));
        client.send(get("/_sandbox/journal", {}, "HTTP/1.0")); // this one closes
        r = client.read(1, 3000);
        QCOMPARE(r.size(), 1);
        QVERIFY(client.waitClosed(3000));
    }

    void http11KeepsAlive()
    {
        start();
        RawHttpClient client(port());
        for (int i = 0; i < 3; ++i) {
            client.send(get("/_sandbox/journal"));
            const QList<RawHttpResponse> r = client.read(1, 3000);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r[0].status, 200);
            QVERIFY(r[0].header("Connection").isEmpty());
        }
        QVERIFY(!client.waitClosed(300));
    }

    void pipelinedAnswersKeepTheirOrder()
    {
        start();
        QVERIFY(m_host->addFault(QStringLiteral("tasks:latency:300")));
        RawHttpClient client(port());
        // The first answer is delayed; the two behind it are ready at once and must wait for it.
        client.send(get("/v3/tasks") + get("/_sandbox/journal") + get("/v3/nothing"));
        const QList<RawHttpResponse> r = client.read(3, 5000);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].status, 401);
        QCOMPARE(r[1].status, 200);
        QCOMPARE(r[2].status, 404);
        QVERIFY(!client.closed());
    }

    void slowlorisSocketsAreClosedWithinTheHeaderTimeout()
    {
        const SandboxConfig c = start([](SandboxConfig &config) {
            config.headerTimeoutMs = 1000;
            config.idleTimeoutMs = 1000;
        });
        constexpr int Sockets = 200;
        std::vector<qint64> closedAt(Sockets, -1);
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<QTcpSocket>> sockets; // destroyed first: its signals write closedAt
        for (int i = 0; i < Sockets; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            connect(s.get(), &QTcpSocket::disconnected, this,
                    [&closedAt, &t, i] { closedAt[size_t(i)] = t.elapsed(); });
            s->connectToHost(QStringLiteral("127.0.0.1"), port());
            sockets.push_back(std::move(s));
        }
        // Half start a request and trickle its head a byte every 200 ms; half send nothing at all.
        const QByteArray head = "GET /v3/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
        int closed = 0;
        while (t.elapsed() < c.headerTimeoutMs + 2000 && closed < Sockets) {
            for (int i = 0; i < Sockets; i += 2) {
                QTcpSocket *s = sockets[size_t(i)].get();
                if (s->state() == QAbstractSocket::ConnectedState)
                    s->write(s->property("started").toBool() ? QByteArray("a") : head);
                s->setProperty("started", true);
            }
            QTest::qWait(200);
            closed = int(std::count_if(closedAt.begin(), closedAt.end(), [](qint64 at) { return at >= 0; }));
        }
        qint64 first = -1;
        for (const qint64 at : closedAt)
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        const qint64 last = *std::max_element(closedAt.begin(), closedAt.end());
        qInfo("slowloris: %d of %d sockets closed by the server; first after %lld ms, last after %lld ms", closed,
              Sockets, first, last);
        QCOMPARE(closed, Sockets);
        QVERIFY2(first >= c.headerTimeoutMs * 8 / 10, "closed before its header timeout");
        QVERIFY(last <= c.headerTimeoutMs + 1500);
        QVERIFY(stillServes());
    }

    void idleKeepAliveIsClosedButAPendingAnswerIsNot()
    {
        const SandboxConfig c = start([](SandboxConfig &config) { config.idleTimeoutMs = 600; });
        RawHttpClient idle(port());
        QElapsedTimer t;
        t.start();
        idle.send(get("/_sandbox/journal"));
        QCOMPARE(idle.read(1, 3000).size(), 1);
        const qint64 answered = t.elapsed();
        QVERIFY2(idle.waitClosed(3000), "an idle kept-alive connection stayed open");
        qInfo("idle keep-alive closed %lld ms after its answer", t.elapsed() - answered);
        QVERIFY(t.elapsed() - answered >= c.idleTimeoutMs * 8 / 10);

        // A request whose answer hangs is in progress: the idle timer leaves it alone.
        QVERIFY(m_host->addFault(QStringLiteral("task:hang")));
        RawHttpClient waiting(port());
        waiting.send(get("/v3/tasks/some-task"));
        QVERIFY(!waiting.waitClosed(c.idleTimeoutMs * 2));
    }

    void slowBodyIsClosed()
    {
        const SandboxConfig c = start([](SandboxConfig &config) { config.bodyTimeoutMs = 800; });
        RawHttpClient client(port());
        client.send("POST /v3/tasks/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    "Content-Length: 200\r\n\r\n{\"ids\":[");
        QElapsedTimer t;
        t.start();
        while (!client.closed() && t.elapsed() < c.bodyTimeoutMs + 2000) {
            client.send("\"");
            client.waitClosed(100);
        }
        qInfo("slow body closed after %lld ms", t.elapsed());
        QVERIFY2(client.closed(), "a body trickling a byte every 100 ms was never cut off");
        QVERIFY(t.elapsed() >= c.bodyTimeoutMs * 8 / 10);
        const QList<RawHttpResponse> r = client.read(1, 100);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 408);
        QCOMPARE(r[0].header("Connection").toLower(), QByteArray("close"));
        QCOMPARE(m_host->journal().size(), 0); // the request never arrived whole
    }

    void hugeUriIsRejectedAndTheJournalStaysSmall()
    {
        start();
        RawHttpClient client(port());
        const QByteArray uri = "/v3/tasks?name=" + QByteArray(8 * 1024 * 1024, 'a');
        QElapsedTimer t;
        t.start();
        client.sendAll(get(uri), 10000);
        QVERIFY2(client.waitClosed(5000), "an 8 MB request line was read to its end");
        qInfo("8 MB URI: connection closed after %lld ms", t.elapsed());
        const QList<RawHttpResponse> r = client.read(1, 100);
        if (!r.isEmpty()) // the client may see the reset before the answer
            QCOMPARE(r[0].status, 414);
        const QJsonArray journal = m_host->journal();
        const qsizetype bytes = QJsonDocument(journal).toJson(QJsonDocument::Compact).size();
        qInfo("journal after the 8 MB URI: %lld bytes", qint64(bytes));
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal[0][QStringLiteral("status")].toInt(), 414);
        QVERIFY(journal[0][QStringLiteral("path")].toString().startsWith(QStringLiteral("/v3/tasks")));
        QVERIFY(bytes < 8 * 1024);
        QVERIFY(stillServes());
    }

    void aRefusalWaitsForTheAnswersBeforeIt()
    {
        start();
        QVERIFY(m_host->addFault(QStringLiteral("tasks:latency:500")));
        RawHttpClient client(port());
        client.sendAll(get("/v3/tasks") + get("/v3/tasks?name=" + QByteArray(2 * 1024 * 1024, 'a')), 10000);
        const QList<RawHttpResponse> r = client.read(2, 5000);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].status, 401);
        QCOMPARE(r[1].status, 414);
        QCOMPARE(r[1].header("Connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitClosed(3000));
        const QJsonArray journal = m_host->journal();
        QCOMPARE(journal.size(), 2);
        QVERIFY(QJsonDocument(journal).toJson(QJsonDocument::Compact).size() < 8 * 1024);
    }

    void hugeHeadOrBodyIsRejectedBeforeItIsRead()
    {
        start();
        {
            RawHttpClient client(port());
            client.sendAll(get("/v3/tasks", "X-Big: " + QByteArray(100 * 1024, 'b') + "\r\n"), 5000);
            QVERIFY(client.waitClosed(3000));
            const QList<RawHttpResponse> r = client.read(1, 100);
            if (!r.isEmpty())
                QCOMPARE(r[0].status, 431);
        }
        RawHttpClient client(port());
        // Content-Length over the limit: refused at once, the body is never waited for.
        client.send("POST /v3/tasks/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000000\r\n\r\n");
        const QList<RawHttpResponse> r = client.read(1, 2000);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 413);
        QVERIFY(client.waitClosed(2000));
        const QJsonArray journal = m_host->journal();
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal[0][QStringLiteral("status")].toInt(), 431);
        QCOMPARE(journal[1][QStringLiteral("status")].toInt(), 413);
        QCOMPARE(journal[1][QStringLiteral("route")].toString(), QStringLiteral("delete"));
    }

    void chunkedAndLargestBodiesStillPass()
    {
        start();
        RawHttpClient client(port());
        // A chunked body, then a body of exactly the limit, on one kept-alive connection.
        client.send("POST /v3/tasks/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "4\r\n{\"id\r\n6\r\ns\":[]}\r\n0\r\n\r\n");
        const QByteArray largest(MaxBody, ' ');
        client.sendAll("POST /v3/tasks/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                           + QByteArray::number(largest.size()) + "\r\n\r\n" + largest,
                       10000);
        client.send(get("/_sandbox/journal"));
        const QList<RawHttpResponse> r = client.read(3, 10000);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].status, 401); // unsigned: read whole, then refused by the gateway
        QCOMPARE(r[1].status, 401);
        QCOMPARE(r[2].status, 200);
        QVERIFY(!client.closed());
        // One byte more, chunked: refused as soon as the chunk size says so.
        client.send("POST /v3/tasks/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + QByteArray::number(MaxBody + 1, 16) + "\r\n");
        const QList<RawHttpResponse> refused = client.read(1, 3000);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].status, 413);
        QVERIFY(client.waitClosed(3000));
    }

    void journalIsCappedUnderAFlood()
    {
        const SandboxConfig c = start([](SandboxConfig &config) { config.journalMaxEntries = 1000; });
        constexpr int Requests = 5000;
        const QByteArray query = "name=" + QByteArray(6000, 'q');
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 5; ++i)
            clients.push_back(std::make_unique<RawHttpClient>(port()));
        int answered = 0;
        for (int batch = 0; batch < Requests / 100 / 5; ++batch) {
            for (auto &client : clients) {
                QByteArray wire;
                for (int i = 0; i < 100; ++i)
                    wire += get("/v3/flood?" + query);
                client->send(wire);
            }
            for (auto &client : clients)
                answered += int(client->read(100, 10000).size());
        }
        QCOMPARE(answered, Requests);
        const QJsonArray journal = m_host->journal();
        const qsizetype bytes = QJsonDocument(journal).toJson(QJsonDocument::Compact).size();
        qInfo("journal after %d requests with a 6 KB query: %lld entries, %lld bytes (%lld ms)", Requests,
              qint64(journal.size()), qint64(bytes), t.elapsed());
        QVERIFY(entries(journal).size() <= c.journalMaxEntries);
        QCOMPARE(gap(journal)[QStringLiteral("dropped")].toInt(), Requests - c.journalMaxEntries);
        QCOMPARE(gap(journal)[QStringLiteral("lost_deletes")].toBool(), false);
        QVERIFY(bytes < 2 * 1024 * 1024);
        const QString query0 = entries(journal).last()[QStringLiteral("query")].toString();
        QVERIFY(query0.size() < c.journalMaxFieldChars + 64);
        QVERIFY(query0.contains(QStringLiteral("truncated")));
    }

    void deleteIdsSurviveTheCap()
    {
        start([](SandboxConfig &config) { config.journalMaxEntries = 50; });
        RawHttpClient client(port());
        QStringList deleted;
        for (int i = 0; i < 20; ++i) {
            const QString id = m_host->taskIds().at(0);
            QByteArray wire = signedDelete(id);
            for (int j = 0; j < 20; ++j)
                wire += get("/v3/noise");
            client.send(wire);
            const QList<RawHttpResponse> r = client.read(21, 5000);
            QCOMPARE(r.size(), 21);
            QCOMPARE(r[0].status, 200);
            deleted.append(id);
        }
        const QJsonArray journal = m_host->journal();
        QStringList sent, gone;
        for (const QJsonValue &v : entries(journal)) {
            for (const QJsonValue &id : v[QStringLiteral("ids_sent")].toArray())
                sent.append(id.toString());
            for (const QJsonValue &id : v[QStringLiteral("ids_deleted")].toArray())
                gone.append(id.toString());
        }
        QCOMPARE(sent, deleted);
        QCOMPARE(gone, deleted);
        QVERIFY(gap(journal)[QStringLiteral("dropped")].toInt() > 0);
        QCOMPARE(gap(journal)[QStringLiteral("lost_deletes")].toBool(), false);
    }

    void droppedDeletesAreFlagged()
    {
        const SandboxConfig c = start([](SandboxConfig &config) { config.journalMaxDeleteEntries = 5; });
        RawHttpClient client(port());
        for (int i = 0; i < 8; ++i) {
            client.send(signedDelete(m_host->taskIds().at(0)));
            QCOMPARE(client.read(1, 5000).size(), 1);
        }
        const QJsonArray journal = m_host->journal();
        QCOMPARE(entries(journal).size(), 5);
        QCOMPARE(gap(journal)[QStringLiteral("dropped_deletes")].toInt(), 3);
        QCOMPARE(gap(journal)[QStringLiteral("lost_deletes")].toBool(), true);

        // A test reading ids from such a journal fails rather than trusting a partial list.
        SandboxFixture sb(c); // its own sandbox with the same limits
        QVERIFY(!sb.url.isEmpty());
        SignedTestClient signedClient(sb.url, c.ak, c.sk, c.projectId.toLatin1());
        for (int i = 0; i < 8; ++i) {
            const QString id = sb.host->taskIds().at(0);
            sb.host->setTaskSource(id, QStringLiteral("stopped"), false);
            QCOMPARE(signedClient.deleteTasks({ id }).status, 200);
        }
        QEXPECT_FAIL("", "journalIds() must refuse a journal that lost delete entries", Continue);
        const QStringList ids = sb.journalIds("ids_sent");
        QVERIFY(ids.contains(QStringLiteral("<the journal lost delete entries>")));
    }

    void outOfFileDescriptorsBacksOff()
    {
        // The CPU time is read from /proc: without it this check cannot be made, which is a failure.
        QVERIFY2(QFile::exists(QStringLiteral("/proc/self/stat")), "needs /proc to measure the emulator's CPU time");
        QProcess p;
        p.setProgram(QStringLiteral("/bin/sh"));
        // exec keeps the pid: the limit and the CPU time are the emulator's own.
        p.setArguments({ QStringLiteral("-c"), QStringLiteral("ulimit -n 64 && exec \"$0\" \"$@\""),
                         QStringLiteral(SMS_BIN_DIR "/sms-sandbox"), QStringLiteral("--tasks"), QStringLiteral("5"),
                         QStringLiteral("--header-timeout-ms"), QStringLiteral("60000"),
                         QStringLiteral("--idle-timeout-ms"), QStringLiteral("60000") });
        p.start();
        QVERIFY(p.waitForStarted(5000));
        QVERIFY(p.waitForReadyRead(10000));
        const auto m = QRegularExpression(QStringLiteral(":(\\d+)$")).match(QString::fromUtf8(p.readLine()).trimmed());
        QVERIFY(m.hasMatch());
        const quint16 childPort = quint16(m.captured(1).toUInt());
        const qint64 pid = p.processId();

        // More connections than descriptors: the emulator fills up, the rest wait in the backlog.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 100; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), childPort);
        }
        QTest::qWait(1000);
        int fds = 64; // the fewest of a few samples: the listener holds its reserve while it accepts
        for (int i = 0; i < 3; ++i, QTest::qWait(50))
            fds = std::min(fds, descriptorsBelow(pid, 64));
        QVERIFY2(fds >= 56, qPrintable(QStringLiteral("only %1 descriptors in use").arg(fds)));
        // The last few stay free for the rest of the process (a sanitizer's pipe() among them).
        QVERIFY2(fds <= 60, qPrintable(QStringLiteral("%1 of 64 descriptors taken").arg(fds)));
        const double before = cpuSeconds(pid);
        QTest::qWait(2000);
        const double spent = cpuSeconds(pid) - before;
        qInfo("out of descriptors (%d open): %.2f s of CPU in 2 s", fds, spent);
        QVERIFY2(spent < 0.3, qPrintable(QStringLiteral("%1 s of CPU in 2 s").arg(spent)));

        sockets.clear();
        QElapsedTimer t;
        t.start();
        int status = 0;
        while (status != 200 && t.elapsed() < 5000) {
            RawHttpClient client(childPort, 1000);
            client.send(get("/_sandbox/journal"));
            const QList<RawHttpResponse> r = client.read(1, 1000);
            status = r.isEmpty() ? 0 : r[0].status;
        }
        qInfo("serving again %lld ms after the descriptors were released", t.elapsed());
        QCOMPARE(status, 200);
        QVERIFY(p.readAllStandardError().contains("accept() failed (Too many open files)"));
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxHostile)
#include "tst_sandbox_hostile.moc"
