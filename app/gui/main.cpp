#include "ops/MallocArenas.h"
#include "sandbox/SandboxHost.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/Profile.h"
#include "settings/ProfileStore.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/TaskListWidget.h"
#include "ui/TaskTableView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    limitMallocArenas();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sms-task-manager"));
    QApplication::setOrganizationName(QStringLiteral("sms-task-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMS Task Manager"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // The desktop file's id: the shell matches the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smstaskmanager.SmsTaskManager"));

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
    const QCommandLineOption checkInstall(
        QStringLiteral("check-install"),
        QCoreApplication::translate("main",
                                    "With --demo: list the demo, print what a standard button of the "
                                    "interface language reads, and quit (a check of an installation)."));
    parser.addOptions({ demo, lang, demoTasks, checkInstall });
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
    if (parser.isSet(checkInstall)) {
        // The demo lists; then Qt's own translation of a standard button is printed (qtbase_*.qm,
        // found where Qt is installed) and the app quits. 60 s without a listing is a failure.
        auto *list = window.findChild<TaskListWidget *>();
        QObject::connect(list, &TaskListWidget::loadFinished, &app, [list] {
            const QDialogButtonBox box(QDialogButtonBox::Cancel);
            std::printf("sms-task-manager: the demo listed %d tasks; a standard button reads: %s\n",
                        list->table()->model()->rowCount(),
                        box.button(QDialogButtonBox::Cancel)->text().toUtf8().constData());
            std::fflush(stdout);
            QCoreApplication::exit(list->lastLoadFailed() ? 1 : 0);
        });
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "sms-task-manager: the demo did not list within 60 s\n");
            QCoreApplication::exit(1);
        });
    }
    sandbox.start();
    return app.exec();
}
