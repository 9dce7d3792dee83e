#include "secrets/MemorySecretStore.h"

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::startBackend(quint64 ticket, Op op, const QString &key, const QByteArray &data)
{
    ++m_started;
    ++m_running;
    m_maxConcurrent = qMax(m_maxConcurrent, m_running);
    if (m_mode == Mode::Hang) {
        m_hungTicket = ticket;
        return;
    }
    QTimer::singleShot(m_latencyMs, this, [this, ticket, op, key, data] {
        --m_running;
        finishBackend(ticket, run(op, key, data));
    });
}

void MemorySecretStore::releaseHung()
{
    if (!m_hungTicket)
        return;
    const quint64 ticket = std::exchange(m_hungTicket, 0);
    --m_running;
    finishBackend(ticket, { Status::Ok, {}, {} });
}

SecretStore::BackendResult MemorySecretStore::run(Op op, const QString &key, const QByteArray &data)
{
    switch (m_mode) {
    case Mode::Working:
    case Mode::Hang:
        break;
    case Mode::NoService:
        return { Status::Unavailable, {}, QStringLiteral("memory store: no service") };
    case Mode::Locked:
        if (op == Op::Write)
            return { Status::Locked, {}, QStringLiteral("memory store: locked") };
        return { Status::NotFound, {}, {} };
    case Mode::AccessDenied:
        return { Status::AccessDenied, {}, QStringLiteral("memory store: denied") };
    }
    switch (op) {
    case Op::Read:
        if (!m_data.contains(key))
            return { Status::NotFound, {}, {} };
        return { Status::Ok, m_data.value(key), {} };
    case Op::Write:
        m_data.insert(key, data);
        return { Status::Ok, {}, {} };
    case Op::Remove:
        if (!m_data.remove(key))
            return { Status::NotFound, {}, {} };
        return { Status::Ok, {}, {} };
    }
    return { Status::Failed, {}, {} };
}
