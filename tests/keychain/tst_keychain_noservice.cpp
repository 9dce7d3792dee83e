// The keychain failure paths against real D-Bus sessions this test starts itself (keychain.md §7.1):
// (b) a session bus with no Secret Service, (c) the same on the KWallet4 path where QtKeychain's
// insecure fallback would write plain text, and (d) gnome-keyring without an unlocked login
// keyring. Each runs this binary in a child mode inside `dbus-run-session`, with no DISPLAY and a
// fresh HOME, then scans that HOME for the secrets.
#include "SecretScan.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using Status = SecretStore::Status;

namespace {
const QByteArray ChildAk = "HPUANOSERVICETEST001";
const QByteArray ChildSk = "NoServiceTestSecretKey000000000000000042";
const QString ProfileId = QStringLiteral("8d7c3a52-1b6e-4f7e-9d0a-5c4b3a291807");

Profile childProfile()
{
    Profile p;
    p.id = ProfileId;
    p.name = QStringLiteral("no-service");
    p.region = QStringLiteral("cn-north-4");
    p.credentials.ak = ChildAk;
    p.credentials.sk = ChildSk;
    return p;
}

// Child mode: load (nothing saved), save, load again; one JSON line on stdout.
int runChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(QStringLiteral("sms-task-manager-noservice-test"));
    store.setTimeoutMs(20000);
    ProfileSecrets secrets(&store);
    QJsonObject out;
    auto record = [&out](const char *step, Status status, const QString &message) {
        out.insert(QLatin1String(step),
                   QJsonObject { { QStringLiteral("status"), SecretStore::statusName(status) },
                                 { QStringLiteral("message"), message } });
    };
    Profile bare = childProfile();
    bare.clearSecrets();
    secrets.load(bare, &app, [&](const Profile &, Status s1, const QString &m1) {
        record("load1", s1, m1);
        secrets.save(childProfile(), &app, [&](const Profile &, Status s2, const QString &m2) {
            record("save", s2, m2);
            secrets.load(bare, &app, [&](const Profile &loaded, Status s3, const QString &m3) {
                record("load2", s3, m3);
                out.insert(QStringLiteral("loadedSk"), !loaded.credentials.sk.isEmpty());
                out.insert(QStringLiteral("knownWorking"), store.isKnownWorking());
                std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
                std::fputs("\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        });
    });
    QTimer::singleShot(90000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
} // namespace

class tst_KeychainNoService : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QJsonObject result;
        QString home;
        QString stderrText;
    };

    // Runs the child in its own bus; `config` empty = the stock session configuration.
    void runScenario(const QString &config, const QStringList &extraEnv, Run &run, QTemporaryDir &home)
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (dbusRunSession.isEmpty())
            QFAIL("dbus-run-session is not installed");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             { "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
               "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        QDir(home.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));

        QStringList args;
        if (!config.isEmpty())
            args << QStringLiteral("--config-file=") + config;
        args << QStringLiteral("--") << QCoreApplication::applicationFilePath() << QStringLiteral("--child");
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(dbusRunSession, args);
        QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
        QVERIFY(p.waitForFinished(100000));
        run.stderrText = QString::fromLocal8Bit(p.readAllStandardError());
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        run.result = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(!run.result.isEmpty(), out.constData());
        run.home = home.path();
        qInfo().noquote() << "child:" << out.trimmed() << "\nchild log:" << run.stderrText.trimmed();
    }

    static QString status(const Run &run, const char *step)
    {
        return run.result.value(QLatin1String(step)).toObject().value(QStringLiteral("status")).toString();
    }
    static QString message(const Run &run, const char *step)
    {
        return run.result.value(QLatin1String(step)).toObject().value(QStringLiteral("message")).toString();
    }

    void verifyNothingLeaked(const Run &run)
    {
        int files = 0;
        QCOMPARE(SecretScan::scanFolder(run.home, { ChildAk, ChildSk }, &files), QStringList());
        // Never QtKeychain's plain-text fallback file, whatever the backend.
        QVERIFY(!QFile::exists(run.home + QStringLiteral("/.config/sms-task-manager-noservice-test.conf")));
        QCOMPARE(SecretScan::scanText(QStringLiteral("child log"), run.stderrText.toUtf8(), { ChildAk, ChildSk }),
                 QStringList());
    }

    QString noServiceConfig(QTemporaryDir &dir)
    {
        // The stock session configuration without its service directories: nothing can be activated.
        QFile stock(QStringLiteral("/usr/share/dbus-1/session.conf"));
        if (!stock.open(QIODevice::ReadOnly))
            return {};
        QByteArray conf;
        const QList<QByteArray> lines = stock.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.contains("<standard_session_servicedirs"))
                conf += line + '\n';
        }
        const QString path = dir.filePath(QStringLiteral("nosvc.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(conf) != conf.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void noSecretService()
    {
        QTemporaryDir dir, home;
        const QString conf = noServiceConfig(dir);
        if (conf.isEmpty())
            QFAIL("no /usr/share/dbus-1/session.conf to derive nosvc.conf from");
        Run run;
        runScenario(conf, {}, run, home);
        if (QTest::currentTestFailed())
            return;
        const QString unavailable = SecretStore::statusName(Status::Unavailable);
        QCOMPARE(status(run, "load1"), unavailable); // not "no secret saved"
        QCOMPARE(status(run, "save"), unavailable);
        QCOMPARE(status(run, "load2"), unavailable);
        QCOMPARE(message(run, "save"), SecretStore::message(Status::Unavailable));
        QVERIFY(!message(run, "save").contains(QLatin1String("org.freedesktop"))); // ours, not D-Bus's
        QVERIFY(!run.result.value(QStringLiteral("loadedSk")).toBool());
        QVERIFY(!run.result.value(QStringLiteral("knownWorking")).toBool());
        verifyNothingLeaked(run);
    }

    void noSecretServiceOnTheKWallet4Path()
    {
        // With QtKeychain's insecure fallback turned on, this path stores the secret in plain text (keychain.md §3);
        // we never enable it, so nothing may be written.
        QTemporaryDir dir, home;
        const QString conf = noServiceConfig(dir);
        if (conf.isEmpty())
            QFAIL("no /usr/share/dbus-1/session.conf to derive nosvc.conf from");
        Run run;
        runScenario(conf, { QStringLiteral("XDG_CURRENT_DESKTOP=KDE"), QStringLiteral("KDE_SESSION_VERSION=4") }, run,
                    home);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(status(run, "save") != SecretStore::statusName(Status::Ok));
        QVERIFY(status(run, "load1") != SecretStore::statusName(Status::NotFound));
        QVERIFY(status(run, "load2") != SecretStore::statusName(Status::Ok));
        verifyNothingLeaked(run);
    }

    void lockedKeyringIsNotNoSecret()
    {
        // gnome-keyring can be activated, but no login keyring was created or unlocked and there is no
        // display for its prompter: reads answer "not found", writes fail.
        if (!QFile::exists(QStringLiteral("/usr/share/dbus-1/services/org.freedesktop.secrets.service")))
            QFAIL("gnome-keyring is not installed");
        QTemporaryDir home;
        Run run;
        runScenario(QString(), {}, run, home);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(status(run, "load1"), SecretStore::statusName(Status::Locked));
        QCOMPARE(message(run, "load1"), SecretStore::message(Status::Locked));
        QCOMPARE(status(run, "save"), SecretStore::statusName(Status::Locked));
        QCOMPARE(status(run, "load2"), SecretStore::statusName(Status::Locked));
        verifyNothingLeaked(run);
    }
};

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    tst_KeychainNoService test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_noservice.moc"
