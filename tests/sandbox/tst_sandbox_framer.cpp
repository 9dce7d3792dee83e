// SandboxRequestFramer on its own: where requests end (Content-Length, chunked, pipelined, fed a
// byte at a time), what asks to close, and which request line, head or body is over its limit.
#include "sandbox/SandboxRequestFramer.h"

#include <QTest>

namespace {

using Framer = SandboxRequestFramer;

Framer::Limits small()
{
    Framer::Limits l;
    l.maxRequestLine = 64;
    l.maxHead = 256;
    l.maxBody = 100;
    return l;
}

// Feeds everything, either at once or a byte at a time; returns the framed targets.
QByteArrayList frame(Framer &f, const QByteArray &bytes, bool byteByByte)
{
    if (byteByByte) {
        for (const char c : bytes)
            f.feed(&c, 1);
    } else {
        f.feed(bytes.constData(), bytes.size());
    }
    QByteArrayList targets;
    while (f.hasRequest())
        targets.append(f.takeRequest().target);
    return targets;
}

} // namespace

class tst_SandboxFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsEndWhereHttpSays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArrayList>("targets");
        QTest::addColumn<bool>("byteByByte");
        const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray post = "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
        const QByteArray chunked = "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5;ext=1\r\nhello\r\n3\r\n, w\r\n0\r\nX-Trailer: t\r\n\r\n";
        for (const bool one : { false, true }) {
            const char *how = one ? " byte by byte" : " at once";
            QTest::addRow("get%s", how) << get << QByteArrayList { "/a" } << one;
            QTest::addRow("pipelined%s", how)
                << get + post + chunked + get << QByteArrayList { "/a", "/b", "/c", "/a" } << one;
            QTest::addRow("leading empty lines%s", how) << "\r\n\r\n" + get << QByteArrayList { "/a" } << one;
            QTest::addRow("bare LF%s", how)
                << QByteArray("GET /lf HTTP/1.1\nHost: x\n\n") << QByteArrayList { "/lf" } << one;
            QTest::addRow("partial body%s", how) << post.left(post.size() - 1) << QByteArrayList {} << one;
            QTest::addRow("partial chunked%s", how) << chunked.left(chunked.size() - 2) << QByteArrayList {} << one;
        }
    }
    void requestsEndWhereHttpSays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArrayList, targets);
        QFETCH(bool, byteByByte);
        Framer f(small());
        QCOMPARE(frame(f, bytes, byteByByte), targets);
        QCOMPARE(f.error(), Framer::Error::None);
    }

    void phasesAndCounters()
    {
        Framer f(small());
        QCOMPARE(f.phase(), Framer::Phase::Between);
        const QByteArray head = "POST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n";
        f.feed(head.constData(), 3);
        QCOMPARE(f.phase(), Framer::Phase::Head);
        QCOMPARE(f.headsStarted(), 1);
        f.feed(head.constData() + 3, head.size() - 3);
        QCOMPARE(f.phase(), Framer::Phase::Body);
        QCOMPARE(f.bodiesStarted(), 1);
        f.feed("ok", 2);
        QCOMPARE(f.phase(), Framer::Phase::Between);
        QVERIFY(f.hasRequest());
        QCOMPARE(f.takeRequest().method, QByteArray("POST"));
    }

    void closeAndKeepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("close");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << false << false;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << true << false;
        QTest::newRow("1.1 tokens") << QByteArray("GET / HTTP/1.1\r\nConnection: TE, close\r\n\r\n") << true << false;
        QTest::newRow("1.1 keep-alive") << QByteArray("GET / HTTP/1.1\r\nConnection: Keep-Alive\r\n\r\n") << false
                                        << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false
                                        << true;
    }
    void closeAndKeepAlive()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, close);
        QFETCH(bool, keepAlive);
        Framer f(small());
        const QByteArray twice = head + head;
        f.feed(twice.constData(), twice.size());
        QVERIFY(f.hasRequest());
        const Framer::Head h = f.takeRequest();
        QCOMPARE(h.close, close);
        QCOMPARE(h.keepAlive, keepAlive);
        QCOMPARE(f.hasRequest(), !close); // nothing after a close is a request
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Framer::Error>("error");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("request line") << "GET /" + QByteArray(100, 'a') << Framer::Error::RequestLineTooLong
                                      << "/" + QByteArray(50, 'a');
        QTest::newRow("request line at the limit") << "GET /" + QByteArray(50, 'a') + " HTTP/1.1\r\n\r\n"
                                                   << Framer::Error::None << QByteArray();
        QTest::newRow("head") << "GET /h HTTP/1.1\r\nX: " + QByteArray(300, 'b') << Framer::Error::HeadTooLarge
                              << QByteArray("/h");
        QTest::newRow("content-length") << QByteArray("POST /d HTTP/1.1\r\nContent-Length: 101\r\n\r\n")
                                        << Framer::Error::BodyTooLarge << QByteArray("/d");
        QTest::newRow("content-length beyond qint64")
            << QByteArray("POST /d HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << Framer::Error::BodyTooLarge << QByteArray("/d");
        QTest::newRow("chunks") << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n")
                + QByteArray(64, 'x') + "\r\n40\r\n"
                                << Framer::Error::BodyTooLarge << QByteArray("/c");
        QTest::newRow("bad content-length") << QByteArray("POST /m HTTP/1.1\r\nContent-Length: 12a\r\n\r\n")
                                            << Framer::Error::Malformed << QByteArray("/m");
        QTest::newRow("two content-lengths") << QByteArray("POST /m HTTP/1.1\r\nContent-Length: 1\r\n"
                                                           "Content-Length: 2\r\n\r\n")
                                             << Framer::Error::Malformed << QByteArray("/m");
        QTest::newRow("bad chunk size") << QByteArray("POST /m HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << Framer::Error::Malformed << QByteArray("/m");
    }
    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Framer::Error, error);
        QFETCH(QByteArray, target);
        for (const bool one : { false, true }) {
            Framer f(small());
            frame(f, bytes + "GET /after HTTP/1.1\r\n\r\n", one);
            QCOMPARE(f.error(), error);
            if (error == Framer::Error::None)
                continue;
            QVERIFY2(f.rejected().target.startsWith(target), f.rejected().target.constData());
            QCOMPARE(f.phase(), Framer::Phase::Between); // stopped: nothing more is framed
        }
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFramer)
#include "tst_sandbox_framer.moc"
