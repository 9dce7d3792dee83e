#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the emulator can be told, from the sms-sandbox command line or from a test.
// Defaults give a small, valid account that the demo profile signs for.
struct SandboxConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int tasks = 40;
    int sources = -1; // derived from tasks when negative
    quint64 seed = 1;

    QByteArray ak = "SANDBOXAK0000000DEMO";
    QByteArray sk = "sandbox-secret-key-0000000000000000000000";
    QByteArray tempAk, tempSk, securityToken; // temporary credentials (need X-Security-Token)

    QString iamUser, iamPassword, iamDomain; // password auth for POST /v3/auth/tokens
    int tokenTtlS = 86400;

    QString domainId = QStringLiteral("5a9d3c1e2b4f47a8b6c0d1e2f3a4b5c6");
    QString projectId = QStringLiteral("0b7d5f4c3a2e4d1f9e8c7b6a5d4c3b2a");
    QString region = QStringLiteral("cn-north-4");

    int latencyMs = 0; // added to every response, without blocking the server thread
    QStringList deny; // IAM actions answered with 403 SMS.9004
    QStringList faults; // fault SPECs (SANDBOX.md, "Faults")

    enum class BatchSemantics { AtomicNamed, AtomicUnnamed, Partial };
    BatchSemantics batch = BatchSemantics::AtomicNamed;
    int deleteDelayMs = 0; // > 0: deleted tasks show DELETING first and vanish after this delay
    // A stopped task's source reads stopping (task ABORTING) this long before stopped (ABORT); 0: at once.
    int stopDelayMs = 1500;
    enum class TimeUnit { Ms, S };
    TimeUnit timeUnit = TimeUnit::Ms;
    bool akLockout = false; // 5 failed signatures in a row lock the AK
    int akLockoutS = 300; // how long a locked AK stays locked (the gateway's 5 minutes)
    int akLockoutThreshold = 5;

    // Which wording of the deletion rule (reference/sms-api.md §6.3) the emulated service enforces.
    enum class Rule { DenyList, AllowList };
    Rule rule = Rule::DenyList;

    int clockSkewToleranceS = 15 * 60; // X-Sdk-Date window

    // Hostile clients (README "Limits"). A timeout of 0 never fires.
    int idleTimeoutMs = 30000; // a kept-alive connection with no request in progress is closed
    int headerTimeoutMs = 10000; // a request's head must be complete this long after its first byte (or the accept)
    int bodyTimeoutMs = 10000; // its body this long after the end of the head
    int maxRequestLineBytes = 16 * 1024; // longer: 414, then close
    int maxHeaderBytes = 64 * 1024; // request line plus headers; more: 431, then close
    int maxBodyBytes = 1024 * 1024; // more: 413, then close (when Content-Length says so, before reading it)
    int journalMaxEntries = 10000; // entries other than deletes; beyond it the oldest are dropped
    int journalMaxDeleteEntries = 20000; // delete entries; dropping one marks the journal lost_deletes
    int journalMaxFieldChars = 1024; // longer path, query, note... are cut, with a marker
    bool loopbackOnlyJournal = true; // GET /_sandbox/journal answers loopback peers only

    // HTTPS (SANDBOX.md, "HTTPS"): PEM files read when the server starts. The certificate file holds
    // the server certificate first, then any intermediates; the key must not be encrypted. Set, the
    // sandbox serves HTTPS only and url() says https.
    QString tlsCertFile, tlsKeyFile;
    bool tlsEnabled() const { return !tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty(); }

    // Names used on the command line and in the journal.
    static QString toString(BatchSemantics b);
    static std::optional<BatchSemantics> batchFromString(const QString &s);
    static QString toString(TimeUnit u);
    static std::optional<TimeUnit> timeUnitFromString(const QString &s);
    static QString toString(Rule r);
    static std::optional<Rule> ruleFromString(const QString &s);

    int effectiveSources() const; // sources, or the count derived from tasks
};
