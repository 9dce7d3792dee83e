// ProfileStore and ProfileSecrets on MemorySecretStore: what goes to QSettings (never a secret, in
// any form), what goes to the secret store, the environment and demo profiles, session-only secrets.
#include "SecretScan.h"
#include "SecretsOutcome.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Status = SecretStore::Status;

namespace {
QByteArray g_log;
QtMessageHandler g_previous = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class tst_KeychainProfileStore : public QObject
{
    Q_OBJECT

private:
    using Outcome = SecretsOutcome;
    static ProfileSecrets::Done collect(Outcome &o) { return o.collect(); }

    static Profile sample()
    {
        Profile p;
        p.name = QStringLiteral("Prod (cn-north-4)");
        p.region = QStringLiteral("cn-north-4");
        p.authMethod = Profile::AuthMethod::TemporaryAkSk;
        p.credentials.ak = "HPUASTORETEST0000001";
        p.credentials.sk = "Store+Test/Secret=Key%0000000000000000001";
        p.credentials.securityToken = "gQpjbi1ub3J0aC00+token/with=specials&0001";
        p.credentials.projectId = QStringLiteral("0b7d5f4c3a2e4d1f9e8c7b6a5d4c3b2a");
        p.enterpriseProjectId = QStringLiteral("0");
        p.caBundlePath = QString();
        return p;
    }

private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(captureMessages); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void savesNonSecretFieldsOnly()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        MemorySecretStore memory;
        ProfileSecrets secrets(&memory);
        QList<QByteArray> allSecrets;
        QString id;
        {
            ProfileStore store(ini);
            Profile p = sample();
            p.id = ProfileStore::newId();
            Profile iam;
            iam.name = QStringLiteral("test account");
            iam.authMethod = Profile::AuthMethod::IamPassword;
            iam.smsEndpoint = QStringLiteral("https://sms.example.internal");
            iam.iamEndpoint = QStringLiteral("https://iam.example.internal");
            iam.iamUser = QStringLiteral("ops");
            iam.iamDomain = QStringLiteral("acme");
            iam.iamPassword = QStringLiteral("Pässwörd with spaces & = / %");
            iam.credentials.authToken = "MIIcached-iam-token-000000000000000001";
            iam.credentials.domainId = QStringLiteral("5a9d0000000000000000000000000001");
            // A caller that forgets to strip secrets before save() must not leak them either.
            id = store.save(p);
            QCOMPARE(id, p.id);
            iam.id = store.save(iam);
            QVERIFY(!iam.id.isEmpty());
            store.setLastUsedId(id);

            Outcome o;
            secrets.save(p, this, collect(o));
            QTRY_VERIFY(o.done);
            QCOMPARE(o.status, Status::Ok);
            secrets.save(iam, this, collect(o));
            QTRY_VERIFY(o.done);
            QCOMPARE(o.status, Status::Ok);
            allSecrets = { p.credentials.ak, p.credentials.sk, p.credentials.securityToken, iam.iamPassword.toUtf8(),
                           iam.credentials.authToken };
            QCOMPARE(memory.contents().value(ProfileSecrets::key(id, ProfileSecrets::Field::Sk)), p.credentials.sk);
            QCOMPARE(memory.contents().value(ProfileSecrets::key(iam.id, ProfileSecrets::Field::IamToken)),
                     iam.credentials.authToken);
            QCOMPARE(memory.contents().size(), 5);
        }

        // Reopened from the file: every non-secret field, no secret.
        ProfileStore store(ini);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.lastUsedId(), id);
        const Profile back = store.profile(id);
        const Profile expected = sample();
        QCOMPARE(back.id, id);
        QCOMPARE(back.kind, Profile::Kind::Saved);
        QCOMPARE(back.name, expected.name);
        QCOMPARE(back.region, expected.region);
        QCOMPARE(back.authMethod, expected.authMethod);
        QCOMPARE(back.credentials.projectId, expected.credentials.projectId);
        QCOMPARE(back.enterpriseProjectId, expected.enterpriseProjectId);
        QCOMPARE(back.endpoint, QUrl(QStringLiteral("https://sms.cn-north-4.myhuaweicloud.com")));
        QVERIFY(!back.hasSecrets());
        QVERIFY(back.credentials.ak.isEmpty());
        const QString iamId = store.findId(QStringLiteral("TEST ACCOUNT"));
        QVERIFY(!iamId.isEmpty());
        QCOMPARE(store.profile(iamId).iamUser, QStringLiteral("ops"));
        QCOMPARE(store.profile(iamId).endpoint, QUrl(QStringLiteral("https://sms.example.internal")));
        QVERIFY(store.profile(iamId).iamPassword.isEmpty());

        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Prod (cn-north-4)")); // the scan reads the real file
        QCOMPARE(SecretScan::scanText(ini, text, allSecrets), QStringList());
        QCOMPARE(SecretScan::scanFolder(dir.path(), allSecrets), QStringList());
        QCOMPARE(SecretScan::scanText(QStringLiteral("log"), g_log, allSecrets), QStringList());

        // Load, then delete: the settings group and every keychain entry go.
        Outcome o;
        secrets.load(back, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(o.profile.credentials.securityToken, expected.credentials.securityToken);
        secrets.remove(back, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::Ok);
        store.remove(id);
        QVERIFY(!store.contains(id));
        QVERIFY(store.lastUsedId().isEmpty());
        QCOMPARE(memory.contents().size(), 2); // the IAM profile's password and token
        QVERIFY(!memory.contents().contains(ProfileSecrets::key(id, ProfileSecrets::Field::Ak)));
    }

    void missingSecretIsReportedByName()
    {
        MemorySecretStore memory;
        ProfileSecrets secrets(&memory);
        Profile p = sample();
        p.id = ProfileStore::newId();
        p.clearSecrets();
        Outcome o;
        secrets.load(p, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::NotFound); // the store proved it works first
        QVERIFY(o.message.contains(ProfileSecrets::fieldLabel(ProfileSecrets::Field::Sk)));
        QVERIFY(o.message.contains(p.name));
    }

    void lockedStoreIsNotNoSecret()
    {
        MemorySecretStore memory;
        memory.setMode(MemorySecretStore::Mode::Locked);
        ProfileSecrets secrets(&memory);
        Profile p = sample();
        p.id = ProfileStore::newId();
        Outcome o;
        secrets.load(p, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::Locked);
        QCOMPARE(o.message, SecretStore::message(Status::Locked));
    }

    void sessionOnlySecrets()
    {
        MemorySecretStore memory;
        memory.setMode(MemorySecretStore::Mode::NoService);
        ProfileSecrets secrets(&memory);
        Profile p = sample();
        p.id = ProfileStore::newId();
        Outcome o;
        secrets.save(p, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::Unavailable);
        QVERIFY(SecretStore::isKeychainProblem(o.status));
        secrets.keepForSession(p);
        const int started = memory.startedCount();
        Profile bare = p;
        bare.clearSecrets();
        bare.name = QStringLiteral("renamed");
        secrets.load(bare, this, collect(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.status, Status::Ok);
        QCOMPARE(o.profile.credentials.sk, p.credentials.sk);
        QCOMPARE(o.profile.name, QStringLiteral("renamed"));
        QCOMPARE(memory.startedCount(), started); // from memory, not the keychain
        QVERIFY(memory.contents().isEmpty());
        secrets.remove(bare, this, collect(o));
        QTRY_VERIFY(o.done);
        QVERIFY(!secrets.hasSessionSecrets(p.id));
    }

    void demoAndEnvironmentNeverTouchTheStore()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore memory;
        ProfileSecrets secrets(&memory);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("HPUAENVIRONMENT00001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("EnvironmentSecretKey0000000000000000001"));
        const std::optional<Profile> e = Profile::fromEnvironment(env);
        QVERIFY(e);
        Credentials c;
        c.ak = "SANDBOXAK0000000DEMO";
        c.sk = "sandbox-secret-key-0000000000000000000000";
        const Profile demo
            = Profile::demo(QUrl(QStringLiteral("http://127.0.0.1:1234")), c, QStringLiteral("cn-north-4"));
        for (const Profile &p : { *e, demo }) {
            QVERIFY(!p.usesKeychain());
            Outcome o;
            secrets.load(p, this, collect(o));
            QTRY_VERIFY(o.done);
            QCOMPARE(o.status, Status::Ok);
            QCOMPARE(o.profile.credentials.sk, p.credentials.sk);
            secrets.save(p, this, collect(o));
            QTRY_VERIFY(o.done);
            QVERIFY(o.status != Status::Ok);
            secrets.remove(p, this, collect(o));
            QTRY_VERIFY(o.done);
            QVERIFY(store.save(p).isEmpty());
        }
        QCOMPARE(memory.startedCount(), 0);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!QFile::exists(store.fileName()) || !QFile(store.fileName()).size()
                || SecretScan::scanFolder(dir.path(), { e->credentials.sk, c.sk }).isEmpty());
        QCOMPARE(demo.toConnectionSpec().smsEndpoint, QStringLiteral("http://127.0.0.1:1234"));
    }

    void environmentPrecedence_data()
    {
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QByteArray>("ak");
        QTest::addColumn<QByteArray>("sk");
        QTest::addColumn<int>("method");
        QTest::newRow("huaweicloud wins")
            << QStringList { QStringLiteral("HUAWEICLOUD_SDK_AK=HW"), QStringLiteral("HUAWEICLOUD_SDK_SK=HWS"),
                             QStringLiteral("CLOUD_SDK_AK=C"), QStringLiteral("CLOUD_SDK_SK=CS") }
            << true << QByteArray("HW") << QByteArray("HWS") << 0;
        QTest::newRow("cloud_sdk pair") << QStringList { QStringLiteral("CLOUD_SDK_AK=C"),
                                                         QStringLiteral("CLOUD_SDK_SK=CS") }
                                        << true << QByteArray("C") << QByteArray("CS") << 0;
        QTest::newRow("no mixed pairs") << QStringList { QStringLiteral("HUAWEICLOUD_SDK_AK=HW"),
                                                         QStringLiteral("CLOUD_SDK_AK=C"),
                                                         QStringLiteral("CLOUD_SDK_SK=CS") }
                                        << true << QByteArray("C") << QByteArray("CS") << 0;
        QTest::newRow("token") << QStringList { QStringLiteral("HUAWEICLOUD_SDK_AK=HW"),
                                                QStringLiteral("HUAWEICLOUD_SDK_SK=HWS"),
                                                QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN=T") }
                               << true << QByteArray("HW") << QByteArray("HWS") << 1;
        QTest::newRow("ak only") << QStringList { QStringLiteral("HUAWEICLOUD_SDK_AK=HW") } << false << QByteArray()
                                 << QByteArray() << 0;
        QTest::newRow("nothing") << QStringList() << false << QByteArray() << QByteArray() << 0;
    }

    void environmentPrecedence()
    {
        QFETCH(QStringList, vars);
        QFETCH(bool, exists);
        QProcessEnvironment env;
        for (const QString &kv : vars)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION"), QStringLiteral("ap-southeast-3"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("p1"));
        const std::optional<Profile> p = Profile::fromEnvironment(env);
        QCOMPARE(bool(p), exists);
        if (!p)
            return;
        QFETCH(QByteArray, ak);
        QFETCH(QByteArray, sk);
        QFETCH(int, method);
        QCOMPARE(p->credentials.ak, ak);
        QCOMPARE(p->credentials.sk, sk);
        QCOMPARE(int(p->authMethod), method);
        QCOMPARE(p->id, Profile::environmentId());
        QCOMPARE(p->kind, Profile::Kind::Environment);
        QCOMPARE(p->region, QStringLiteral("ap-southeast-3"));
        QCOMPARE(p->credentials.projectId, QStringLiteral("p1"));
        QCOMPARE(p->endpoint, QUrl(QStringLiteral("https://sms.ap-southeast-3.myhuaweicloud.com")));
        const ConnectionSpec spec = p->toConnectionSpec();
        QCOMPARE(spec.credentials.ak, ak);
        QCOMPARE(spec.credentials.securityToken.isEmpty(), method == 0);
    }

    void validation()
    {
        Profile p = sample();
        QCOMPARE(p.validationProblems(), QStringList());
        p.credentials.ak = "short";
        p.credentials.sk = "with space in the secret key 00000000";
        p.region = QStringLiteral("mars-1");
        const QStringList problems = p.validationProblems();
        QCOMPARE(problems.size(), 3);
        for (const QString &s : problems)
            QVERIFY(!s.contains(QLatin1String("with space")));
        Profile iam;
        iam.name = QStringLiteral("x");
        iam.authMethod = Profile::AuthMethod::IamPassword;
        iam.smsEndpoint = QStringLiteral("http://sms.example.com"); // plain HTTP off loopback
        QCOMPARE(iam.validationProblems().size(), 4);
        const ConnectionSpec spec = sample().toConnectionSpec();
        QCOMPARE(spec.region, QStringLiteral("cn-north-4"));
        QCOMPARE(spec.credentials.securityToken, sample().credentials.securityToken);
    }

    void keychainErrorMapping_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Status>("expected");
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << Status::Unavailable;
        QTest::newRow("no service") << int(QKeychain::OtherError)
                                    << QStringLiteral("The name org.freedesktop.secrets was not provided by any "
                                                      ".service files")
                                    << Status::Unavailable;
        QTest::newRow("locked") << int(QKeychain::OtherError)
                                << QStringLiteral("Object does not exist at path "
                                                  "\u201c/org/freedesktop/secrets/collection/login\u201d")
                                << Status::Locked;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Status::Unavailable;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << Status::AccessDenied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QString() << Status::AccessDenied;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString() << Status::NotFound;
        QTest::newRow("delete") << int(QKeychain::CouldNotDeleteEntry) << QString() << Status::Failed;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("something odd") << Status::Failed;
    }

    void keychainErrorMapping()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(Status, expected);
        QCOMPARE(KeychainSecretStore::mapError(QKeychain::Error(error), text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainProfileStore)
#include "tst_keychain_profilestore.moc"
