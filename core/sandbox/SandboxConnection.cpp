#include "sandbox/SandboxConnection.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxExchange.h"

#include <QDateTime>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

constexpr int LingerMs = 2000; // after the last answer, how long a closing connection waits for the client
constexpr qint64 ReadBufferSlack = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, const SandboxConfig &config, Handler write, Handler refuse)
    : QObject(socket)
    , m_socket(socket)
    , m_framer({ config.maxRequestLineBytes, config.maxHeaderBytes, config.maxBodyBytes })
    , m_write(std::move(write))
    , m_refuse(std::move(refuse))
    , m_idleTimeoutMs(config.idleTimeoutMs)
    , m_headerTimeoutMs(config.headerTimeoutMs)
    , m_bodyTimeoutMs(config.bodyTimeoutMs)
{
    m_clock.start();
    // Enough for the largest request Qt may hold while it waits for the rest, and no more.
    socket->setReadBufferSize(qint64(config.maxHeaderBytes) + config.maxBodyBytes + ReadBufferSlack);
    // Connected before QAbstractHttpServer connects its own handler, so it sees every byte first.
    connect(socket, &QIODevice::readyRead, this, &SandboxConnection::beforeQtReads);
    connect(socket, &QAbstractSocket::disconnected, this, &SandboxConnection::gone);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: never before the deadline
    connect(&m_timer, &QTimer::timeout, this, &SandboxConnection::timedOut);
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
    rearm();
}

SandboxConnection *SandboxConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<SandboxConnection *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void SandboxConnection::watchAfterQt()
{
    if (m_watching || !m_socket)
        return;
    m_watching = true;
    connect(m_socket, &QIODevice::readyRead, this, &SandboxConnection::afterQtRead);
}

void SandboxConnection::beforeQtReads()
{
    if (!m_socket || m_closing)
        return;
    // Qt 6.4 keeps a partial request unread in a transaction, or reads it all: either way, the bytes
    // past what it left last time are new.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 seen = m_watching ? std::min(m_leftByQt, available) : 0;
    m_leftByQt = available;
    if (available <= seen)
        return;
    const QByteArray bytes = m_socket->peek(available);
    const qsizetype fresh = qsizetype(std::max<qint64>(0, bytes.size() - seen));
    const int heads = m_framer.headsStarted();
    const int bodies = m_framer.bodiesStarted();
    m_framer.feed(bytes.constData() + bytes.size() - fresh, fresh);
    if (m_framer.headsStarted() != heads)
        m_headSince = m_framer.headsStarted() == 1 ? 0 : m_clock.elapsed(); // the first from the accept
    if (m_framer.bodiesStarted() != bodies)
        m_bodySince = m_clock.elapsed();
    while (m_framer.hasRequest())
        enqueue(m_framer.takeRequest());
    if (m_framer.error() != SandboxRequestFramer::Error::None && !m_refused)
        refuse();
    rearm();
}

void SandboxConnection::afterQtRead()
{
    if (!m_socket)
        return;
    m_leftByQt = m_socket->bytesAvailable();
    if (m_refused && everyRequestClaimed())
        stopQtReading(); // Qt has handed over every request before the refused one
}

bool SandboxConnection::everyRequestClaimed() const
{
    return std::all_of(m_queue.cbegin(), m_queue.cend(), [](const auto &e) { return e->claimed; });
}

void SandboxConnection::stopQtReading()
{
    if (m_qtStopped || !m_socket)
        return;
    m_qtStopped = true;
    // Qt's parser is not fed any more (it would only buffer what is refused anyway); what arrives is
    // thrown away.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // a partial request Qt kept would otherwise keep every byte read
    connect(m_socket, &QIODevice::readyRead, this, [this] { m_socket->readAll(); });
    m_socket->readAll();
}

void SandboxConnection::enqueue(const SandboxRequestFramer::Head &head)
{
    auto e = std::make_shared<SandboxExchange>();
    e->socket = m_socket;
    e->connection = this;
    e->closeAfter = head.close;
    e->keepAliveHeader = head.keepAlive;
    m_queue.push_back(e);
}

void SandboxConnection::refuse()
{
    m_refused = true;
    using Error = SandboxRequestFramer::Error;
    const SandboxRequestFramer::Head head = m_framer.rejected();
    auto e = std::make_shared<SandboxExchange>();
    e->socket = m_socket;
    e->connection = this;
    e->claimed = true; // Qt never hands over a request for it; one it might parse anyway is ignored
    e->closeAfter = true;
    const qsizetype query = head.target.indexOf('?');
    e->request.method = head.method;
    e->request.rawPath = query < 0 ? head.target : head.target.left(query);
    e->request.rawQuery = query < 0 ? QByteArray() : head.target.mid(query + 1);
    e->request.peer = m_socket->peerAddress();
    e->request.received = QDateTime::currentDateTimeUtc();
    const SandboxRequestFramer::Limits &limits = m_framer.limits();
    switch (m_framer.error()) {
    case Error::RequestLineTooLong:
        e->response.status = 414;
        e->response.note
            = QStringLiteral("request line over %1 bytes: refused, connection closed").arg(limits.maxRequestLine);
        break;
    case Error::HeadTooLarge:
        e->response.status = 431;
        e->response.note = QStringLiteral("request head over %1 bytes: refused, connection closed").arg(limits.maxHead);
        break;
    case Error::BodyTooLarge:
        e->response.status = 413;
        e->response.note = QStringLiteral("request body over %1 bytes: refused before it was read, connection closed")
                               .arg(limits.maxBody);
        break;
    case Error::Malformed:
    case Error::None:
        e->response.status = 400;
        e->response.note = QStringLiteral("malformed request framing: refused, connection closed");
        break;
    }
    m_queue.push_back(e);
    if (everyRequestClaimed()) // nothing before it still needs Qt's parser: it never sees the refused bytes
        stopQtReading();
    m_refuse(e);
}

std::shared_ptr<SandboxExchange> SandboxConnection::claim()
{
    for (const auto &e : m_queue) {
        if (!e->claimed) {
            e->claimed = true;
            return e;
        }
    }
    return nullptr;
}

void SandboxConnection::ready(const std::shared_ptr<SandboxExchange> &exchange)
{
    exchange->ready = true;
    pump();
}

void SandboxConnection::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_queue.empty() && !m_writing) {
        // In order while the client is there; once it is gone, every decided answer is dropped (and
        // journaled) at once, even behind one that hangs.
        const auto it = m_gone ? std::find_if(m_queue.begin(), m_queue.end(), [](const auto &e) { return e->ready; })
                               : (m_queue.front()->ready ? m_queue.begin() : m_queue.end());
        if (it == m_queue.end())
            break;
        const std::shared_ptr<SandboxExchange> e = *it;
        m_writing = !m_gone;
        m_write(e); // calls finished(e), now or when a trickle ends
    }
    m_pumping = false;
}

void SandboxConnection::finished(const std::shared_ptr<SandboxExchange> &exchange)
{
    const auto it = std::find(m_queue.begin(), m_queue.end(), exchange);
    if (it == m_queue.end())
        return;
    m_queue.erase(it);
    m_writing = false;
    if (m_gone)
        return pump();
    if (exchange->closeAfter)
        return closeGracefully();
    if (m_queue.empty())
        m_idleSince = m_clock.elapsed();
    rearm();
    pump();
}

void SandboxConnection::rearm()
{
    m_deadline = Deadline::None;
    qint64 due = -1;
    if (m_closing || m_gone) {
        m_timer.stop();
        return;
    }
    switch (m_framer.phase()) {
    case SandboxRequestFramer::Phase::Head:
        if (m_headerTimeoutMs > 0) {
            due = m_headSince + m_headerTimeoutMs;
            m_deadline = Deadline::Head;
        }
        break;
    case SandboxRequestFramer::Phase::Body:
        if (m_bodyTimeoutMs > 0) {
            due = m_bodySince + m_bodyTimeoutMs;
            m_deadline = Deadline::Body;
        }
        break;
    case SandboxRequestFramer::Phase::Between:
        if (!m_queue.empty()) // an answer is on its way: nothing to time out
            break;
        if (m_framer.headsStarted() == 0 && m_headerTimeoutMs > 0) {
            due = m_headerTimeoutMs; // a new connection's first request, from the accept
            m_deadline = Deadline::FirstRequest;
        } else if (m_framer.headsStarted() > 0 && m_idleTimeoutMs > 0) {
            due = m_idleSince + m_idleTimeoutMs;
            m_deadline = Deadline::Idle;
        }
        break;
    }
    if (due < 0)
        m_timer.stop();
    else
        m_timer.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
}

void SandboxConnection::timedOut()
{
    if (!m_socket || m_closing)
        return;
    const Deadline deadline = m_deadline;
    m_framer.stop();
    if (deadline == Deadline::Idle || deadline == Deadline::FirstRequest)
        return closeGracefully(); // nothing was asked: nothing to answer
    if (!m_queue.empty()) { // earlier answers are pending: a 408 would come out of order
        m_socket->abort();
        return;
    }
    m_socket->write(rawAnswer(408, { { "Connection", "close" } }, {}));
    closeGracefully();
}

void SandboxConnection::closeGracefully()
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_framer.stop();
    m_timer.stop();
    stopQtReading(); // nothing is left to answer
    m_linger.start(LingerMs);
    if (m_socket->bytesToWrite() == 0)
        return shutdownWrite();
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            shutdownWrite();
    });
}

void SandboxConnection::shutdownWrite()
{
    if (m_shutDown || !m_socket)
        return;
    m_shutDown = true;
#ifdef Q_OS_UNIX
    // A half close: the client reads the last answer and sees the end, and what it still sends is
    // read and dropped rather than answered with a reset that could destroy the answer in flight.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void SandboxConnection::gone()
{
    m_gone = true;
    m_timer.stop();
    m_linger.stop();
    pump();
}

QByteArray SandboxConnection::rawAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
