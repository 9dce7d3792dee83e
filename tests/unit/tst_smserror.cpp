#include "model/ErrorCatalog.h"
#include "model/SmsError.h"

#include <QTest>

class tst_SmsError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedForbiddenBody()
    {
        // The 403 example of the DeleteTasks page, verbatim.
        const QByteArray body = R"({
  "error_code" : "SMS.9004",
  "error_msg" : "The current account does not have the permission to execute policy You do not have permission to perform action XXX on resource XXX.",
  "encoded_authorization_message" : "XXXXXX",
  "error_param" : [ "You do not have permission to perform action XXX on resource XXX." ],
  "details" : [ { "error_code" : "SMS.9004", "error_msg" : "You do not have permission to perform action XXX on resource XXX." } ]
})";
        const SmsError e = SmsError::fromHttp(403, body, QStringLiteral("req-1"));
        QCOMPARE(e.kind, SmsErrorKind::Http);
        QCOMPARE(e.code, QStringLiteral("SMS.9004"));
        QVERIFY(e.message.startsWith(QLatin1String("The current account does not have")));
        QCOMPARE(e.encodedAuthorizationMessage, QStringLiteral("XXXXXX"));
        QCOMPARE(e.params.size(), 1);
        QCOMPARE(e.details.size(), 1);
        QCOMPARE(e.allCodes(), QStringList { QStringLiteral("SMS.9004") });
        const QString s = e.summary();
        QVERIFY(s.contains(QLatin1String("SMS.9004")));
        QVERIFY(s.contains(QLatin1String("403")));
        QVERIFY(s.contains(QLatin1String("req-1")));
        QVERIFY(s.contains(QLatin1String("permission")));
    }

    void gatewayBodyWithRequestIdInside()
    {
        const SmsError e = SmsError::fromHttp(
            401,
            R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIGW.0301","request_id":"abc"})",
            QString());
        QCOMPARE(e.code, QStringLiteral("APIGW.0301"));
        QCOMPARE(e.requestId, QStringLiteral("abc"));
        QVERIFY(ErrorCatalog::explain(e).contains(QLatin1String("Authentication")));
    }

    void olderGatewayPrefixMeansTheSame()
    {
        const SmsError a = SmsError::fromHttp(429, R"({"error_code":"APIG.0308","error_msg":"x"})", QString());
        const SmsError b = SmsError::fromHttp(429, R"({"error_code":"APIGW.0308","error_msg":"x"})", QString());
        QCOMPARE(ErrorCatalog::explain(a), ErrorCatalog::explain(b));
    }

    void fallbackCodeAndMessageAndNested()
    {
        const SmsError a = SmsError::fromHttp(400, R"({"code":"X.1","message":"m1"})", QString());
        QCOMPARE(a.code, QStringLiteral("X.1"));
        QCOMPARE(a.message, QStringLiteral("m1"));
        const SmsError b = SmsError::fromHttp(400, R"({"error":{"code":"X.2","message":"m2"}})", QString());
        QCOMPARE(b.code, QStringLiteral("X.2"));
        QCOMPARE(b.message, QStringLiteral("m2"));
    }

    void htmlAndEmptyBodies()
    {
        const SmsError html = SmsError::fromHttp(
            502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", QStringLiteral("r"));
        QVERIFY(html.code.isEmpty());
        QVERIFY(html.message.contains(QLatin1String("502 Bad Gateway")));
        QVERIFY(!html.message.contains(QLatin1Char('<')));
        const SmsError empty = SmsError::fromHttp(500, QByteArray(), QString());
        QCOMPARE(empty.httpStatus, 500);
        QVERIFY(!ErrorCatalog::explain(empty).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_SmsError)
#include "tst_smserror.moc"
