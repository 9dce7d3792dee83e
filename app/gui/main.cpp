#include "MainWindow.h"
#include "Profile.h"
#include "SandboxHost.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>

namespace {
// Credentials from the environment, as the official SDK examples name them; never written anywhere.
std::optional<Profile> environmentProfile()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto first = [&env](std::initializer_list<const char *> names) {
        for (const char *n : names) {
            const QString v = env.value(QString::fromLatin1(n));
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    Profile p;
    p.kind = Profile::Kind::Environment;
    p.name = QCoreApplication::translate("main", "Environment");
    p.credentials.ak = first({ "HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK" }).toUtf8();
    p.credentials.sk = first({ "HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK" }).toUtf8();
    p.credentials.securityToken = first({ "HUAWEICLOUD_SDK_SECURITY_TOKEN" }).toUtf8();
    p.credentials.projectId = first({ "HUAWEICLOUD_SDK_PROJECT_ID" });
    p.credentials.domainId = first({ "HUAWEICLOUD_SDK_DOMAIN_ID" });
    p.region = first({ "HUAWEICLOUD_SDK_REGION" });
    const QString endpoint = first({ "SMS_ENDPOINT" });
    p.endpoint = QUrl(endpoint.isEmpty() ? QStringLiteral("https://sms.%1.myhuaweicloud.com")
                                               .arg(p.region.isEmpty() ? QStringLiteral("cn-north-4") : p.region)
                                         : endpoint);
    if (!p.credentials.isValid())
        return std::nullopt;
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sms-task-manager"));
    QApplication::setOrganizationName(QStringLiteral("sms-task-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMS Task Manager"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists and deletes Huawei Cloud SMS migration tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Run on the built-in sandbox (no real account)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                  QStringLiteral("lang"));
    const QCommandLineOption demoTasks(QStringLiteral("demo-tasks"),
                                       QStringLiteral("Number of sandbox tasks in demo mode."), QStringLiteral("n"),
                                       QStringLiteral("60"));
    parser.addOptions({ demo, lang, demoTasks });
    parser.process(app);

    if (parser.isSet(lang) && !Translations::available().contains(parser.value(lang))) {
        fprintf(stderr, "sms-task-manager: unknown language '%s' (use zh_CN or en)\n", qPrintable(parser.value(lang)));
        return 2;
    }
    // --lang wins, then the choice saved from View > Language, then the system locale.
    const QString language
        = parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("language")).toString();
    Translations::install(Translations::resolve(language));

    std::optional<Profile> env = parser.isSet(demo) ? std::nullopt : environmentProfile();
    MainWindow *window = nullptr;
    if (env) {
        window = new MainWindow(*env);
        window->show();
        window->refresh();
        const int rc = app.exec();
        delete window;
        return rc;
    }

    // Demo mode: the emulator serves in its own thread; no keychain access at all.
    SandboxConfig config;
    config.tasks = parser.value(demoTasks).toInt();
    config.latencyMs = 60;
    SandboxHost sandbox(config);
    QObject::connect(&sandbox, &SandboxHost::listening, &app, [&](const QUrl &url) {
        Credentials c;
        c.ak = config.ak;
        c.sk = config.sk;
        c.projectId = config.projectId;
        window = new MainWindow(Profile::demo(url, c, config.region));
        window->show();
        window->refresh();
    });
    QObject::connect(&sandbox, &SandboxHost::failed, &app, [&app](const QString &message) {
        auto *box = new QMessageBox(
            QMessageBox::Critical, QStringLiteral("SMS Task Manager"),
            QCoreApplication::translate("main", "The built-in sandbox could not start: %1").arg(message));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
        box->open();
    });
    sandbox.start();
    const int rc = app.exec();
    delete window;
    return rc;
}
