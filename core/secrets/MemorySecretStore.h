#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// An in-memory backend for tests. It can imitate the keychain's failure modes, including a job that
// never finishes (the watchdog's case) and a locked keyring that answers "not found" to reads.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class Mode {
        Working,
        Hang, // starts the operation and never answers (until releaseHung())
        NoService, // every operation: Unavailable
        Locked, // reads and deletes answer NotFound, writes answer Locked (gnome-keyring, keychain.md §3)
        AccessDenied,
    };

    explicit MemorySecretStore(QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    QHash<QString, QByteArray> contents() const { return m_data; }
    int startedCount() const { return m_started; }
    int maxConcurrent() const { return m_maxConcurrent; }
    bool hasHungJob() const { return m_hungTicket != 0; }
    // Answers the hung operation now, as a late QtKeychain job would.
    void releaseHung();

protected:
    void startBackend(quint64 ticket, Op op, const QString &key, const QByteArray &data) override;

private:
    BackendResult run(Op op, const QString &key, const QByteArray &data);

    QHash<QString, QByteArray> m_data;
    Mode m_mode = Mode::Working;
    int m_latencyMs = 0;
    int m_started = 0;
    int m_running = 0;
    int m_maxConcurrent = 0;
    quint64 m_hungTicket = 0;
};
