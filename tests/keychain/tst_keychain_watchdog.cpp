// The SecretStore queue and watchdog, and the "not found" probe, on MemorySecretStore.
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using Status = SecretStore::Status;

class tst_KeychainWatchdog : public QObject
{
    Q_OBJECT

private:
    struct Answers
    {
        QList<SecretStore::Result> results;
        SecretStore::Callback collect()
        {
            return [this](const SecretStore::Result &r) { results.append(r); };
        }
    };

private Q_SLOTS:
    void serializesOneJobAtATime()
    {
        MemorySecretStore store;
        store.setLatencyMs(5);
        Answers a;
        for (int i = 0; i < 5; ++i)
            store.write(QStringLiteral("p/k%1").arg(i), QByteArray::number(i), this, a.collect());
        QCOMPARE(a.results.size(), 0); // never synchronous
        QTRY_COMPARE(a.results.size(), 5);
        QCOMPARE(store.maxConcurrent(), 1);
        QCOMPARE(store.contents().size(), 5);
    }

    void hungJobMakesTheStoreUnusable()
    {
        MemorySecretStore store;
        store.setTimeoutMs(100);
        store.setMode(MemorySecretStore::Mode::Hang);
        QSignalSpy unusable(&store, &SecretStore::becameUnusable);
        Answers a;
        store.read(QStringLiteral("p/ak"), this, a.collect());
        store.read(QStringLiteral("p/sk"), this, a.collect());
        store.write(QStringLiteral("p/x"), "secret", this, a.collect());
        QTRY_COMPARE(a.results.size(), 3);
        for (const auto &r : std::as_const(a.results)) {
            QCOMPARE(r.status, Status::Timeout);
            QCOMPARE(r.message, SecretStore::message(Status::Timeout, 100));
            QVERIFY(!r.message.isEmpty());
        }
        QCOMPARE(unusable.size(), 1);
        QVERIFY(!store.isUsable());
        QCOMPARE(store.startedCount(), 1); // nothing was started behind the hung job
        QCOMPARE(store.pendingCount(), 0);

        // Later requests fail at once (asynchronously) without reaching the backend.
        store.setMode(MemorySecretStore::Mode::Working);
        store.write(QStringLiteral("p/y"), "secret", this, a.collect());
        QCOMPARE(a.results.size(), 3);
        QTRY_COMPARE(a.results.size(), 4);
        QCOMPARE(a.results.last().status, Status::Timeout);
        QCOMPARE(store.startedCount(), 1);

        // The hung job answers late: ignored, no crash, no second answer.
        store.releaseHung();
        QTest::qWait(20);
        QCOMPARE(a.results.size(), 4);
        QVERIFY(store.contents().isEmpty());
    }

    void destroyingTheStoreWithAHungJobIsSafe()
    {
        Answers a;
        {
            MemorySecretStore store;
            store.setMode(MemorySecretStore::Mode::Hang);
            store.read(QStringLiteral("p/ak"), this, a.collect());
            QTRY_VERIFY(store.hasHungJob());
        }
        QTest::qWait(20);
        QCOMPARE(a.results.size(), 0);
    }

    void callbackSkippedWhenContextIsGone()
    {
        MemorySecretStore store;
        Answers a;
        auto *context = new QObject;
        store.write(QStringLiteral("p/ak"), "v", context, a.collect());
        delete context;
        store.write(QStringLiteral("p/sk"), "v", this, a.collect());
        QTRY_COMPARE(a.results.size(), 1);
        QCOMPARE(store.contents().size(), 2);
    }

    void notFoundBelievedOnlyAfterAProbe()
    {
        MemorySecretStore store;
        Answers a;
        QVERIFY(!store.isKnownWorking());
        store.read(QStringLiteral("p/ak"), this, a.collect());
        QTRY_COMPARE(a.results.size(), 1);
        QCOMPARE(a.results.at(0).status, Status::NotFound);
        QVERIFY(store.isKnownWorking());
        QCOMPARE(store.startedCount(), 4); // the read, then probe write, read back, delete
        QVERIFY(store.contents().isEmpty()); // the probe cleaned up
        store.read(QStringLiteral("p/sk"), this, a.collect());
        QTRY_COMPARE(a.results.size(), 2);
        QCOMPARE(a.results.at(1).status, Status::NotFound);
        QCOMPARE(store.startedCount(), 5); // no second probe
    }

    void lockedKeyringIsNotMistakenForNoSecret()
    {
        // gnome-keyring without an unlocked login collection: reads say "not found", writes fail.
        MemorySecretStore store;
        store.setMode(MemorySecretStore::Mode::Locked);
        Answers a;
        store.read(QStringLiteral("p/ak"), this, a.collect());
        store.remove(QStringLiteral("p/sk"), this, a.collect());
        QTRY_COMPARE(a.results.size(), 2);
        for (const auto &r : std::as_const(a.results)) {
            QCOMPARE(r.status, Status::Locked);
            QCOMPARE(r.message, SecretStore::message(Status::Locked));
        }
        QVERIFY(!store.isKnownWorking());
        QVERIFY(store.isUsable());
    }

    void errorsMapToTheirStatus_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Status>("expected");
        QTest::newRow("no service") << int(MemorySecretStore::Mode::NoService) << Status::Unavailable;
        QTest::newRow("denied") << int(MemorySecretStore::Mode::AccessDenied) << Status::AccessDenied;
    }

    void errorsMapToTheirStatus()
    {
        QFETCH(int, mode);
        QFETCH(Status, expected);
        MemorySecretStore store;
        store.setMode(MemorySecretStore::Mode(mode));
        Answers a;
        store.write(QStringLiteral("p/ak"), "v", this, a.collect());
        store.read(QStringLiteral("p/ak"), this, a.collect());
        QTRY_COMPARE(a.results.size(), 2);
        QCOMPARE(a.results.at(0).status, expected);
        QCOMPARE(a.results.at(1).status, expected);
        QVERIFY(SecretStore::isKeychainProblem(expected));
        QVERIFY(!a.results.at(0).message.isEmpty());
    }

    void probeTimeoutFailsTheWaitingRead()
    {
        MemorySecretStore store;
        store.setTimeoutMs(100);
        Answers a;
        store.read(QStringLiteral("p/ak"), this, a.collect());
        QCOMPARE(store.startedCount(), 1);
        // The running read still answers "not found"; the probe's write that follows hangs.
        store.setMode(MemorySecretStore::Mode::Hang);
        QTRY_COMPARE(a.results.size(), 1);
        QCOMPARE(a.results.at(0).status, Status::Timeout); // never "no secret saved"
        QCOMPARE(store.startedCount(), 2);
        QVERIFY(!store.isUsable());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainWatchdog)
#include "tst_keychain_watchdog.moc"
