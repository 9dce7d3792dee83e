#include "sandbox/SandboxListener.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int FirstBackoffMs = 10;
constexpr int MaxBackoffMs = 1000;
constexpr int ListenBacklog = 1024; // the kernel caps it at net.core.somaxconn
constexpr int AcceptsPerWakeup = 64; // then the event loop runs, so one busy listener cannot starve it
// Descriptors the listener never takes: the rest of the process (Qt, the GUI around --demo, a
// sanitizer runtime's pipe()) still needs a few when the clients have taken all the others.
constexpr int ReservedDescriptors = 4;

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
    // Descriptors are handed out lowest first: while a few are held here, accept() runs out (EMFILE)
    // before it can take them, and once they are closed again they are free for everyone else.
    // Nothing else runs in between: the new sockets go to Qt only after the reserve is released.
    const int listening = int(socketDescriptor());
    std::array<int, ReservedDescriptors> reserve {};
    int held = 0;
    while (held < ReservedDescriptors && (reserve[size_t(held)] = ::fcntl(listening, F_DUPFD_CLOEXEC, 0)) >= 0)
        ++held;
    int error = held < ReservedDescriptors ? errno : 0;
    const bool reserved = error == 0;
    std::array<int, AcceptsPerWakeup> accepted {};
    int count = 0;
    for (int i = 0; reserved && i < AcceptsPerWakeup; ++i) {
        const int fd = acceptOne(listening);
        if (fd >= 0) {
            accepted[size_t(count++)] = fd;
            continue;
        }
        const int failed = errno;
        if (connectionError(failed))
            continue;
        if (failed != EAGAIN && failed != EWOULDBLOCK)
            error = failed;
        break;
    }
    for (int i = 0; i < held; ++i)
        ::close(reserve[size_t(i)]);
    if (count > 0)
        m_backoffMs = 0;
    if (error != 0)
        backOff(error, reserved ? "accept() failed" : "too few descriptors left");
    for (int i = 0; i < count; ++i)
        incomingConnection(accepted[size_t(i)]);
}

void SandboxListener::backOff(int error, const char *what)
{
    if (m_backoffMs == 0)
        qWarning("sms-sandbox: %s (%s); not accepting for a while, the clients wait in the backlog", what,
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
