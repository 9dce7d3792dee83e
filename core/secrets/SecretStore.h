#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

// Asynchronous secret storage, one operation at a time (QtKeychain 0.13.2 runs one job at a time and
// cannot cancel one). This base class owns the queue, the watchdog and the meaning of the answers;
// a backend (KeychainSecretStore, MemorySecretStore) only starts one operation and reports its raw
// result. Callbacks always run later from the event loop, never inside read()/write()/remove().
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // only reported once the keychain is known to work this session
        Unavailable, // no Secret Service / no D-Bus session / no backend
        Locked, // keyring locked or without a login collection
        AccessDenied, // the user or the system refused access
        Timeout, // the watchdog fired: the keychain is not used again this session
        Failed, // any other backend error
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QByteArray data; // read only
        QString message; // localized, for the user; never carries a secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // `done` runs only while `context` is alive (a null context means "always").
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // How long one backend operation may take before the keychain is given up for the session.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // False once the watchdog fired: every later request fails with Timeout without touching the backend.
    bool isUsable() const { return m_usable; }
    // True once a write or a read succeeded (or the probe did): only then is "not found" believed.
    bool isKnownWorking() const { return m_knownWorking; }
    int pendingCount() const;

    // The localized text for a status. Backend error strings are logged, never shown.
    static QString message(Status status, int timeoutMs = 5000);
    // Whether the UI should offer "use the secret for this session only".
    static bool isKeychainProblem(Status status);
    static QString statusName(Status status);

Q_SIGNALS:
    void becameUnusable(const QString &message);

protected:
    enum class Op { Read, Write, Remove };
    struct BackendResult
    {
        Status status = Status::Ok;
        QByteArray data;
        QString detail; // the backend's own error text, for the log only
    };

    // Start one operation and answer exactly once with finishBackend(ticket, ...), normally later
    // from the event loop. Never called while another operation runs.
    virtual void startBackend(quint64 ticket, Op op, const QString &key, const QByteArray &data) = 0;
    // Answers for a ticket that is no longer current (after a watchdog timeout) are ignored.
    void finishBackend(quint64 ticket, const BackendResult &result);

private:
    struct Request
    {
        Op op = Op::Read;
        QString key;
        QByteArray data;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        bool internal = false; // the probe: its callback runs even when the store is unusable
    };

    void enqueue(Request request, bool front = false);
    void pump();
    void onWatchdog();
    void deliver(const Request &request, const Result &result);
    void handleUnverifiedNotFound(Request request);
    void startProbe();
    void finishProbe(Status status);
    Result failureResult(Status status) const;

    std::deque<Request> m_queue;
    std::optional<Request> m_running;
    quint64 m_ticket = 0;
    QTimer m_watchdog;
    int m_timeoutMs = 5000;
    bool m_usable = true;
    bool m_knownWorking = false;
    bool m_probing = false;
    QList<Request> m_awaitingProbe; // "not found" answers waiting for the probe's verdict
};
