#include "TasksCli.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/Profile.h"
#include "settings/ProfileStore.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// Reads a password from the terminal without echo; secrets never come from the command line.
QString readPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char line[512] = {};
    const bool ok = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    QString s = ok ? QString::fromLocal8Bit(line) : QString();
    while (s.endsWith(u'\n') || s.endsWith(u'\r'))
        s.chop(1);
    return s;
}

// A task id as SMS issues them (UUIDs): letters, digits and - _ . only. Anything else — blank,
// huge, a control character, bytes that are not UTF-8 — is a typo or an injection, never an id.
QString idProblem(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    if (id.trimmed().isEmpty())
        return QCoreApplication::translate("main", "A task id is empty.");
    if (valid.match(id).hasMatch())
        return {};
    QString shown;
    for (const QChar c : id.left(40))
        shown += c.isPrint() && c != QChar::ReplacementCharacter ? QString(c) : QStringLiteral("?");
    return QCoreApplication::translate("main",
                                       "\"%1\" is not a task id: ids are 1 to 128 letters, digits, \"-\", \"_\" or "
                                       "\".\".")
        .arg(shown + (id.size() > 40 ? QStringLiteral("…") : QString()));
}

// delete --where/--source-state/--older-than into o.filter; the usage problem, if any. Never beside ids,
// nor beside the list's server-side --state/--name, which match differently (exactly, on the service).
QString filterProblem(const QCommandLineParser &p, const QCommandLineOption &where,
                      const QCommandLineOption &sourceState, const QCommandLineOption &olderThan, TasksCli::Options &o)
{
    if (!p.isSet(where) && !p.isSet(sourceState) && !p.isSet(olderThan))
        return {};
    if (o.command != TasksCli::Command::Delete)
        return QCoreApplication::translate("main", "--where, --source-state and --older-than belong to delete.");
    if (!o.ids.isEmpty())
        return QCoreApplication::translate("main",
                                           "Give task ids or a filter (--where, --source-state, --older-than), not "
                                           "both.");
    if (p.isSet(QStringLiteral("state")) || p.isSet(QStringLiteral("name")))
        return QCoreApplication::translate("main",
                                           "--state and --name filter the list command; delete filters with --where "
                                           "state=... and --where name=...");
    QStringList clauses = p.values(where);
    for (const QString &states : p.values(sourceState))
        clauses.append(QStringLiteral("source_state=") + states);
    for (const QString &clause : std::as_const(clauses)) {
        if (const QString problem = o.filter.addWhere(clause); !problem.isEmpty())
            return problem;
    }
    if (p.values(olderThan).size() > 1)
        return QCoreApplication::translate("main", "--older-than is given twice.");
    return p.isSet(olderThan) ? o.filter.setOlderThan(p.value(olderThan)) : QString();
}

int usage(const QString &problem)
{
    std::fprintf(stderr, "sms-tasks: %s\n%s\n", qPrintable(problem),
                 qPrintable(QCoreApplication::translate("main", "Run sms-tasks --help for the usage.")));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sms-task-manager"));
    QCoreApplication::setOrganizationName(QStringLiteral("sms-task-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The system proxy (http_proxy/https_proxy/no_proxy) is used, as any desktop tool should.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Translations::install(Translations::resolve(Translations::fromArguments(QCoreApplication::arguments())));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Lists, stops and deletes Huawei Cloud SMS migration tasks.\n\n"
        "Commands:\n"
        "  list [--state S] [--name N] [--json]\n"
        "  delete ID... [--dry-run] [--yes] [--allow-uncertain] [--stop-first] [--json]\n"
        "  delete --where KEY=V1[,V2...]... [--source-state S1[,S2...]] [--older-than N(d|h)]\n"
        "         [--dry-run] [--yes] [--allow-uncertain] [--json]\n"
        "    KEY: state (task state), source_state, name (part of the name, any case); every --where\n"
        "    must match, any value of one does. --older-than: created more than N days (or hours) ago;\n"
        "    a task without a creation date never matches. Not with ids or --stop-first; the plan is\n"
        "    printed before anything is sent.\n"
        "  stop ID... [--wait] [--dry-run] [--yes] [--json]\n\n"
        "Credentials come from the environment: HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK (these win), or\n"
        "CLOUD_SDK_AK/CLOUD_SDK_SK; HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys;\n"
        "HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_DOMAIN_ID, HUAWEICLOUD_SDK_IAM_ENDPOINT.\n"
        "For an IAM password login give --iam-user and --iam-domain; the password comes from\n"
        "SMS_IAM_PASSWORD or is asked on the terminal. --profile NAME uses a profile saved in the app,\n"
        "with its secrets from the system keychain.\n\n"
        "Exit status: 0 every requested id deleted or already deleted (stop: stopped; a filter: every\n"
        "matched task that was sent; none matching is 0 too), 1 some not, 2 usage, configuration or\n"
        "authentication error before anything was deleted."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QCoreApplication::translate("main", "SMS endpoint URL."), QStringLiteral("url"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QCoreApplication::translate("main", "Region, e.g. cn-north-4."),
                                    QStringLiteral("region"));
    const QCommandLineOption iamEndpoint(QStringLiteral("iam-endpoint"),
                                         QCoreApplication::translate("main", "IAM endpoint URL."),
                                         QStringLiteral("url"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
                                       QCoreApplication::translate("main", "Project id (X-Project-Id)."),
                                       QStringLiteral("id"));
    const QCommandLineOption domainId(QStringLiteral("domain-id"),
                                      QCoreApplication::translate("main", "Account (domain) id (X-Domain-Id)."),
                                      QStringLiteral("id"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"),
                                      QCoreApplication::translate("main", "Extra CA certificates to trust (PEM)."),
                                      QStringLiteral("file"));
    const QCommandLineOption iamUser(QStringLiteral("iam-user"), QCoreApplication::translate("main", "IAM user name."),
                                     QStringLiteral("name"));
    const QCommandLineOption iamDomain(QStringLiteral("iam-domain"),
                                       QCoreApplication::translate("main", "Account (domain) name for the IAM login."),
                                       QStringLiteral("name"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        QCoreApplication::translate("main",
                                    "A saved profile of the app (secrets from the keychain), or \"environment\"."),
        QStringLiteral("name"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("main", "Transfer timeout per request, seconds."),
                                     QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QCoreApplication::translate("main", "zh_CN or en."),
                                     QStringLiteral("lang"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QCoreApplication::translate("main", "list: task state filter."),
                                   QStringLiteral("state"));
    const QCommandLineOption name(
        QStringLiteral("name"), QCoreApplication::translate("main", "list: task name filter."), QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("main", "Machine-readable JSON."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("main", "delete: print the plan, send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), QCoreApplication::translate("main", "delete: do not ask."));
    const QCommandLineOption confirmDeadline(
        QStringLiteral("confirm-deadline"),
        QCoreApplication::translate("main", "delete: at most this long confirming the outcome, seconds."),
        QStringLiteral("s"), QStringLiteral("180"));
    const QCommandLineOption allowUncertain(
        QStringLiteral("allow-uncertain"),
        QCoreApplication::translate("main", "delete: also send uncertain tasks, one per call."));
    const QCommandLineOption stopFirst(
        QStringLiteral("stop-first"),
        QCoreApplication::translate("main", "delete: stop running tasks first, wait, then delete them."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QCoreApplication::translate("main", "stop: wait until each source shows Paused."));
    const QCommandLineOption stopTimeout(
        QStringLiteral("stop-timeout"),
        QCoreApplication::translate("main",
                                    "stop --wait, delete --stop-first: wait at most this long a task, seconds."),
        QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption where(
        QStringLiteral("where"),
        QCoreApplication::translate("main", "delete: only listed tasks where KEY is one of the values (repeatable)."),
        QStringLiteral("key=values"));
    const QCommandLineOption sourceState(
        QStringLiteral("source-state"),
        QCoreApplication::translate("main", "delete: short for --where source_state=STATES."),
        QStringLiteral("states"));
    const QCommandLineOption olderThan(
        QStringLiteral("older-than"),
        QCoreApplication::translate("main", "delete: only tasks created more than N days (Nd) or hours (Nh) ago."),
        QStringLiteral("age"));
    p.addOptions({ profileOpt, endpoint, region,      iamEndpoint, projectId,      domainId,
                   caBundle,   iamUser,  iamDomain,   timeout,     langOpt,        state,
                   name,       json,     dryRun,      yes,         allowUncertain, confirmDeadline,
                   stopFirst,  wait,     stopTimeout, where,       sourceState,    olderThan });
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("list | delete | stop"));
    p.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("task ids (delete, stop)"),
                            QStringLiteral("[ID...]"));
    if (!p.parse(QCoreApplication::arguments()))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("sms-tasks %s\n", PROJECT_VERSION);
        return 0;
    }

    TasksCli::Options o;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage(QCoreApplication::translate("main", "No command given."));
    if (args.first() == u"list") {
        o.command = TasksCli::Command::List;
        if (args.size() > 1)
            return usage(QCoreApplication::translate("main", "list takes no ids."));
        if (p.isSet(where) || p.isSet(sourceState) || p.isSet(olderThan))
            return usage(
                QCoreApplication::translate("main", "--where, --source-state and --older-than belong to delete."));
    } else if (args.first() == u"delete" || args.first() == u"stop") {
        o.command = args.first() == u"stop" ? TasksCli::Command::Stop : TasksCli::Command::Delete;
        o.ids = args.mid(1);
        if (const QString problem = filterProblem(p, where, sourceState, olderThan, o); !problem.isEmpty())
            return usage(problem);
        if (o.ids.isEmpty() && !o.filter.isActive())
            return usage(QCoreApplication::translate("main", "%1 needs at least one task id.").arg(args.first()));
        for (const QString &id : std::as_const(o.ids)) {
            if (const QString problem = idProblem(id); !problem.isEmpty())
                return usage(problem);
        }
    } else {
        return usage(QCoreApplication::translate("main", "Unknown command \"%1\".").arg(args.first()));
    }
    // A flag given with a blank value is a mistake (an unset variable in a script), never "the default":
    // `--endpoint ""` would otherwise act on the default region's real account.
    for (const QCommandLineOption *flag :
         { &endpoint, &region, &iamEndpoint, &projectId, &domainId, &caBundle, &iamUser, &iamDomain, &profileOpt,
           &state, &name, &langOpt, &sourceState, &olderThan }) {
        if (p.isSet(*flag) && p.value(*flag).trimmed().isEmpty())
            return usage(QCoreApplication::translate("main", "--%1 is empty.").arg(flag->names().constFirst()));
    }
    if (p.isSet(projectId) && p.isSet(domainId))
        return usage(QCoreApplication::translate("main", "Give --project-id or --domain-id, not both."));
    bool ok = false;
    const int timeoutS = p.value(timeout).toInt(&ok);
    if (!ok || timeoutS <= 0 || timeoutS > 600)
        return usage(QCoreApplication::translate("main", "--timeout must be 1 to 600 seconds."));
    const int deadlineS = p.value(confirmDeadline).toInt(&ok);
    if (!ok || deadlineS <= 0 || deadlineS > 3600)
        return usage(QCoreApplication::translate("main", "--confirm-deadline must be 1 to 3600 seconds."));
    o.confirmDeadlineMs = deadlineS * 1000;
    const int stopTimeoutS = p.value(stopTimeout).toInt(&ok);
    if (!ok || stopTimeoutS <= 0 || stopTimeoutS > 86400)
        return usage(QCoreApplication::translate("main", "--stop-timeout must be 1 to 86400 seconds."));
    o.stopTimeoutMs = stopTimeoutS * 1000;
    o.stopFirst = p.isSet(stopFirst);
    o.wait = p.isSet(wait);
    if (o.stopFirst && o.command != TasksCli::Command::Delete)
        return usage(QCoreApplication::translate("main", "--stop-first belongs to delete."));
    if (o.wait && o.command != TasksCli::Command::Stop)
        return usage(QCoreApplication::translate("main", "--wait belongs to stop (delete --stop-first always waits)."));
    if (o.stopFirst && o.filter.isActive())
        return usage(QCoreApplication::translate("main",
                                                 "--stop-first cannot be combined with a filter: a filter must never "
                                                 "stop live migrations from a cron job. Give the task ids."));
    if (o.stopFirst && p.isSet(allowUncertain))
        return usage(QCoreApplication::translate("main",
                                                 "--stop-first does not send uncertain tasks; drop "
                                                 "--allow-uncertain."));

    o.json = p.isSet(json);
    o.dryRun = p.isSet(dryRun);
    o.yes = p.isSet(yes);
    o.allowUncertain = p.isSet(allowUncertain);
    o.stateFilter = p.value(state);
    o.nameFilter = p.value(name);
    o.profileName = QStringLiteral("environment");

    // Flags win over the profile or the environment they refine.
    auto applyFlags = [&](ConnectionSpec &s) {
        s.timeoutMs = timeoutS * 1000;
        if (p.isSet(region))
            s.region = p.value(region);
        if (p.isSet(endpoint))
            s.smsEndpoint = p.value(endpoint);
        if (p.isSet(iamEndpoint))
            s.iamEndpoint = p.value(iamEndpoint);
        if (p.isSet(caBundle))
            s.caBundlePath = p.value(caBundle);
        if (p.isSet(projectId)) {
            s.credentials.projectId = p.value(projectId);
            s.credentials.domainId.clear();
        }
        if (p.isSet(domainId)) {
            s.credentials.domainId = p.value(domainId);
            s.credentials.projectId.clear();
        }
    };

    const QString profileName = p.value(profileOpt);
    if (!profileName.isEmpty() && profileName != Profile::environmentId()) {
        if (p.isSet(iamUser))
            return usage(QCoreApplication::translate("main", "--iam-user cannot be combined with --profile."));
        // A saved profile: the same QSettings entries and keychain items as the app.
        auto *store = new ProfileStore(&app);
        const QString id = store->findId(profileName);
        if (id.isEmpty())
            return usage(QCoreApplication::translate("main", "No saved profile named \"%1\".").arg(profileName));
        auto *keychain = new KeychainSecretStore(QStringLiteral("sms-task-manager"), &app);
        keychain->setTimeoutMs(20000);
        auto *secrets = new ProfileSecrets(keychain, &app);
        TasksCli *cli = nullptr;
        secrets->load(store->profile(id), &app,
                      [&, o](const Profile &profile, SecretStore::Status status, const QString &message) mutable {
                          if (status != SecretStore::Status::Ok) {
                              std::fprintf(stderr, "sms-tasks: %s\n", qPrintable(message));
                              QCoreApplication::exit(2);
                              return;
                          }
                          o.profileName = profile.name;
                          o.session = profile.toConnectionSpec();
                          applyFlags(o.session);
                          cli = new TasksCli(o, &app);
                          cli->start();
                      });
        return app.exec();
    }

    o.profileName = Profile::environmentId();
    ConnectionSpec &s = o.session;
    // The environment's variables, taken as a set (HUAWEICLOUD_SDK_* before CLOUD_SDK_*).
    if (const std::optional<Profile> envProfile = Profile::fromEnvironment(env))
        s = envProfile->toConnectionSpec();
    for (const QString &warning : Profile::environmentWarnings(env))
        std::fprintf(stderr, "sms-tasks: %s\n", qPrintable(warning));
    applyFlags(s);
    if (p.isSet(iamUser)) {
        s.iamUser = p.value(iamUser);
        s.iamDomain = p.value(iamDomain);
        if (s.iamDomain.isEmpty())
            return usage(QCoreApplication::translate("main", "--iam-user needs --iam-domain (the account name)."));
        s.iamPassword = env.value(QStringLiteral("SMS_IAM_PASSWORD"));
        if (s.iamPassword.isEmpty())
            s.iamPassword = readPassword(QCoreApplication::translate("main", "IAM password for %1: ").arg(s.iamUser));
        if (s.iamPassword.isEmpty())
            return usage(
                QCoreApplication::translate("main", "No IAM password: set SMS_IAM_PASSWORD or run on a terminal."));
    }

    TasksCli cli(o);
    QTimer::singleShot(0, &cli, &TasksCli::start);
    return app.exec();
}
