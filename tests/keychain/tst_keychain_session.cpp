#include "SecretScan.h"
#include "WindowFixture.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/ErrorBar.h"
#include "ui/MainWindow.h"
#include "ui/TaskTableModel.h"

#include <QDir>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message.toUtf8() + '\n';
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

// A whole session on a saved profile — saved to the real keychain, listed, deleted, with a failed
// delete and a failed load — then every file the app wrote, the audit log and the log output are
// scanned for every secret in every form a careless write would leave. Nothing may be found.
class tst_KeychainSession : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_ak = "SESSIONAK7Q2W9E4R1T6Y";
    const QByteArray m_sk = "session-SK-Zq8xN3vB7mK1pL5jH9gF2dS4aQ6wE0r";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the private D-Bus session with an unlocked gnome-keyring of scripts/test.sh");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        g_previous = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void aWholeSessionLeavesNoSecretBehind()
    {
        SandboxConfig config;
        config.ak = m_ak;
        config.sk = m_sk;
        config.tasks = 60;
        SandboxFixture sb(config);
        QVERIFY(sb.url.isValid());

        // Save the profile: non-secret fields to QSettings, AK and SK to the keychain.
        ProfileStore store;
        KeychainSecretStore keychain;
        ProfileSecrets secrets(&keychain);
        Profile p;
        p.name = QStringLiteral("prod-cleanup");
        p.kind = Profile::Kind::Saved;
        p.region = config.region;
        p.smsEndpoint = sb.url.toString();
        p.credentials.ak = m_ak;
        p.credentials.sk = m_sk;
        p.credentials.projectId = config.projectId;
        p.id = store.save(p);
        QVERIFY(!p.id.isEmpty());
        bool saved = false;
        secrets.save(p, this, [&](const Profile &, SecretStore::Status status, const QString &message) {
            QVERIFY2(status == SecretStore::Status::Ok, qPrintable(message));
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);

        // The app opens it: secrets read back from the keychain, tasks listed.
        auto window = std::make_unique<MainWindow>(&store, &secrets);
        WindowDriver ui(window.get());
        window->show();
        QSignalSpy loaded(ui.list(), &TaskListWidget::loadFinished);
        window->chooseProfile(p.id);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(ui.model()->rowCount(), 60);
        QCOMPARE(window->profile().credentials.ak, m_ak);

        // Delete three tasks, one of which the service refuses.
        const QStringList chosen = ui.selectRows({ Deletability::Deletable }, 3, true);
        QCOMPARE(chosen.size(), 3);
        QVERIFY(sb.host->setTaskSource(chosen.first(), QStringLiteral("replicate"), true));
        ConfirmDeleteDialog *dialog = ui.openDialog();
        QVERIFY(dialog);
        QSignalSpy deleted(ui.list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(sb.host->taskCount(), 58);

        // And a failed load.
        QVERIFY(sb.host->addFault(QStringLiteral("tasks:500")));
        ui.action("refreshAction")->trigger();
        QVERIFY(loaded.wait(30000));
        QVERIFY(ui.errorBar()->isVisible());
        window->close();
        window.reset();

        // Scan what the app wrote, the audit log, the whole HOME and the log output.
        const QList<QByteArray> all { m_ak, m_sk };
        int files = 0;
        QStringList hits = SecretScan::scanFolder(QDir::homePath(), all, &files);
        QVERIFY2(files > 0, "nothing was written under HOME?");
        for (auto location :
             { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
               QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation })
            hits += SecretScan::scanFolder(QStandardPaths::writableLocation(location), all);
        QFile settings(QSettings().fileName());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(QSettings().fileName()));
        QVERIFY(settings.readAll().contains("prod-cleanup")); // the profile is there, without its keys
        QFile audit(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                    + QStringLiteral("/sms-task-manager/audit.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray auditText = audit.readAll();
        QVERIFY(auditText.contains(chosen.last().toUtf8()));
        hits += SecretScan::scanText(QStringLiteral("audit log"), auditText, all);
        {
            QMutexLocker lock(&g_logMutex);
            hits += SecretScan::scanText(QStringLiteral("log output"), g_log, all);
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));

        // Deleting the profile deletes its keychain entries.
        bool removed = false;
        secrets.remove(p, this, [&](const Profile &, SecretStore::Status, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        store.remove(p.id);
        bool loadedBack = false;
        SecretStore::Status after = SecretStore::Status::Ok;
        secrets.load(p, this, [&](const Profile &, SecretStore::Status status, const QString &) {
            after = status;
            loadedBack = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loadedBack, 10000);
        QCOMPARE(after, SecretStore::Status::NotFound);
    }
};

QTEST_MAIN(tst_KeychainSession)
#include "tst_keychain_session.moc"
