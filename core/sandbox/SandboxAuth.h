#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// The gateway's authentication: SDK-HMAC-SHA256 rebuilt from the received SignedHeaders
// (reference/signing.md §3), the 15-minute X-Sdk-Date window, the account's project/domain id,
// temporary credentials with X-Security-Token, IAM tokens in X-Auth-Token, and the AK lockout.
// Lives in the server thread only.
class SandboxAuth
{
public:
    explicit SandboxAuth(const SandboxConfig &config);

    struct Result
    {
        bool ok = false;
        QString detail; // text after "Incorrect IAM authentication information: "
        QString principal; // "ak:<AK>", "temp-ak:<AK>" or "token"
    };

    // X-Project-Id / X-Domain-Id must name the account when present; neither is required (project
    // discovery signs without one, and the Go SDK's vectors sign only x-sdk-date).
    Result verify(const SandboxRequest &request, const QDateTime &nowUtc);

    // Password authentication (POST /v3/auth/tokens): a new token valid for tokenTtlS.
    QByteArray issueToken(const QDateTime &nowUtc, QDateTime *expiresAt);

    void setConfig(const SandboxConfig &config) { m_config = config; }

private:
    Result verifyToken(const SandboxRequest &request, const QByteArray &token, const QDateTime &nowUtc) const;
    Result verifySignature(const SandboxRequest &request, const QDateTime &nowUtc);
    Result fail(const QByteArray &ak, const QString &detail, const QDateTime &nowUtc);

    struct Lock
    {
        int failures = 0;
        QDateTime lockedUntil;
    };

    SandboxConfig m_config;
    QHash<QByteArray, QDateTime> m_tokens; // token -> expiry
    QHash<QByteArray, Lock> m_locks; // per AK
    quint64 m_tokenCounter = 0;
};
