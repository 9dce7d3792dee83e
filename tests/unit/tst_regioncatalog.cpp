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
