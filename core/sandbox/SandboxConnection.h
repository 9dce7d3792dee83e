#pragma once

#include "sandbox/SandboxRequestFramer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;
struct SandboxConfig;
struct SandboxExchange;

// The emulator's side of one client connection, a child of its socket (it goes with it). It frames
// the requests as their bytes arrive, before Qt's parser reads them, and enforces the limits Qt 6.4
// lacks: an idle timeout, a deadline for each request's head and for its body, the largest request
// line, head and body (README "Limits"). It keeps the answers in request order and closes the
// connection when HTTP says so: after a "Connection: close" request, an HTTP/1.0 request without
// keep-alive, a refused request or a timeout, lingering briefly so that the client reads the last
// answer before it sees the close. Requests that arrive after that are never processed.
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const std::shared_ptr<SandboxExchange> &)>;

    // write puts an exchange's answer on the wire (or drops it when the socket is gone) and then calls
    // finished(); refuse decides the answer to a request the framer refused (the exchange carries what
    // was received and the status) and then calls ready().
    SandboxConnection(QTcpSocket *socket, const SandboxConfig &config, Handler write, Handler refuse);

    static SandboxConnection *of(QTcpSocket *socket);

    // Called once Qt's own readyRead handler is connected: from then on, what it leaves unread is known.
    void watchAfterQt();

    // The exchange of the next request Qt parsed; null when it must not be processed (it came after a
    // close, a refusal or a timeout).
    std::shared_ptr<SandboxExchange> claim();
    void ready(const std::shared_ptr<SandboxExchange> &exchange); // its answer leaves when its turn comes
    void finished(const std::shared_ptr<SandboxExchange> &exchange); // its answer is written or dropped

    // A complete answer for a request there is no Qt responder for (Content-Length set here).
    static QByteArray rawAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                const QByteArray &body);

private:
    enum class Deadline { None, FirstRequest, Head, Body, Idle };

    void beforeQtReads();
    void afterQtRead();
    void enqueue(const SandboxRequestFramer::Head &head);
    void refuse();
    bool everyRequestClaimed() const;
    void stopQtReading();
    void pump();
    void rearm();
    void timedOut();
    void closeGracefully();
    void shutdownWrite();
    void gone();

    QPointer<QTcpSocket> m_socket;
    SandboxRequestFramer m_framer;
    Handler m_write;
    Handler m_refuse;
    int m_idleTimeoutMs;
    int m_headerTimeoutMs;
    int m_bodyTimeoutMs;

    std::deque<std::shared_ptr<SandboxExchange>> m_queue; // in request order
    bool m_writing = false; // the front answer is still being written (trickle)
    bool m_pumping = false;
    bool m_refused = false;
    bool m_closing = false;
    bool m_gone = false; // the socket is disconnected: every ready answer is dropped, in any order
    bool m_watching = false;
    bool m_shutDown = false;
    bool m_qtStopped = false;
    qint64 m_leftByQt = 0; // bytes Qt left unread after its last read

    QElapsedTimer m_clock; // since the accept
    qint64 m_headSince = 0;
    qint64 m_bodySince = 0;
    qint64 m_idleSince = 0;
    QTimer m_timer;
    Deadline m_deadline = Deadline::None;
    QTimer m_linger;
};
