#include "secrets/KeychainSecretStore.h"

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

SecretStore::Status KeychainSecretStore::mapError(QKeychain::Error error, const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound; // SecretStore decides whether to believe it
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    case QKeychain::OtherError:
        break;
    }
    // On the libsecret path (0.13.2) a missing backend is OtherError with a D-Bus text, and a
    // locked or missing login collection is OtherError "Object does not exist at path …".
    const auto has
        = [&errorString](const char *text) { return errorString.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("does not exist at path") || has("/collection/") || has("locked"))
        return Status::Locked;
    if (has("dismissed") || has("denied") || has("not allowed"))
        return Status::AccessDenied;
    if (has("org.freedesktop.secrets") || has("autolaunch") || has("d-bus") || has("dbus") || has("ServiceUnknown")
        || has("not provided by any") || has("No keychain service") || has("disconnected") || has("no reply"))
        return Status::Unavailable;
    return Status::Failed;
}

void KeychainSecretStore::startBackend(quint64 ticket, Op op, const QString &key, const QByteArray &data)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // explicit: never a plain-text copy (keychain.md §4)
    connect(job, &QKeychain::Job::finished, this, [this, ticket, op](QKeychain::Job *done) {
        BackendResult r;
        r.status = mapError(done->error(), done->errorString());
        if (done->error() != QKeychain::NoError)
            r.detail = QStringLiteral("QtKeychain error %1: %2").arg(int(done->error())).arg(done->errorString());
        if (r.status == Status::Ok && op == Op::Read)
            r.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
        finishBackend(ticket, r);
    });
    job->start();
}
