// Against the real Secret Service of scripts/test.sh's private D-Bus session (gnome-keyring,
// unlocked): save, load, update and delete a profile's secrets.
#include "SecretScan.h"
#include "SecretsOutcome.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using Status = SecretStore::Status;

class tst_KeychainSecretService : public QObject
{
    Q_OBJECT

private:
    using Outcome = SecretsOutcome;
    static ProfileSecrets::Done collect(Outcome &o) { return o.collect(); }
    SecretStore::Result rawRead(const QString &key)
    {
        bool done = false;
        SecretStore::Result result;
        m_store->read(key, this, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

    QString m_service;
    KeychainSecretStore *m_store = nullptr;
    ProfileSecrets *m_secrets = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through scripts/test.sh (dbus-run-session + gnome-keyring --unlock).");
        // A service of its own, so a run never touches the user's real entries.
        m_service = QStringLiteral("sms-task-manager-test-%1").arg(QCoreApplication::applicationPid());
        m_store = new KeychainSecretStore(m_service, this);
        m_store->setTimeoutMs(15000); // first activation of gnome-keyring can be slow
        m_secrets = new ProfileSecrets(m_store, this);
    }

    void rawRoundTrip()
    {
        const QString key = QStringLiteral("raw/roundtrip");
        bool done = false;
        SecretStore::Result w;
        m_store->write(key, QByteArrayLiteral("s3cr\xc3\xa9t-\x01-binary"), this, [&](const SecretStore::Result &r) {
            w = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(w.ok(), qPrintable(w.message));
        QVERIFY(m_store->isKnownWorking());
        const SecretStore::Result r = rawRead(key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.data, QByteArrayLiteral("s3cr\xc3\xa9t-\x01-binary"));
        done = false;
        m_store->remove(key, this, [&](const SecretStore::Result &x) {
            w = x;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(w.ok());
        QCOMPARE(rawRead(key).status, Status::NotFound); // believed: a write worked this session
    }

    void saveLoadUpdateDelete()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("settings.ini")));
        Profile p;
        p.id = ProfileStore::newId();
        p.name = QStringLiteral("prod");
        p.region = QStringLiteral("cn-north-4");
        p.credentials.ak = "HPUAKEYCHAINTEST0001";
        p.credentials.sk = "KeychainTestSecretKey0000000000000000001";
        p.credentials.projectId = QStringLiteral("0b7d5f4c3a2e4d1f9e8c7b6a5d4c3b2a");
        QCOMPARE(profiles.save(p), p.id);

        Outcome o;
        m_secrets->save(p, this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 15000);
        QCOMPARE(o.status, Status::Ok);

        m_secrets->load(profiles.profile(p.id), this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(o.profile.credentials.ak, p.credentials.ak);
        QCOMPARE(o.profile.credentials.sk, p.credentials.sk);
        QCOMPARE(o.profile.credentials.projectId, p.credentials.projectId);
        QVERIFY(o.profile.credentials.securityToken.isEmpty());

        // Update: new temporary keys with a token.
        p.authMethod = Profile::AuthMethod::TemporaryAkSk;
        p.credentials.sk = "KeychainTestSecretKey0000000000000000002";
        p.credentials.securityToken = "TemporarySecurityToken-0123456789abcdef";
        profiles.save(p);
        m_secrets->save(p, this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        m_secrets->load(profiles.profile(p.id), this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(o.profile.credentials.sk, p.credentials.sk);
        QCOMPARE(o.profile.credentials.securityToken, p.credentials.securityToken);

        // Update: IAM password login; the AK/SK entries go away.
        Profile iam = p;
        iam.authMethod = Profile::AuthMethod::IamPassword;
        iam.iamUser = QStringLiteral("ops");
        iam.iamDomain = QStringLiteral("acme");
        iam.iamPassword = QStringLiteral("Pässword-keychain-test-1");
        profiles.save(iam);
        m_secrets->save(iam, this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(rawRead(ProfileSecrets::key(p.id, ProfileSecrets::Field::Ak)).status, Status::NotFound);
        QCOMPARE(rawRead(ProfileSecrets::key(p.id, ProfileSecrets::Field::Sk)).status, Status::NotFound);
        QCOMPARE(rawRead(ProfileSecrets::key(p.id, ProfileSecrets::Field::SecurityToken)).status, Status::NotFound);
        m_secrets->load(profiles.profile(p.id), this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(o.profile.iamPassword, iam.iamPassword);
        QVERIFY(o.profile.credentials.ak.isEmpty());

        // Nothing readable under HOME or in the settings file.
        const QList<QByteArray> secrets { p.credentials.ak, p.credentials.sk, p.credentials.securityToken,
                                          iam.iamPassword.toUtf8() };
        QCOMPARE(SecretScan::scanFolder(dir.path(), secrets), QStringList());
        QCOMPARE(SecretScan::scanFolder(QDir::homePath(), secrets), QStringList());

        // Delete: every entry goes.
        m_secrets->remove(iam, this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::Ok);
        profiles.remove(p.id);
        for (ProfileSecrets::Field f : ProfileSecrets::allFields())
            QCOMPARE(rawRead(ProfileSecrets::key(p.id, f)).status, Status::NotFound);
        m_secrets->load(iam, this, collect(o));
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
        QCOMPARE(o.status, Status::NotFound);
        QVERIFY(o.message.contains(ProfileSecrets::fieldLabel(ProfileSecrets::Field::IamPassword)));
        QVERIFY(!o.message.contains(iam.iamPassword));
        QVERIFY(profiles.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretService)
#include "tst_keychain_secretservice.moc"
