#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxRandom.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxRoute.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerResponder;
class SandboxFaults;
class SandboxJournal;
class SandboxService;
class SandboxStore;

// The HTTP side of the emulator (Qt 6.4 QAbstractHttpServer): copies each request, asks the
// service for the answer, and delivers it now, later (latency) or broken (faults). Never blocks:
// delays are QTimers, so concurrent requests overlap as over a real network. On Qt 6.4 a responder
// holds a raw socket that Qt deletes when the client goes away, so each pending answer keeps a
// QPointer to its socket and is dropped if the socket is gone.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(const SandboxConfig &config, SandboxStore *store, SandboxJournal *journal, SandboxFaults *faults,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    const SandboxConfig &config() const;
    void setConfig(const SandboxConfig &config);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending;

    void process(const std::shared_ptr<Pending> &p);
    void deliver(const std::shared_ptr<Pending> &p, SandboxResponse response);
    void trickle(const std::shared_ptr<Pending> &p, QByteArray rest, int chunk, int intervalMs);
    void writeHead(Pending &p, const SandboxResponse &response, qint64 contentLength);
    void journal(const Pending &p, const SandboxResponse &response, bool delivered);
    SandboxResponse journalResponse(const SandboxRequest &request) const;

    SandboxStore *m_store;
    SandboxJournal *m_journal;
    SandboxFaults *m_faults;
    SandboxService *m_service;
    SandboxRandom m_ids;
};
