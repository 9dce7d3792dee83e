#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// One answer as it came off the wire.
struct RawHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// A blocking HTTP/1.x client on one raw QTcpSocket, for the tests that must send what QNAM never
// would: HTTP/1.0, pipelined requests, partial heads, slow bodies, huge URIs. The sandbox runs in its
// own thread (or process), so waiting here blocks nobody.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port, int timeoutMs = 5000)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(timeoutMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Writes everything, waiting as the peer reads; false when the peer closed first.
    bool sendAll(const QByteArray &bytes, int timeoutMs)
    {
        m_socket.write(bytes);
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return false;
            m_socket.waitForBytesWritten(50);
        }
        return m_socket.bytesToWrite() == 0;
    }

    // Up to count answers, in the order they arrived, within timeoutMs.
    QList<RawHttpResponse> read(int count, int timeoutMs)
    {
        QList<RawHttpResponse> out;
        QDeadlineTimer deadline(timeoutMs);
        while (out.size() < count) {
            RawHttpResponse r;
            if (takeResponse(&r)) {
                out.append(r);
                continue;
            }
            if (deadline.hasExpired() || !waitForBytes(deadline))
                break;
        }
        return out;
    }

    // True when the server closed the connection within timeoutMs; what it sent is kept for read().
    bool waitClosed(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (!waitForBytes(deadline))
                return m_closed;
        }
        return m_closed;
    }
    bool closed() const { return m_closed; }
    QByteArray unread() const { return m_buffer; }

private:
    // False when the connection is closed or the deadline passed.
    bool waitForBytes(const QDeadlineTimer &deadline)
    {
        if (m_closed)
            return false;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_buffer += m_socket.readAll();
            m_closed = true;
            return false;
        }
        m_socket.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        m_buffer += m_socket.readAll();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_buffer += m_socket.readAll();
            m_closed = true;
        }
        return !deadline.hasExpired() || !m_buffer.isEmpty();
    }

    bool takeResponse(RawHttpResponse *r)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r->status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            r->headers.append({ name, value });
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        r->body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};
