#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxConnection.h"
#include "sandbox/SandboxErrors.h"
#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxJournal.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxListener.h"
#include "sandbox/SandboxService.h"
#include "sandbox/SandboxStore.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    case QHttpServerRequest::Method::Unknown:
    case QHttpServerRequest::Method::AnyKnown:
        break;
    }
    return "UNKNOWN";
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, SandboxStore *store, SandboxJournal *journal,
                             SandboxFaults *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_journal(journal)
    , m_faults(faults)
    , m_service(new SandboxService(config, store, this))
    , m_ids(config.seed ^ 0x1D5ULL ^ quint64(QDateTime::currentMSecsSinceEpoch()))
{ }

SandboxServer::~SandboxServer()
{
    // The listeners, their sockets and connections go first, while this object is whole: a
    // connection that closes still has its decided answers journaled as undelivered.
    const QList<QTcpServer *> listeners = servers();
    qDeleteAll(listeners);
}

quint16 SandboxServer::start(const QHostAddress &address, quint16 port, const QSslConfiguration *tls)
{
    auto *listener = new SandboxListener(tls != nullptr, this);
    if (tls) {
        listener->setSslConfiguration(*tls);
        if (config().headerTimeoutMs > 0)
            listener->setHandshakeTimeout(config().headerTimeoutMs);
    }
    if (!listener->start(address, port)) {
        m_error = listener->errorString();
        delete listener;
        return 0;
    }
    connect(listener, &SandboxListener::accepted, this, &SandboxServer::adopt);
    connect(listener, &SandboxListener::handedOver, this, [](QTcpSocket *socket) {
        if (SandboxConnection *c = SandboxConnection::of(socket))
            c->watchAfterQt();
    });
    bind(listener);
    return listener->serverPort();
}

const SandboxConfig &SandboxServer::config() const
{
    return m_service->config();
}

void SandboxServer::setConfig(const SandboxConfig &config)
{
    m_service->setConfig(config);
}

void SandboxServer::adopt(QTcpSocket *socket)
{
    // Qt writes an answer's head and body separately: with Nagle on, the body waited for the
    // client's delayed ACK (40 ms and more a page at 0 ms latency). A real gateway does not stall.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new SandboxConnection(
        socket, config(), [this](const Exchange &p) { write(p); }, [this](const Exchange &p) { refuse(p); });
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxConnection *connection = SandboxConnection::of(socket);
    Exchange p = connection ? connection->claim() : std::make_shared<SandboxExchange>();
    if (!p)
        return true; // after a close, a refusal or a timeout: not processed (RFC 9112 §9.6)
    p->socket = socket;
    p->responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    // The raw bytes as received: Qt 6.4 keeps a strictly encoded path and query as sent.
    p->request.method = methodName(request.method());
    p->request.rawPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    p->request.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    p->request.headers = request.headers();
    p->request.body = request.body();
    p->request.peer = request.remoteAddress();
    p->request.received = QDateTime::currentDateTimeUtc();
    p->route = SandboxRoutes::match(p->request.method, p->request.rawPath);
    p->requestId = m_ids.hex32().toLatin1();

    if (p->route.route == SandboxRoute::Journal) {
        deliver(p, journalResponse(p->request)); // never delayed, never faulted, never journaled
        return true;
    }

    const SandboxFaults::Decision d = m_faults->decide(p->route.route);
    p->fault = d.fault;
    if (p->fault && p->fault->kind == SandboxFault::Kind::Hang) {
        // No answer: the pending request lives until its connection goes away.
        SandboxResponse none;
        none.status = 0;
        none.note = QStringLiteral("hang");
        journal(*p, none, false);
        connect(socket, &QObject::destroyed, this, [p] { p->responder.reset(); });
        return true;
    }
    const int delay = config().latencyMs + d.extraLatencyMs;
    if (delay > 0)
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, p] { process(p); });
    else
        process(p);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; kept because Qt 6.4 makes it pure virtual.
    auto responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::refuse(const Exchange &p)
{
    // A request the connection refused before Qt parsed it: journaled like any other, never faulted.
    p->requestId = m_ids.hex32().toLatin1();
    p->route = SandboxRoutes::match(p->request.method, p->request.rawPath);
    SandboxResponse r = SandboxErrors::refused(p->response.status, p->requestId);
    r.note = p->response.note;
    deliver(p, r);
}

SandboxResponse SandboxServer::journalResponse(const SandboxRequest &request) const
{
    SandboxResponse r;
    if (config().loopbackOnlyJournal && !request.peer.isLoopback()) {
        r.status = 403;
        r.body = "{\"error_code\":\"SANDBOX.0403\",\"error_msg\":\"the journal is served to loopback clients only\"}";
        return r;
    }
    r.body = QJsonDocument(m_journal->snapshot()).toJson(QJsonDocument::Compact);
    return r;
}

void SandboxServer::process(const Exchange &p)
{
    SandboxResponse r;
    using Kind = SandboxFault::Kind;
    const std::optional<Kind> kind = p->fault ? std::optional<Kind>(p->fault->kind) : std::nullopt;
    if (kind == Kind::Throttle) {
        r = SandboxErrors::throttled(p->fault->intArg(0, 1), p->requestId);
    } else if (kind == Kind::ServerError) {
        r = SandboxErrors::sms(500, QLatin1String(SandboxErrors::Internal), QStringLiteral("Background exception"));
    } else if (kind == Kind::Unauthorized) {
        r = SandboxErrors::authFailed(QStringLiteral("injected fault"), p->requestId);
    } else if (kind == Kind::BadGateway) {
        r = SandboxErrors::html(502);
    } else if (kind == Kind::Unavailable) {
        r = SandboxErrors::html(503);
    } else if (kind == Kind::Refuse) {
        r.status = 0;
        r.note = QStringLiteral("connection closed, request not processed");
    } else {
        if (kind == Kind::PageShift) {
            const bool remove = !p->fault->args.isEmpty() && p->fault->args.at(0) == u"remove";
            const QString id = remove ? m_store->removeFirstTask() : m_store->insertTask();
            r.note = (remove ? QStringLiteral("page shift: removed ") : QStringLiteral("page shift: inserted ")) + id;
        }
        const QString note = r.note;
        r = m_service->handle(p->route, p->request, p->requestId);
        if (!note.isEmpty())
            r.note = note;
    }
    deliver(p, r);
}

void SandboxServer::deliver(const Exchange &p, SandboxResponse r)
{
    p->response = std::move(r);
    if (p->connection)
        p->connection->ready(p); // written once every earlier answer on the connection is
    else
        write(p);
}

void SandboxServer::finish(const Exchange &p)
{
    if (p->connection)
        p->connection->finished(p);
}

void SandboxServer::writeHead(SandboxExchange &p, const SandboxResponse &r, qint64 contentLength)
{
    auto status = static_cast<QHttpServerResponder::StatusCode>(r.status);
    p.responder->writeStatusLine(status);
    p.responder->writeHeader("Content-Type", r.contentType);
    p.responder->writeHeader("X-Request-Id", p.requestId);
    for (const auto &h : r.headers)
        p.responder->writeHeader(h.first, h.second);
    if (p.closeAfter)
        p.responder->writeHeader("Connection", "close");
    else if (p.keepAliveHeader)
        p.responder->writeHeader("Connection", "keep-alive");
    p.responder->writeHeader("Content-Length", QByteArray::number(contentLength));
    p.headWritten = true;
}

void SandboxServer::write(const Exchange &p)
{
    SandboxResponse r = p->response;
    using Kind = SandboxFault::Kind;
    const std::optional<Kind> kind = p->fault ? std::optional<Kind>(p->fault->kind) : std::nullopt;
    if (!p->alive()) {
        journal(*p, r, false); // the client gave up; the request was still processed
        return finish(p);
    }
    if (!p->responder) { // refused before Qt parsed it: no responder, the connection closes after it
        p->socket->write(SandboxConnection::rawAnswer(
            r.status,
            { { "Content-Type", r.contentType }, { "X-Request-Id", p->requestId }, { "Connection", "close" } },
            r.body));
        journal(*p, r, true);
        return finish(p);
    }
    if (kind == Kind::Refuse || kind == Kind::Reset) {
        journal(*p, r, false);
        p->socket->abort();
        return finish(p);
    }
    if (kind == Kind::Truncated && r.isJson) {
        r.body.truncate(r.body.size() / 2);
    } else if (kind == Kind::Malformed) {
        r.body = "{\"count\": 3, \"tasks\": [{\"id\": \"unterminated}, ]]";
        r.contentType = "application/json;charset=UTF-8";
    } else if (kind == Kind::WrongTypes && r.isJson) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonValue mangled
            = SandboxJson::mangleTypes(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        r.body = mangled.isArray() ? QJsonDocument(mangled.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(mangled.toObject()).toJson(QJsonDocument::Compact);
        if (r.body == "{}")
            r.body = "[]"; // an empty object in the wrong type
    }

    if (kind == Kind::ResetMid) {
        writeHead(*p, r, r.body.size());
        p->responder->writeBody(r.body.left(r.body.size() / 2));
        p->socket->flush();
        journal(*p, r, false);
        p->socket->abort();
        return finish(p);
    }
    if (kind == Kind::Trickle) {
        writeHead(*p, r, r.body.size());
        journal(*p, r, true);
        trickle(p, r.body, std::max(1, p->fault->intArg(0, 8)), std::max(0, p->fault->intArg(1, 100)));
        return;
    }
    writeHead(*p, r, r.body.size());
    p->responder->writeBody(QByteArray()); // ends the head (Qt 6.4 writes the blank line before a body)
    // The QByteArray overload lets the socket keep the page's bytes instead of copying 100 KB.
    p->socket->write(r.body);
    journal(*p, r, true);
    finish(p);
}

void SandboxServer::trickle(const Exchange &p, QByteArray rest, int chunk, int intervalMs)
{
    if (!p->alive())
        return finish(p);
    p->responder->writeBody(rest.left(chunk));
    rest.remove(0, chunk);
    if (rest.isEmpty())
        return finish(p);
    QTimer::singleShot(intervalMs, this, [this, p, rest, chunk, intervalMs] { trickle(p, rest, chunk, intervalMs); });
}

void SandboxServer::journal(const SandboxExchange &p, const SandboxResponse &r, bool delivered)
{
    if (p.route.route == SandboxRoute::Journal)
        return; // reading the journal does not change it
    QJsonObject e { { QStringLiteral("time"), p.request.received.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("method"), QString::fromLatin1(p.request.method) },
                    { QStringLiteral("path"), QString::fromLatin1(p.request.rawPath) },
                    { QStringLiteral("query"), QString::fromLatin1(p.request.rawQuery) },
                    { QStringLiteral("route"), SandboxRoutes::name(p.route.route) },
                    { QStringLiteral("status"), r.status },
                    { QStringLiteral("request_id"), QString::fromLatin1(p.requestId) },
                    { QStringLiteral("delivered"), delivered } };
    if (r.isDelete) {
        e.insert(QStringLiteral("ids_sent"), r.idsSent);
        e.insert(QStringLiteral("ids_deleted"), r.idsDeleted);
    }
    for (auto it = r.journalFields.constBegin(); it != r.journalFields.constEnd(); ++it)
        e.insert(it.key(), it.value());
    if (p.fault)
        e.insert(QStringLiteral("fault"), p.fault->spec);
    if (!r.note.isEmpty())
        e.insert(QStringLiteral("note"), r.note);
    m_journal->append(e);
}
