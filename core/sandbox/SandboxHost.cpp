#include "sandbox/SandboxHost.h"

#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxJournal.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

namespace {

// The server side of the HTTPS variant, from the PEM files the config names.
bool loadTls(const SandboxConfig &config, QSslConfiguration *out, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("HTTPS is not available: Qt has no TLS backend (%1)")
                     .arg(QSslSocket::activeBackend().isEmpty() ? QStringLiteral("none") : QSslSocket::activeBackend());
        return false;
    }
    if (config.tlsCertFile.isEmpty() || config.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("HTTPS needs both a certificate file and a key file");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.tlsCertFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate could be read from '%1'").arg(config.tlsCertFile);
        return false;
    }
    QFile keyFile(config.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file '%1': %2").arg(config.tlsKeyFile, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    // The PEM does not say the algorithm to QSslKey: try the usual ones.
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM private key (RSA, EC or DSA) could be read from '%1'")
                     .arg(config.tlsKeyFile);
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::SecureProtocols);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by signature, not certificate
    *out = ssl;
    return true;
}

SandboxJournal::Limits journalLimits(const SandboxConfig &config)
{
    return { config.journalMaxEntries, config.journalMaxDeleteEntries, config.journalMaxFieldChars };
}

} // namespace

SandboxHost::SandboxHost(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(std::make_unique<SandboxStore>(config))
    , m_journal(std::make_unique<SandboxJournal>(journalLimits(config)))
    , m_faults(std::make_unique<SandboxFaults>(config.seed))
{
    for (const QString &spec : config.faults) {
        QString error;
        if (!m_faults->add(spec, &error))
            m_error = error; // reported by start()
    }
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start()
{
    if (m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_error.isEmpty()) {
            m_done = true;
            const QString error = m_error;
            lock.unlock();
            Q_EMIT failed(error);
            return;
        }
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sms-sandbox"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    const SandboxConfig config = this->config();
    QMetaObject::invokeMethod(
        m_context, [this, config] { startInThread(config); }, Qt::QueuedConnection);
}

void SandboxHost::startInThread(const SandboxConfig &config)
{
    // Generating 50,000 tasks takes a moment: here, not in the caller's (GUI) thread.
    m_store->generate();
    auto *server = new SandboxServer(config, m_store.get(), m_journal.get(), m_faults.get(), m_context);
    QHostAddress address;
    if (config.host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address = QHostAddress(config.host);
    QUrl url;
    QString error;
    QSslConfiguration tls;
    if (address.isNull()) {
        error = QStringLiteral("invalid host address '%1'").arg(config.host);
    } else if (config.tlsEnabled() && !loadTls(config, &tls, &error)) {
        error = QStringLiteral("HTTPS: ") + error;
    } else {
        const quint16 port = server->start(address, config.port, config.tlsEnabled() ? &tls : nullptr);
        if (port == 0) {
            error = QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(config.host)
                        .arg(config.port)
                        .arg(server->errorString());
        } else {
            m_server = server;
            url.setScheme(config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"));
            url.setHost(address.toString());
            url.setPort(port);
        }
    }
    if (!error.isEmpty())
        delete server;
    {
        QMutexLocker lock(&m_mutex);
        m_url = url;
        m_error = error;
        m_done = true;
        m_started.wakeAll();
    }
    if (url.isValid() && !url.isEmpty())
        Q_EMIT listening(url);
    else
        Q_EMIT failed(error);
}

QUrl SandboxHost::startAndWait(int timeoutMs)
{
    start();
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!m_done) {
        if (!m_started.wait(&m_mutex, deadline))
            break;
    }
    return m_url;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    // Delete the server (and its sockets, timers and pending answers) in its own thread.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
    QMutexLocker lock(&m_mutex);
    m_url.clear();
}

QUrl SandboxHost::url() const
{
    QMutexLocker lock(&m_mutex);
    return m_url;
}

QString SandboxHost::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QJsonArray SandboxHost::journal() const
{
    return m_journal->snapshot();
}

SandboxJournal::Stats SandboxHost::journalStats() const
{
    return m_journal->stats();
}

void SandboxHost::clearJournal()
{
    m_journal->clear();
}

bool SandboxHost::addFault(const QString &spec, QString *error)
{
    return m_faults->add(spec, error);
}

void SandboxHost::clearFaults()
{
    m_faults->clear();
}

int SandboxHost::taskCount() const
{
    return m_store->taskCount();
}

QStringList SandboxHost::taskIds() const
{
    return m_store->allTaskIds();
}

QString SandboxHost::insertTask()
{
    return m_store->insertTask();
}

QString SandboxHost::removeFirstTask()
{
    return m_store->removeFirstTask();
}

bool SandboxHost::removeTask(const QString &taskId)
{
    return m_store->remove({ taskId }) == 1;
}

bool SandboxHost::setTaskState(const QString &taskId, const QString &state)
{
    return m_store->setTaskState(taskId, state);
}

bool SandboxHost::setTaskSource(const QString &taskId, const QString &state, std::optional<bool> connected,
                                std::optional<bool> listed)
{
    return m_store->setSource(taskId, state, connected, listed);
}

void SandboxHost::reconfigure(const std::function<void(SandboxConfig &)> &change)
{
    {
        QMutexLocker lock(&m_mutex);
        change(m_config);
        m_journal->setLimits(journalLimits(m_config));
    }
    if (!m_thread)
        return;
    const SandboxConfig config = this->config();
    QMetaObject::invokeMethod(
        m_context,
        [this, config] {
            if (m_server)
                m_server->setConfig(config);
        },
        Qt::BlockingQueuedConnection);
}

SandboxConfig SandboxHost::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}
