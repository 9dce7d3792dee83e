#include "model/RegionCatalog.h"

#include <QTest>

class tst_RegionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownRegions()
    {
        QCOMPARE(RegionCatalog::smsEndpoint(QStringLiteral("cn-north-4")),
                 QUrl(QStringLiteral("https://sms.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(RegionCatalog::smsEndpoint(QStringLiteral("ap-southeast-3")),
                 QUrl(QStringLiteral("https://sms.ap-southeast-3.myhuaweicloud.com")));
        QCOMPARE(RegionCatalog::smsEndpoint(QStringLiteral("my-kualalumpur-1")),
                 QUrl(QStringLiteral("https://sms.my-kualalumpur-1.myhuaweicloud.com")));
        // Moscow's host starts with sms-api.
        QCOMPARE(RegionCatalog::smsEndpoint(QStringLiteral("ru-moscow-1")),
                 QUrl(QStringLiteral("https://sms-api.ru-moscow-1.myhuaweicloud.com")));
    }

    void iamFollowsTheRegionAndCanBeOverridden()
    {
        auto r = RegionCatalog::resolve(QStringLiteral("ap-southeast-3"), QString(), QString());
        QVERIFY(r.isValid());
        QCOMPARE(r.iam, QUrl(QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com")));
        r = RegionCatalog::resolve(QStringLiteral("ap-southeast-3"), QString(),
                                   QStringLiteral("https://iam.example.internal"));
        QCOMPARE(r.iam, QUrl(QStringLiteral("https://iam.example.internal")));
    }

    void customEndpointCombinesWithARegion()
    {
        const auto r = RegionCatalog::resolve(QStringLiteral("cn-north-4"), QStringLiteral("https://sms.private.cloud"),
                                              QString());
        QVERIFY(r.isValid());
        QCOMPARE(r.sms, QUrl(QStringLiteral("https://sms.private.cloud")));
        QCOMPARE(r.region, QStringLiteral("cn-north-4"));
        QCOMPARE(r.iam, QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
    }

    void loopbackMayUseHttpAndServesIamToo()
    {
        const auto r = RegionCatalog::resolve(QString(), QStringLiteral("http://127.0.0.1:18080"), QString());
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.iam, r.sms);
    }

    // What the README promises, exactly: plain HTTP only for localhost and loopback addresses.
    void plainHttpIsAcceptedExactlyOnThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("127.0.0.0/8") << QStringLiteral("http://127.10.20.30") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("v4-mapped loopback") << QStringLiteral("http://[::ffff:127.0.0.1]:8080") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
        QTest::newRow("private range") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("v4-mapped elsewhere") << QStringLiteral("http://[::ffff:10.0.0.1]") << false;
        QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.example.com") << false;
        QTest::newRow("a name") << QStringLiteral("http://sms.example.com") << false;
    }
    void plainHttpIsAcceptedExactlyOnThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(RegionCatalog::resolve(QString(), url, QString()).isValid(), accepted);
    }

    void plainHttpElsewhereIsRefusedByName()
    {
        const auto r = RegionCatalog::resolve(QString(), QStringLiteral("http://sms.example.com"), QString());
        QVERIFY(!r.isValid());
        QVERIFY(r.error.contains(QLatin1String("HTTPS")));
        QVERIFY(r.error.contains(QLatin1String("http://sms.example.com")));
    }

    void unknownRegionIsNamed()
    {
        const auto r = RegionCatalog::resolve(QStringLiteral("mars-1"), QString(), QString());
        QVERIFY(!r.isValid());
        QVERIFY(r.error.contains(QLatin1String("mars-1")));
    }
};

QTEST_APPLESS_MAIN(tst_RegionCatalog)
#include "tst_regioncatalog.moc"
