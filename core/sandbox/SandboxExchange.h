#pragma once

#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxRoute.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <optional>

class SandboxConnection;

// One request on a connection and its answer, from the moment the connection framed it until the
// answer is written or dropped. Answers leave in request order (RFC 9112 §9.3.2), so an answer that
// is ready early waits here. On Qt 6.4 the responder holds a raw socket pointer that Qt deletes
// when the client goes away: the QPointer says whether it is still there.
struct SandboxExchange
{
    std::unique_ptr<QHttpServerResponder> responder; // none for a request refused before Qt parsed it
    QPointer<QTcpSocket> socket;
    QPointer<SandboxConnection> connection;
    SandboxRequest request;
    SandboxRouteMatch route;
    QByteArray requestId;
    std::optional<SandboxFault> fault;
    SandboxResponse response;

    bool claimed = false; // a request Qt parsed was matched with it (or it needs none: a refusal)
    bool ready = false; // its answer is decided
    bool closeAfter = false; // the connection closes once this answer is written
    bool keepAliveHeader = false; // an HTTP/1.0 keep-alive request: the answer says so
    bool headWritten = false;

    bool alive() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
};
