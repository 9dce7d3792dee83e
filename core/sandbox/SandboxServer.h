#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRandom.h"
#include "sandbox/SandboxResponse.h"

#include <QAbstractHttpServer>

#include <memory>

class QHostAddress;
class QSslConfiguration;
class QTcpSocket;
class SandboxFaults;
class SandboxJournal;
class SandboxService;
class SandboxStore;
struct SandboxExchange;
struct SandboxRequest;

// The HTTP side of the emulator (Qt 6.4 QAbstractHttpServer): copies each request, asks the
// service for the answer, and delivers it now, later (latency) or broken (faults). Never blocks:
// delays are QTimers, so concurrent requests overlap as over a real network. Each connection has a
// SandboxConnection (limits, timeouts, close semantics, answers in request order) and each request a
// SandboxExchange, which keeps a QPointer to its socket: on Qt 6.4 a responder holds a raw socket
// that Qt deletes when the client goes away, and an answer for a socket that is gone is dropped.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(const SandboxConfig &config, SandboxStore *store, SandboxJournal *journal, SandboxFaults *faults,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens (HTTPS only when tls is given) and returns the port, or 0 with errorString() set.
    quint16 start(const QHostAddress &address, quint16 port, const QSslConfiguration *tls);
    QString errorString() const { return m_error; }

    const SandboxConfig &config() const;
    void setConfig(const SandboxConfig &config);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Exchange = std::shared_ptr<SandboxExchange>;

    void adopt(QTcpSocket *socket);
    void refuse(const Exchange &p);
    void process(const Exchange &p);
    void deliver(const Exchange &p, SandboxResponse response);
    void write(const Exchange &p);
    void trickle(const Exchange &p, QByteArray rest, int chunk, int intervalMs);
    void finish(const Exchange &p);
    void writeHead(SandboxExchange &p, const SandboxResponse &response, qint64 contentLength);
    void journal(const SandboxExchange &p, const SandboxResponse &response, bool delivered);
    SandboxResponse journalResponse(const SandboxRequest &request) const;

    SandboxStore *m_store;
    SandboxJournal *m_journal;
    SandboxFaults *m_faults;
    SandboxService *m_service;
    SandboxRandom m_ids;
    QString m_error;
};
