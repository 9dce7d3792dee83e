#include "sandbox/SandboxListener.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>

namespace {

constexpr int FirstBackoffMs = 10;
constexpr int MaxBackoffMs = 1000;
constexpr int ListenBacklog = 1024; // the kernel caps it at net.core.somaxconn
constexpr int AcceptsPerWakeup = 64; // then the event loop runs, so one busy listener cannot starve it

int acceptOne(int listening)
{
#ifdef Q_OS_LINUX
    return ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
#else
    const int fd = ::accept(listening, nullptr, nullptr);
    if (fd >= 0) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return fd;
#endif
}

// Errors that belong to one pending connection (it is gone): take the next one.
bool connectionError(int error)
{
    switch (error) {
    case EINTR:
    case ECONNABORTED:
    case EPROTO:
    case EPERM:
    case ENETDOWN:
    case ENOPROTOOPT:
    case EHOSTDOWN:
#ifdef ENONET
    case ENONET:
#endif
    case EHOSTUNREACH:
    case ENETUNREACH:
        return true;
    default:
        return false;
    }
}

} // namespace

SandboxListener::SandboxListener(bool tls, QObject *parent)
    : QSslServer(parent)
    , m_tls(tls)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

bool SandboxListener::start(const QHostAddress &address, quint16 port)
{
    // Qt's default backlog (50) makes a burst of clients wait for SYN retries, seconds apart.
    setListenBacklogSize(ListenBacklog);
    if (!listen(address, port))
        return false;
    // QTcpServer's own accept loop stays off; this one takes its place.
    pauseAccepting();
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SandboxListener::acceptPending);
    return true;
}

void SandboxListener::incomingConnection(qintptr descriptor)
{
    if (m_tls)
        QSslServer::incomingConnection(descriptor); // handshake first, then addPendingConnection()
    else
        QTcpServer::incomingConnection(descriptor); // a plain QTcpSocket
}

void SandboxListener::acceptPending()
{
    for (int i = 0; i < AcceptsPerWakeup; ++i) {
        const int fd = acceptOne(int(socketDescriptor()));
        if (fd >= 0) {
            m_backoffMs = 0;
            incomingConnection(fd);
            continue;
        }
        const int error = errno;
        if (connectionError(error))
            continue;
        if (error != EAGAIN && error != EWOULDBLOCK)
            backOff(error);
        return;
    }
}

void SandboxListener::backOff(int error)
{
    if (m_backoffMs == 0)
        qWarning("sms-sandbox: accept() failed (%s); not accepting for a while, the clients wait in the backlog",
                 std::strerror(error));
    m_backoffMs = m_backoffMs == 0 ? FirstBackoffMs : std::min(m_backoffMs * 2, MaxBackoffMs);
    m_notifier->setEnabled(false);
    m_resume.start(m_backoffMs);
}

QTcpSocket *SandboxListener::nextPendingConnection()
{
    // QAbstractHttpServer calls this until it returns null, connecting to each socket in between:
    // the socket handed out last time now has its handlers.
    if (m_handedOut)
        Q_EMIT handedOver(m_handedOut);
    m_handedOut = nullptr;
    // QTcpServer turns its own accept notifier back on here; it must stay off beside this one.
    const bool ours = m_notifier && m_notifier->isEnabled();
    if (ours)
        m_notifier->setEnabled(false);
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    pauseAccepting();
    if (ours)
        m_notifier->setEnabled(true);
    if (socket) {
        Q_EMIT accepted(socket);
        m_handedOut = socket;
    }
    return socket;
}
