#pragma once

#include <QPointer>
#include <QSslServer>
#include <QTimer>

class QHostAddress;
class QSocketNotifier;
class QTcpSocket;

// The emulator's listening socket: a QSslServer, used as a plain QTcpServer unless TLS is asked for,
// that accepts connections itself. Qt 6.4's QTcpServer retries a failing accept() (EMFILE, ENFILE,
// ENOBUFS, ENOMEM) at once, forever, at 100% CPU; this one stops accepting for a short, growing delay
// (10 ms, doubling up to 1 s, back to the start after a success) and then tries again, while the
// waiting clients stay in the kernel's backlog. It never takes the process's last few descriptors,
// which the rest of the process needs. It also names each socket to the server before and after
// QAbstractHttpServer takes it, so the server's own per-connection code reads every byte first.
class SandboxListener : public QSslServer
{
    Q_OBJECT

public:
    explicit SandboxListener(bool tls, QObject *parent = nullptr);

    bool start(const QHostAddress &address, quint16 port);
    QTcpSocket *nextPendingConnection() override;

Q_SIGNALS:
    void accepted(QTcpSocket *socket); // before QAbstractHttpServer connects to the socket
    void handedOver(QTcpSocket *socket); // after it did

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending();
    void backOff(int error, const char *what);

    bool m_tls;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resume;
    int m_backoffMs = 0;
    QPointer<QTcpSocket> m_handedOut;
};
