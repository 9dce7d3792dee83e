// The gateway verifier (SandboxAuth) against every official signing vector, at the vector's own
// time: it accepts what the official signers produce, and nothing once a byte changes.
#include "sandbox/SandboxAuth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

class tst_SandboxVerifier : public QObject
{
    Q_OBJECT

private:
    struct Vector
    {
        SandboxConfig config;
        SandboxRequest request;
        QDateTime signedAt;
    };

    static QJsonArray vectors()
    {
        QFile f(QStringLiteral(SMS_REFERENCE_DIR "/signing-vectors.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).array();
    }

    static Vector load(const QJsonObject &v)
    {
        Vector out;
        const QByteArray ak = v[QStringLiteral("ak")].toString().toUtf8();
        const QByteArray sk = v[QStringLiteral("sk")].toString().toUtf8();
        const QString token = v[QStringLiteral("securityToken")].toString();
        if (token.isEmpty()) {
            out.config.ak = ak;
            out.config.sk = sk;
        } else { // a security token goes with temporary credentials
            out.config.ak = "OTHERAK";
            out.config.tempAk = ak;
            out.config.tempSk = sk;
            out.config.securityToken = token.toUtf8();
        }
        if (v[QStringLiteral("domainId")].isString())
            out.config.domainId = v[QStringLiteral("domainId")].toString();
        const QByteArray url = v[QStringLiteral("url")].toString().toUtf8();
        const QUrl parsed = QUrl::fromEncoded(url);
        out.request.method = v[QStringLiteral("method")].toString().toLatin1();
        out.request.rawPath = parsed.path(QUrl::FullyEncoded).toLatin1();
        out.request.rawQuery = parsed.query(QUrl::FullyEncoded).toLatin1();
        out.request.body = v[QStringLiteral("body")].toString().toUtf8();
        const QJsonObject headers = v[QStringLiteral("signedHeaders")].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            out.request.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
        out.request.headers.append({ "Authorization", v[QStringLiteral("authorization")].toString().toLatin1() });
        out.signedAt
            = QDateTime::fromString(v[QStringLiteral("sdkDate")].toString(), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        out.signedAt.setTimeSpec(Qt::UTC);
        return out;
    }

private Q_SLOTS:
    void officialVectorsVerify_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors();
        QVERIFY(all.size() >= 8);
        for (const QJsonValue &v : all)
            QTest::newRow(qPrintable(v[QStringLiteral("name")].toString().left(2))) << v.toObject();
    }
    void officialVectorsVerify()
    {
        QFETCH(QJsonObject, vector);
        const Vector v = load(vector);
        SandboxAuth auth(v.config);
        const auto r = auth.verify(v.request, v.signedAt.addSecs(60));
        QVERIFY2(r.ok, qPrintable(r.detail));
    }

    void anyChangedByteFails_data() { officialVectorsVerify_data(); }
    void anyChangedByteFails()
    {
        QFETCH(QJsonObject, vector);
        const Vector base = load(vector);
        const QDateTime now = base.signedAt.addSecs(60);
        QList<QPair<const char *, std::function<void(SandboxRequest &)>>> changes {
            { "method", [](SandboxRequest &r) { r.method = r.method == "GET" ? "DELETE" : "GET"; } },
            { "path", [](SandboxRequest &r) { r.rawPath += 'x'; } },
            { "query", [](SandboxRequest &r) { r.rawQuery += r.rawQuery.isEmpty() ? "a=1" : "&a=1"; } },
            { "body", [](SandboxRequest &r) { r.body += ' '; } },
            { "date",
              [](SandboxRequest &r) {
                  for (auto &h : r.headers) {
                      if (h.first.compare("x-sdk-date", Qt::CaseInsensitive) == 0)
                          h.second[h.second.size() - 2] = h.second.at(h.second.size() - 2) == '0' ? '1' : '0';
                  }
              } },
            { "signed header", [](SandboxRequest &r) { r.headers.first().second += 'x'; } },
            { "header missing", [](SandboxRequest &r) { r.headers.removeFirst(); } },
            { "signature",
              [](SandboxRequest &r) {
                  QByteArray &a = r.headers.last().second;
                  a[a.size() - 1] = a.at(a.size() - 1) == 'a' ? 'b' : 'a';
              } },
        };
        for (const auto &change : changes) {
            SandboxRequest request = base.request;
            change.second(request);
            SandboxAuth auth(base.config);
            const auto r = auth.verify(request, now);
            QVERIFY2(!r.ok, change.first);
        }
    }

    void skewWindowIsFifteenMinutes()
    {
        const Vector v = load(vectors().first().toObject());
        SandboxAuth auth(v.config);
        QVERIFY(auth.verify(v.request, v.signedAt.addSecs(15 * 60)).ok);
        QVERIFY(auth.verify(v.request, v.signedAt.addSecs(-15 * 60)).ok);
        const auto late = auth.verify(v.request, v.signedAt.addSecs(15 * 60 + 1));
        QVERIFY(!late.ok);
        QCOMPARE(late.detail,
                 QStringLiteral("calc aksk signature fail:signature expired, signature time:20240115T083000Z,"
                                "server time:20240115T084501Z"));
        QVERIFY(!auth.verify(v.request, v.signedAt.addSecs(-15 * 60 - 1)).ok);
    }
};

QTEST_MAIN(tst_SandboxVerifier)
#include "tst_sandbox_verifier.moc"
