#include "secrets/SecretStore.h"

#include <QMetaObject>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSecrets, "sms.secrets")

namespace {
// A key no profile can have (profile ids are UUIDs): written, read back and deleted once per
// session to learn whether the keychain really works before "not found" is believed.
const QString ProbeKey = QStringLiteral("probe/check");
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &SecretStore::onWatchdog);
}

// A running backend job is never deleted here: its late answer is simply not delivered.
SecretStore::~SecretStore() = default;

int SecretStore::pendingCount() const
{
    return int(m_queue.size()) + (m_running ? 1 : 0) + int(m_awaitingProbe.size());
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    enqueue({ Op::Read, key, {}, context, context != nullptr, std::move(done), false });
}

void SecretStore::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    enqueue({ Op::Write, key, data, context, context != nullptr, std::move(done), false });
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    enqueue({ Op::Remove, key, {}, context, context != nullptr, std::move(done), false });
}

void SecretStore::enqueue(Request request, bool front)
{
    if (!m_usable) {
        deliver(request, failureResult(Status::Timeout));
        return;
    }
    if (front)
        m_queue.push_front(std::move(request));
    else
        m_queue.push_back(std::move(request));
    pump();
}

void SecretStore::pump()
{
    if (m_running || m_queue.empty() || !m_usable)
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    const quint64 ticket = ++m_ticket;
    const Op op = m_running->op;
    const QString key = m_running->key;
    const QByteArray data = m_running->data;
    m_watchdog.start(m_timeoutMs);
    startBackend(ticket, op, key, data); // may answer synchronously: use nothing of m_running after it
}

void SecretStore::finishBackend(quint64 ticket, const BackendResult &result)
{
    if (!m_running || ticket != m_ticket) {
        qCInfo(lcSecrets) << "ignoring a late keychain answer" << statusName(result.status);
        return;
    }
    m_watchdog.stop();
    Request request = std::move(*m_running);
    m_running.reset();
    if (result.status != Status::Ok && result.status != Status::NotFound)
        qCWarning(lcSecrets).noquote() << "keychain" << statusName(result.status) << "for" << request.key << "-"
                                       << result.detail;

    switch (result.status) {
    case Status::Ok:
        if (request.op != Op::Remove)
            m_knownWorking = true;
        deliver(request, { Status::Ok, result.data, {} });
        break;
    case Status::NotFound:
        if (request.op == Op::Write)
            deliver(request, failureResult(Status::Failed)); // a write cannot miss an entry
        else if (m_knownWorking || request.internal)
            deliver(request, failureResult(Status::NotFound));
        else
            handleUnverifiedNotFound(std::move(request));
        break;
    case Status::Unavailable:
    case Status::Locked:
    case Status::AccessDenied:
    case Status::Timeout:
    case Status::Failed:
        deliver(request, failureResult(result.status));
        break;
    }
    pump();
}

// A locked or missing keyring also answers "entry not found": ask the keychain to prove it works
// (write, read back, delete a probe entry) before the answer is believed.
void SecretStore::handleUnverifiedNotFound(Request request)
{
    m_awaitingProbe.append(std::move(request));
    if (!m_probing)
        startProbe();
}

void SecretStore::startProbe()
{
    m_probing = true;
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    Request write { Op::Write, ProbeKey, token, {}, false, nullptr, true };
    write.done = [this, token](const Result &written) {
        if (!written.ok())
            return finishProbe(written.status);
        Request read { Op::Read, ProbeKey, {}, {}, false, nullptr, true };
        read.done = [this, token](const Result &back) {
            if (!back.ok() || back.data != token)
                return finishProbe(back.ok() || back.status == Status::NotFound ? Status::Failed : back.status);
            enqueue({ Op::Remove, ProbeKey, {}, {}, false, [](const Result &) {}, true }, true);
            finishProbe(Status::Ok);
        };
        enqueue(std::move(read), true);
    };
    enqueue(std::move(write), true);
}

void SecretStore::finishProbe(Status status)
{
    m_probing = false;
    if (status == Status::Ok)
        m_knownWorking = true;
    const QList<Request> waiting = std::exchange(m_awaitingProbe, {});
    for (const Request &r : waiting)
        deliver(r, failureResult(status == Status::Ok ? Status::NotFound : status));
}

void SecretStore::onWatchdog()
{
    if (!m_running)
        return;
    // The running job cannot be cancelled and must not be deleted: forget it, and stop using the
    // keychain for the rest of the session so nothing queues behind it.
    m_usable = false;
    qCWarning(lcSecrets) << "the keychain did not answer within" << m_timeoutMs << "ms; not used again this session";
    Request running = std::move(*m_running);
    m_running.reset();
    deliver(running, failureResult(Status::Timeout));
    while (!m_queue.empty()) {
        Request r = std::move(m_queue.front());
        m_queue.pop_front();
        deliver(r, failureResult(Status::Timeout));
    }
    if (!m_awaitingProbe.isEmpty())
        finishProbe(Status::Timeout);
    Q_EMIT becameUnusable(message(Status::Timeout, m_timeoutMs));
}

void SecretStore::deliver(const Request &request, const Result &result)
{
    if (request.internal) {
        if (request.done)
            request.done(result);
        return;
    }
    // Always from the event loop, so callers never see their callback run inside read()/write().
    QMetaObject::invokeMethod(
        this,
        [request, result] {
            if (request.hasContext && !request.context)
                return;
            if (request.done)
                request.done(result);
        },
        Qt::QueuedConnection);
}

SecretStore::Result SecretStore::failureResult(Status status) const
{
    return { status, {}, message(status, m_timeoutMs) };
}

QString SecretStore::message(Status status, int timeoutMs)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No secret is saved in the keychain for this profile.");
    case Status::Unavailable:
        return tr("No keychain service is available: no Secret Service (such as GNOME Keyring, KWallet or "
                  "KeePassXC) answers on this desktop session. Start one and try again, or use the secret for "
                  "this session only; it is never written to a file.");
    case Status::Locked:
        return tr("The keyring is locked or has no default (login) collection. Unlock it, for example by logging "
                  "in to the desktop or with your keyring manager, and try again, or use the secret for this "
                  "session only.");
    case Status::AccessDenied:
        return tr("Access to the keychain was denied. Allow SMS Task Manager to use the keyring and try again, "
                  "or use the secret for this session only.");
    case Status::Timeout:
        return tr("The keychain did not answer within %n second(s), so it is not used again in this session. "
                  "Restart the app to try again, or use the secret for this session only.",
                  nullptr, qMax(1, (timeoutMs + 999) / 1000));
    case Status::Failed:
        return tr("The keychain reported an error (details are in the log). Try again, or use the secret for "
                  "this session only.");
    }
    return {};
}

bool SecretStore::isKeychainProblem(Status status)
{
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        return false;
    case Status::Unavailable:
    case Status::Locked:
    case Status::AccessDenied:
    case Status::Timeout:
    case Status::Failed:
        return true;
    }
    return true;
}

QString SecretStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::Locked:
        return QStringLiteral("locked");
    case Status::AccessDenied:
        return QStringLiteral("access-denied");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
