#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxJournal.h"

#include <QJsonArray>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;
class SandboxFaults;
class SandboxServer;
class SandboxStore;

// Runs the emulator in its own QThread, so the GUI thread never serves HTTP. Everything here is
// callable from the owner's thread; the data behind it is guarded for the server thread.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxHost() override; // stops the thread cleanly

    void start(); // async; emits listening(url) or failed(message)
    QUrl startAndWait(int timeoutMs = 5000); // for tests and the CLI; an empty QUrl on failure
    void stop(); // closes the server and joins the thread (also done by the destructor)
    QUrl url() const; // https:// when the config names TLS files
    QString errorString() const;

    QJsonArray journal() const; // thread-safe snapshot, same content as GET /_sandbox/journal
    SandboxJournal::Stats journalStats() const; // entries kept, dropped, dropped deletes (lost_deletes)
    void clearJournal();
    bool addFault(const QString &spec, QString *error = nullptr); // thread-safe, in-process injection
    void clearFaults();

    int taskCount() const;
    QStringList taskIds() const; // every task id, in list order
    QString insertTask(); // a new task at the top of the list order (page shifts); its id
    QString removeFirstTask(); // removes the top task; its id
    bool removeTask(const QString &taskId); // gone behind the client's back (a later delete gets 404)
    bool setTaskState(const QString &taskId, const QString &state); // any string, e.g. DELETING
    // Changes the source of a task: state (empty keeps it), Agent connection, presence in /v3/sources.
    bool setTaskSource(const QString &taskId, const QString &state, std::optional<bool> connected,
                       std::optional<bool> listed = std::nullopt);

    // Changes settings read per request (batch semantics, rule, deny, latency, delete delay, time
    // unit, lockout, journal limits...) while running; blocks until the server thread has them. The
    // connection limits (timeouts, request sizes) apply to connections accepted afterwards.
    void reconfigure(const std::function<void(SandboxConfig &)> &change);
    SandboxConfig config() const;

Q_SIGNALS:
    void listening(const QUrl &url);
    void failed(const QString &message);

private:
    void startInThread(const SandboxConfig &config);

    SandboxConfig m_config;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxJournal> m_journal;
    std::unique_ptr<SandboxFaults> m_faults;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; the server is its child
    SandboxServer *m_server = nullptr; // owned by m_context, touched only in m_thread

    mutable QMutex m_mutex;
    QUrl m_url;
    QString m_error;
    bool m_done = false;
    QWaitCondition m_started;
};
