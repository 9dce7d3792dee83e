// sms-sandbox: serves the local SMS v3 + IAM emulator until SIGINT/SIGTERM.
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    // write() is async-signal-safe; the event loop reads the other end.
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

bool parseInt(const QString &text, long long lo, long long hi, long long *out)
{
    bool ok = false;
    const long long v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sms-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    const SandboxConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local emulator of the Huawei Cloud SMS v3 and IAM endpoints the SMS Task Manager uses.\n"
        "Prints 'sms-sandbox listening on http://HOST:PORT' first (https:// with --tls-cert and --tls-key),\n"
        "then serves until SIGINT/SIGTERM.\n"
        "The SK may also come from the environment variable SMS_SANDBOX_SK.\n"
        "Fault SPEC: ROUTE:KIND[:ARG...][@nth=N|@p=P|@always][xCOUNT], e.g. tasks:429:2@p=0.3, delete:reset@nth=1,\n"
        "  tasks:page-shift:insert@nth=2, action:500@nth=1.\n"
        "  ROUTE: tasks task sources delete delete-one action sources-delete source-delete tokens projects\n"
        "  domains *.\n"
        "  KIND: latency:MS 429[:RETRY_AFTER_S] 401 500 502 503 reset reset-mid refuse truncated malformed\n"
        "  wrong-types trickle[:BYTES[:MS]] hang page-shift[:insert|remove]. See SANDBOX.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to bind (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"), defaults.host);
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption tasks(QStringLiteral("tasks"),
                                   QStringLiteral("Number of tasks (default 40, up to 100000)."), QStringLiteral("N"),
                                   QString::number(defaults.tasks));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QStringLiteral("Number of source servers (default: derived from --tasks)."),
                                     QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data and faults (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption ak(QStringLiteral("ak"), QStringLiteral("Access key the account accepts."),
                                QStringLiteral("AK"), QString::fromLatin1(defaults.ak));
    const QCommandLineOption sk(QStringLiteral("sk"), QStringLiteral("Secret key of --ak (or env SMS_SANDBOX_SK)."),
                                QStringLiteral("SK"));
    const QCommandLineOption tempAk(QStringLiteral("temp-ak"),
                                    QStringLiteral("Temporary access key (needs X-Security-Token)."),
                                    QStringLiteral("AK"));
    const QCommandLineOption tempSk(QStringLiteral("temp-sk"), QStringLiteral("Secret key of --temp-ak."),
                                    QStringLiteral("SK"));
    const QCommandLineOption securityToken(QStringLiteral("security-token"),
                                           QStringLiteral("Security token that must come with --temp-ak."),
                                           QStringLiteral("T"));
    const QCommandLineOption iamUser(QStringLiteral("iam-user"),
                                     QStringLiteral("IAM user name for POST /v3/auth/tokens."), QStringLiteral("NAME"));
    const QCommandLineOption iamPassword(QStringLiteral("iam-password"), QStringLiteral("IAM user password."),
                                         QStringLiteral("P"));
    const QCommandLineOption iamDomain(QStringLiteral("iam-domain"), QStringLiteral("IAM account (domain) name."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl-s"),
                                      QStringLiteral("Token lifetime in seconds (default 86400)."), QStringLiteral("S"),
                                      QString::number(defaults.tokenTtlS));
    const QCommandLineOption domainId(QStringLiteral("domain-id"), QStringLiteral("Account (domain) id."),
                                      QStringLiteral("ID"), defaults.domainId);
    const QCommandLineOption projectId(QStringLiteral("project-id"), QStringLiteral("Project id of --region."),
                                       QStringLiteral("ID"), defaults.projectId);
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Region id (default cn-north-4)."),
                                    QStringLiteral("R"), defaults.region);
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every response by MS without blocking the server."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption deny(QStringLiteral("deny"),
                                  QStringLiteral("Answer the routes of this IAM action with 403 SMS.9004 (repeatable): "
                                                 "sms:server:listTask, sms:server:queryServer, "
                                                 "sms:server:batchDeleteTask, sms:server:deleteTask, "
                                                 "sms:server:manageTask, sms:server:batchDelete, sms:server:delete, "
                                                 "sms:server:migrationServer (deleteTask, manageTask and delete)."),
                                  QStringLiteral("IAM_ACTION"));
    const QCommandLineOption fault(
        QStringLiteral("fault"), QStringLiteral("Inject a fault (repeatable); grammar above."), QStringLiteral("SPEC"));
    const QCommandLineOption batch(QStringLiteral("batch-semantics"),
                                   QStringLiteral("What a batch delete with a bad id does: atomic-named (default: 400 "
                                                  "naming the bad ids), atomic-unnamed (400 without ids), partial "
                                                  "(200, the bad ids silently kept)."),
                                   QStringLiteral("MODE"), SandboxConfig::toString(defaults.batch));
    const QCommandLineOption deleteDelay(QStringLiteral("delete-delay-ms"),
                                         QStringLiteral("Deleted tasks show DELETING for MS before they vanish."),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption stopDelay(
        QStringLiteral("stop-delay-ms"),
        QStringLiteral("A stopped task's source reads stopping for MS before stopped (default %1; 0 = at once).")
            .arg(defaults.stopDelayMs),
        QStringLiteral("MS"), QString::number(defaults.stopDelayMs));
    const QCommandLineOption timeUnit(QStringLiteral("time-unit"),
                                      QStringLiteral("Unit of time fields: ms (default) or s."), QStringLiteral("UNIT"),
                                      SandboxConfig::toString(defaults.timeUnit));
    const QCommandLineOption akLockout(QStringLiteral("ak-lockout"),
                                       QStringLiteral("Lock an AK for 5 minutes after 5 failed signatures in a row."));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("Deletion rule wording the service enforces: deny-list (default, "
                                                 "newer docs) or allow-list (older docs)."),
                                  QStringLiteral("WORDING"), SandboxConfig::toString(defaults.rule));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate (the server's first, then "
                                                    "any intermediates); needs --tls-key."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("Unencrypted PEM private key of --tls-cert (RSA, EC or DSA)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({ host,        port,      tasks,         sources,   seed,        ak,        sk,
                        tempAk,      tempSk,    securityToken, iamUser,   iamPassword, iamDomain, tokenTtl,
                        domainId,    projectId, region,        latency,   deny,        fault,     batch,
                        deleteDelay, stopDelay, timeUnit,      akLockout, rule,        tlsCert,   tlsKey });
    // The limits against hostile clients, each a whole number in a range (README, "Limits").
    SandboxConfig c;
    struct LimitFlag
    {
        QCommandLineOption option;
        int *target;
        int min;
        int max;
    };
    const auto limit = [](const char *name, const char *valueName, const char *what, int *target, int min, int max) {
        return LimitFlag { QCommandLineOption(QString::fromLatin1(name),
                                              QString::fromLatin1(what).arg(*target).arg(min).arg(max),
                                              QString::fromLatin1(valueName), QString::number(*target)),
                           target, min, max };
    };
    const int day = 86400000;
    const QList<LimitFlag> limits {
        limit("idle-timeout-ms", "MS", "Close a kept-alive connection idle for MS (default %1; %2 = never, up to %3).",
              &c.idleTimeoutMs, 0, day),
        limit("header-timeout-ms", "MS",
              "A request's head must arrive within MS of its first byte, a new connection's first head within MS "
              "of the accept; else 408 and close (default %1; %2 = never, up to %3).",
              &c.headerTimeoutMs, 0, day),
        limit("body-timeout-ms", "MS",
              "A request's body must arrive within MS of the end of its head; else 408 and close (default %1; %2 = "
              "never, up to %3).",
              &c.bodyTimeoutMs, 0, day),
        limit("max-request-line", "BYTES", "Longest request line (BYTES); longer: 414 and close (default %1, %2-%3).",
              &c.maxRequestLineBytes, 64, 64 * 1024 * 1024),
        limit("max-header-bytes", "BYTES", "Largest request head (BYTES); larger: 431 and close (default %1, %2-%3).",
              &c.maxHeaderBytes, 256, 64 * 1024 * 1024),
        limit("max-body-bytes", "BYTES", "Largest request body (BYTES); larger: 413 and close (default %1, %2-%3).",
              &c.maxBodyBytes, 0, 256 * 1024 * 1024),
        limit("journal-max-entries", "N",
              "Journal entries (N) kept other than deletes; the oldest are dropped (default %1, %2-%3).",
              &c.journalMaxEntries, 1, 10000000),
        limit("journal-max-delete-entries", "N",
              "Delete entries (N) kept; dropping one marks the journal lost_deletes (default %1, %2-%3).",
              &c.journalMaxDeleteEntries, 1, 10000000),
        limit("journal-max-field", "CHARS",
              "Longest journal text field (path, query, note) in CHARS (default %1, %2-%3).", &c.journalMaxFieldChars,
              64, 64 * 1024 * 1024),
    };
    for (const LimitFlag &f : limits)
        parser.addOption(f.option);
    parser.process(app);

    QTextStream err(stderr);
    const auto die = [&err](const QString &message) {
        err << "sms-sandbox: " << message << '\n';
        err.flush();
        return 2;
    };
    long long n = 0;
    for (const LimitFlag &f : limits) {
        if (!parseInt(parser.value(f.option), f.min, f.max, &n))
            return die(QStringLiteral("--%1 must be %2-%3").arg(f.option.names().constFirst()).arg(f.min).arg(f.max));
        *f.target = int(n);
    }
    c.host = parser.value(host);
    if (!parseInt(parser.value(port), 0, 65535, &n))
        return die(QStringLiteral("--port must be 0-65535"));
    c.port = quint16(n);
    if (!parseInt(parser.value(tasks), 0, 100000, &n))
        return die(QStringLiteral("--tasks must be 0-100000"));
    c.tasks = int(n);
    if (parser.isSet(sources)) {
        if (!parseInt(parser.value(sources), 1, 100000, &n))
            return die(QStringLiteral("--sources must be 1-100000"));
        c.sources = int(n);
    }
    bool ok = false;
    c.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return die(QStringLiteral("--seed must be an unsigned integer"));
    c.ak = parser.value(ak).toUtf8();
    if (parser.isSet(sk))
        c.sk = parser.value(sk).toUtf8();
    else if (qEnvironmentVariableIsSet("SMS_SANDBOX_SK"))
        c.sk = qgetenv("SMS_SANDBOX_SK");
    c.tempAk = parser.value(tempAk).toUtf8();
    c.tempSk = parser.value(tempSk).toUtf8();
    c.securityToken = parser.value(securityToken).toUtf8();
    if (!c.tempAk.isEmpty() && (c.tempSk.isEmpty() || c.securityToken.isEmpty()))
        return die(QStringLiteral("--temp-ak needs --temp-sk and --security-token"));
    c.iamUser = parser.value(iamUser);
    c.iamPassword = parser.value(iamPassword);
    c.iamDomain = parser.value(iamDomain);
    if (!parseInt(parser.value(tokenTtl), 1, 7 * 86400, &n))
        return die(QStringLiteral("--token-ttl-s must be 1-604800"));
    c.tokenTtlS = int(n);
    c.domainId = parser.value(domainId);
    c.projectId = parser.value(projectId);
    c.region = parser.value(region);
    if (!parseInt(parser.value(latency), 0, 600000, &n))
        return die(QStringLiteral("--latency-ms must be 0-600000"));
    c.latencyMs = int(n);
    c.deny = parser.values(deny);
    c.faults = parser.values(fault);
    const auto b = SandboxConfig::batchFromString(parser.value(batch));
    if (!b)
        return die(QStringLiteral("--batch-semantics must be atomic-named, atomic-unnamed or partial"));
    c.batch = *b;
    if (!parseInt(parser.value(deleteDelay), 0, 3600000, &n))
        return die(QStringLiteral("--delete-delay-ms must be 0-3600000"));
    c.deleteDelayMs = int(n);
    if (!parseInt(parser.value(stopDelay), 0, 3600000, &n))
        return die(QStringLiteral("--stop-delay-ms must be 0-3600000"));
    c.stopDelayMs = int(n);
    const auto u = SandboxConfig::timeUnitFromString(parser.value(timeUnit));
    if (!u)
        return die(QStringLiteral("--time-unit must be ms or s"));
    c.timeUnit = *u;
    c.akLockout = parser.isSet(akLockout);
    const auto r = SandboxConfig::ruleFromString(parser.value(rule));
    if (!r)
        return die(QStringLiteral("--rule must be deny-list or allow-list"));
    c.rule = *r;
    c.tlsCertFile = parser.value(tlsCert);
    c.tlsKeyFile = parser.value(tlsKey);
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty())
        return die(QStringLiteral("--tls-cert and --tls-key go together"));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return die(QStringLiteral("cannot create the signal pipe"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);

    SandboxHost sandbox(c);
    const QUrl url = sandbox.startAndWait(60000);
    if (url.isEmpty())
        return die(sandbox.errorString().isEmpty() ? QStringLiteral("cannot start") : sandbox.errorString());
    std::printf("sms-sandbox listening on %s\n", url.toString().toUtf8().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
