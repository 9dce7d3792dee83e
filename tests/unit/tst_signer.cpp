#include "api/Signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

// Every vector of ../shared/reference/signing-vectors.json, produced by Huawei's official signers.
class tst_Signer : public QObject
{
    Q_OBJECT

private:
    static QJsonArray loadVectors()
    {
        QFile f(QStringLiteral(SMS_TEST_DATA_DIR "/signing-vectors.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).array();
    }

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("v");
        const QJsonArray all = loadVectors();
        QVERIFY2(all.size() >= 8, "signing-vectors.json not found or incomplete");
        for (const auto &v : all)
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject();
    }

    void vectors()
    {
        QFETCH(QJsonObject, v);
        const QUrl url = QUrl::fromEncoded(v.value(QStringLiteral("url")).toString().toUtf8());
        const QByteArray rawPath = url.path(QUrl::FullyEncoded).toUtf8();
        const QByteArray rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
        QList<Signer::Header> headers;
        const QJsonObject sh = v.value(QStringLiteral("signedHeaders")).toObject();
        for (auto it = sh.begin(); it != sh.end(); ++it)
            headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
        const QByteArray body = v.value(QStringLiteral("body")).toString().toUtf8();
        const QByteArray method = v.value(QStringLiteral("method")).toString().toUtf8();

        const QByteArray cr = Signer::canonicalRequest(method, rawPath, rawQuery, headers, Signer::sha256Hex(body));
        QCOMPARE(cr, v.value(QStringLiteral("canonicalRequest")).toString().toUtf8());
        const QByteArray date = v.value(QStringLiteral("sdkDate")).toString().toUtf8();
        QCOMPARE(Signer::stringToSign(date, cr), v.value(QStringLiteral("stringToSign")).toString().toUtf8());
        const QByteArray auth
            = Signer::sign(v.value(QStringLiteral("ak")).toString().toUtf8(),
                           v.value(QStringLiteral("sk")).toString().toUtf8(), method, rawPath, rawQuery, headers, body);
        QCOMPARE(auth, v.value(QStringLiteral("authorization")).toString().toUtf8());
    }

    void encodingMatchesTheGoSdkCheckValue()
    {
        const QByteArray raw = Signer::encodeQuery({ { QStringLiteral("limit"), QStringLiteral("1") },
                                                     { QStringLiteral("enable"), QStringLiteral("true") },
                                                     { QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)") },
                                                     { QStringLiteral("multi"), QStringLiteral("3") },
                                                     { QStringLiteral("multi"), QStringLiteral("1") },
                                                     { QStringLiteral("multi"), QStringLiteral("2") },
                                                     { QStringLiteral("dir"), QStringLiteral("a/b") } });
        QCOMPARE(
            Signer::canonicalQuery(raw),
            QByteArray("dir=a%2Fb&enable=true&limit=1&multi=1&multi=2&multi=3&test=%E4%B8%80%20%28%26%3D%3F%21%23%25."
                       "%2A%29"));
    }

    void plusStaysLiteralAndSpaceIsPercent20()
    {
        QCOMPARE(Signer::encodeQuery({ { QStringLiteral("name"), QStringLiteral("a b+c") } }),
                 QByteArray("name=a%20b%2Bc"));
        QCOMPARE(Signer::canonicalQuery("name=a+b"), QByteArray("name=a%2Bb"));
        QCOMPARE(Signer::canonicalQuery("flag"), QByteArray("flag="));
    }

    void wireQuerySurvivesQUrl()
    {
        // What is signed must be what Qt puts on the wire.
        const QByteArray q
            = Signer::encodeQuery({ { QStringLiteral("name"), QStringLiteral("web server #1 (prod)*") } });
        const QUrl url = QUrl::fromEncoded("http://127.0.0.1:1/v3/tasks?" + q);
        QCOMPARE(url.query(QUrl::FullyEncoded).toUtf8(), q);
    }

    void canonicalUriAddsTrailingSlashOnlyForSigning()
    {
        QCOMPARE(Signer::canonicalUri("/v3/tasks"), QByteArray("/v3/tasks/"));
        QCOMPARE(Signer::canonicalUri("/v3/tasks/delete/"), QByteArray("/v3/tasks/delete/"));
        QCOMPARE(Signer::canonicalUri("/v3/a%20b"), QByteArray("/v3/a%20b/"));
    }
};

QTEST_APPLESS_MAIN(tst_Signer)
#include "tst_signer.moc"
