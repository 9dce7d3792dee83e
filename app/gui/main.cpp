#include "ops/MallocArenas.h"
#include "sandbox/SandboxHost.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/Profile.h"
#include "settings/ProfileStore.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSettings>

int main(int argc, char *argv[])
{
    limitMallocArenas();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sms-task-manager"));
    QApplication::setOrganizationName(QStringLiteral("sms-task-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMS Task Manager"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    // The system proxy (http_proxy/https_proxy/no_proxy) is used, as any desktop tool should.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // The language first, so --help and every message are translated: --lang wins, then the
    // choice saved from View > Language, then the system locale.
    QString language = Translations::fromArguments(QCoreApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    Translations::install(Translations::resolve(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lists and deletes Huawei Cloud SMS migration tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Run on the built-in sandbox (no real account)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language: zh_CN or en."),
                                  QStringLiteral("lang"));
    const QCommandLineOption demoTasks(QStringLiteral("demo-tasks"),
                                       QCoreApplication::translate("main", "Number of sandbox tasks in demo mode."),
                                       QStringLiteral("n"), QStringLiteral("60"));
    parser.addOptions({ demo, lang, demoTasks });
    parser.process(app);

    if (parser.isSet(lang) && !Translations::available().contains(parser.value(lang))) {
        fprintf(stderr, "sms-task-manager: %s\n",
                qPrintable(QCoreApplication::translate("main", "unknown language \"%1\" (use zh_CN or en)")
                               .arg(parser.value(lang))));
        return 2;
    }

    // The emulator serves the Demo profile from its own thread; the demo never touches the keychain.
    SandboxConfig config;
    config.tasks = parser.value(demoTasks).toInt();
    config.latencyMs = 60;
    SandboxHost sandbox(config);
    // The stores live as long as the window: profiles in QSettings, secrets in the OS keychain.
    ProfileStore profiles;
    KeychainSecretStore keychain(QStringLiteral("sms-task-manager"));
    ProfileSecrets secrets(&keychain);
    MainWindow window(&profiles, &secrets);
    window.setEnvironmentProfile(Profile::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    QObject::connect(&sandbox, &SandboxHost::listening, &window, [&](const QUrl &url) {
        Credentials c;
        c.ak = config.ak;
        c.sk = config.sk;
        c.projectId = config.projectId;
        window.setDemoProfile(Profile::demo(url, c, config.region));
        window.show();
        window.chooseProfile(parser.isSet(demo) ? Profile::demoId() : window.initialProfileId());
    });
    QObject::connect(&sandbox, &SandboxHost::failed, &window, [&window](const QString &message) {
        // Without the sandbox the app still works on real accounts.
        window.show();
        const QString id = window.initialProfileId();
        if (id != Profile::demoId())
            window.chooseProfile(id);
        auto *box = new QMessageBox(
            QMessageBox::Warning, QStringLiteral("SMS Task Manager"),
            QCoreApplication::translate("main", "The built-in sandbox could not start: %1").arg(message),
            QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    sandbox.start();
    return app.exec();
}
