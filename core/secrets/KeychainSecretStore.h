#pragma once

#include "secrets/SecretStore.h"

#include <qt6keychain/keychain.h>

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). One job at a time; jobs are never parented, cancelled or deleted by us
// (QtKeychain deletes each one itself after `finished`), so a hung job cannot crash the app.
// Never enables QtKeychain's insecure (plain-text) fallback.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *DefaultService = "sms-task-manager";

    explicit KeychainSecretStore(const QString &service = QString::fromLatin1(DefaultService),
                                 QObject *parent = nullptr);

    QString service() const { return m_service; }

    // QtKeychain's error (and, for OtherError, its D-Bus text) to our status. Public for tests.
    static Status mapError(QKeychain::Error error, const QString &errorString);

protected:
    void startBackend(quint64 ticket, Op op, const QString &key, const QByteArray &data) override;

private:
    QString m_service;
};
