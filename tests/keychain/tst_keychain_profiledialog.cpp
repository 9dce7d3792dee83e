// ProfileDialog and ProfileSelector against the sandbox, with a MemorySecretStore: "Test
// connection" sends exactly one signed ListTasks and reports the error with its code, the keychain
// failure path offers "this session only", and deleting a profile removes its secrets.
#include "SandboxFixture.h"
#include "SecretScan.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/ProfileDialog.h"
#include "ui/ProfileSelector.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class tst_KeychainProfileDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    void fill(ProfileDialog *d, const QString &name, const QByteArray &sk)
    {
        child<QLineEdit>(d, "name")->setText(name);
        child<QComboBox>(d, "region")->setCurrentText(QString());
        child<QLineEdit>(d, "smsEndpoint")->setText(m_sandbox->url.toString());
        child<QLineEdit>(d, "ak")->setText(QString::fromLatin1(m_sandbox->config.ak));
        child<QLineEdit>(d, "sk")->setText(QString::fromLatin1(sk));
        child<QLineEdit>(d, "projectId")->setText(m_sandbox->config.projectId);
    }

    int listCalls() const
    {
        return int(m_sandbox->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->url.isValid());
    }

    void testConnectionOnceAndReportsErrors()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("a.ini")));
        MemorySecretStore memory;
        ProfileSecrets secrets(&memory);
        auto *d = new ProfileDialog(&store, &secrets);
        d->setTestTimeoutMs(5000);
        d->open();
        fill(d, QStringLiteral("sandbox"), m_sandbox->config.sk);
        QSignalSpy tested(d, &ProfileDialog::testFinished);

        const int before = listCalls();
        QTest::mouseClick(child<QPushButton>(d, "testButton"), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        QVERIFY2(d->statusText().contains(QLatin1String("works")), qPrintable(d->statusText()));
        QCOMPARE(listCalls(), before + 1);

        // A wrong SK: one request, the exact error, never repeated.
        child<QLineEdit>(d, "sk")->setText(QStringLiteral("wrong-secret-key-00000000000000000000000"));
        QTest::mouseClick(child<QPushButton>(d, "testButton"), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 2);
        QCOMPARE(tested.at(1).at(0).toBool(), false);
        const QString text = d->statusText();
        QVERIFY2(text.contains(QLatin1String("Connection failed")) && text.contains(QLatin1String("HTTP 401")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("wrong-secret-key")));
        QCOMPARE(listCalls(), before + 2);
        QTest::qWait(300);
        QCOMPARE(listCalls(), before + 2);
        QCOMPARE(memory.startedCount(), 0); // testing never touches the keychain

        // A bad AK shape is caught before any request.
        child<QLineEdit>(d, "ak")->setText(QStringLiteral("bad ak"));
        QTest::mouseClick(child<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(d->statusText().contains(QLatin1String("AK")));
        QCOMPARE(listCalls(), before + 2);

        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(d, &change); // rebuilds every text
        d->reject();
    }

    void keychainFailureOffersSessionOnly()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("b.ini")));
        MemorySecretStore memory;
        memory.setMode(MemorySecretStore::Mode::NoService);
        ProfileSecrets secrets(&memory);
        auto *d = new ProfileDialog(&store, &secrets);
        d->open();
        fill(d, QStringLiteral("offline keyring"), m_sandbox->config.sk);
        QSignalSpy saved(d, &ProfileDialog::profileSaved);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        QPushButton *sessionOnly = child<QPushButton>(d, "sessionOnlyButton");
        QTRY_VERIFY(sessionOnly->isVisible());
        QVERIFY(d->statusText().contains(SecretStore::message(SecretStore::Status::Unavailable)));
        QVERIFY(store.profiles().isEmpty()); // nothing saved yet
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const QString id = saved.at(0).at(0).toString();
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QVERIFY(store.contains(id));
        QVERIFY(secrets.hasSessionSecrets(id));
        QVERIFY(memory.contents().isEmpty());
        QCOMPARE(SecretScan::scanFolder(m_dir.path(), { m_sandbox->config.sk, m_sandbox->config.ak }), QStringList());
    }

    void selectorAddsSwitchesAndDeletes()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("c.ini")));
        MemorySecretStore memory;
        ProfileSecrets secrets(&memory);
        QWidget window;
        auto *selector = new ProfileSelector(&store, &secrets, &window);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("HPUAENVIRONMENT00001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("EnvironmentSecretKey0000000000000000001"));
        selector->setEnvironmentProfile(Profile::fromEnvironment(env));
        selector->setCurrentId(Profile::demoId());
        window.show();
        QSignalSpy chosen(selector, &ProfileSelector::profileChosen);
        QCOMPARE(selector->ids(), (QStringList { Profile::demoId(), Profile::environmentId() }));
        QVERIFY(!child<QToolButton>(selector, "editProfileButton")->isEnabled());

        // "Add account…" opens the dialog; saving switches to the new profile.
        QComboBox *combo = selector->comboBox();
        const int addIndex = combo->count() - 1;
        combo->setCurrentIndex(addIndex);
        Q_EMIT combo->activated(addIndex);
        QTRY_VERIFY(selector->dialog());
        QCOMPARE(selector->currentId(), Profile::demoId());
        fill(selector->dialog(), QStringLiteral("sandbox account"), m_sandbox->config.sk);
        QTest::mouseClick(child<QPushButton>(selector->dialog(), "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(chosen.size(), 1);
        const QString id = chosen.at(0).at(0).toString();
        QCOMPARE(selector->currentId(), id);
        QVERIFY(store.contains(id));
        QCOMPARE(memory.contents().value(ProfileSecrets::key(id, ProfileSecrets::Field::Sk)), m_sandbox->config.sk);
        QVERIFY(child<QToolButton>(selector, "deleteProfileButton")->isEnabled());

        // Switching is a user choice on the combo.
        const int envIndex = combo->findData(Profile::environmentId());
        combo->setCurrentIndex(envIndex);
        Q_EMIT combo->activated(envIndex);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).toString(), Profile::environmentId());
        selector->setCurrentId(id);

        // Delete: confirm in the (window-modal, non-blocking) box; secrets and settings go.
        QTest::mouseClick(child<QToolButton>(selector, "deleteProfileButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteProfileBox"))));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteProfile")), Qt::LeftButton);
        QTRY_COMPARE(chosen.size(), 3);
        QCOMPARE(chosen.at(2).at(0).toString(), Profile::environmentId()); // the fallback
        QVERIFY(!store.contains(id));
        QVERIFY(memory.contents().isEmpty());
        QCOMPARE(selector->ids(), (QStringList { Profile::demoId(), Profile::environmentId() }));
    }
};

QTEST_MAIN(tst_KeychainProfileDialog)
#include "tst_keychain_profiledialog.moc"
