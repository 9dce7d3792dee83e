// Authentication and authorization at the emulated gateway: the signature cases one by one,
// temporary credentials, IAM tokens, project discovery, --deny and the AK lockout.
#include "SandboxTestServer.h"

#include <QTest>

class tst_SandboxAuth : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    SandboxConfig m_config;

    static void verifyAuthFailure(const SignedTestClient::Reply &r, const QString &messageStart)
    {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
        QVERIFY2(r.errorMsg().startsWith(QStringLiteral("Incorrect IAM authentication information: ") + messageStart),
                 qPrintable(r.errorMsg()));
        QCOMPARE(r.json()[QStringLiteral("request_id")].toString().toLatin1(), r.header("X-Request-Id"));
    }

    QByteArray token(int *status = nullptr, const QString &password = QStringLiteral("p4ss"))
    {
        const QJsonObject body {
            { QStringLiteral("auth"),
              QJsonObject {
                  { QStringLiteral("identity"),
                    QJsonObject {
                        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
                        { QStringLiteral("password"),
                          QJsonObject { { QStringLiteral("user"),
                                          QJsonObject { { QStringLiteral("name"), QStringLiteral("alice") },
                                                        { QStringLiteral("password"), password },
                                                        { QStringLiteral("domain"),
                                                          QJsonObject { { QStringLiteral("name"),
                                                                          QStringLiteral("acme") } } } } } } } } },
                  { QStringLiteral("scope"),
                    QJsonObject { { QStringLiteral("project"),
                                    QJsonObject { { QStringLiteral("name"), m_config.region } } } } } } }
        };
        SignedTestClient::Options o;
        o.sign = false;
        o.signedHeaders = { { "Content-Type", "application/json;charset=utf8" } };
        const auto r = m_client->send("POST", "/v3/auth/tokens", "nocatalog=true",
                                      QJsonDocument(body).toJson(QJsonDocument::Compact), o);
        if (status)
            *status = r.status;
        return r.header("X-Subject-Token");
    }

private Q_SLOTS:
    void init()
    {
        m_config = SandboxConfig();
        m_config.tasks = 20;
        m_config.tempAk = "SANDBOXTEMPAK0000001";
        m_config.tempSk = "temporary-secret-key-00000000000000000000";
        m_config.securityToken = "gQpjbi1ub3J0aC00SANDBOX-SECURITY-TOKEN+/=";
        m_config.iamUser = QStringLiteral("alice");
        m_config.iamPassword = QStringLiteral("p4ss");
        m_config.iamDomain = QStringLiteral("acme");
        startSandbox(m_config);
    }
    void cleanup() { stopSandbox(); }

    void controlRequestPasses()
    {
        const auto r = m_client->get("/v3/tasks", "limit=5&offset=0");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("tasks")].toArray().size(), 5);
        const auto post = m_client->deleteTasks({ QStringLiteral("11111111-2222-4333-8444-555555555555") });
        QCOMPARE(post.status, 400); // authenticated; refused only because the id is unknown
        QCOMPARE(post.errorCode(), QStringLiteral("SMS.6527"));
    }

    void wrongSignatureRefused()
    {
        SignedTestClient::Options o;
        o.sk = "not-the-secret-key";
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
        o = {};
        o.tamper = [](SignedTestPrepared &p) {
            for (auto &h : p.headers) {
                if (h.first == "Authorization")
                    h.second.replace(h.second.size() - 4, 4, h.second.endsWith("0000") ? "1111" : "0000");
            }
        };
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
    }

    void changedQueryRefused()
    {
        SignedTestClient::Options o;
        o.tamper = [](SignedTestPrepared &p) { p.query = "limit=6&offset=0"; };
        verifyAuthFailure(m_client->get("/v3/tasks", "limit=5&offset=0", o),
                          QStringLiteral("verify aksk signature fail"));
        o.tamper = [](SignedTestPrepared &p) { p.query += "&state=READY"; };
        verifyAuthFailure(m_client->get("/v3/tasks", "limit=5", o), QStringLiteral("verify aksk signature fail"));
    }

    void changedPathRefused()
    {
        SignedTestClient::Options o;
        o.tamper = [](SignedTestPrepared &p) { p.path = "/v3/sources"; };
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
    }

    void changedBodyRefused()
    {
        const QStringList ids = m_host->taskIds().mid(0, 2);
        SignedTestClient::Options o;
        o.tamper = [&ids](SignedTestPrepared &p) {
            p.body = QJsonDocument(QJsonObject { { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } })
                         .toJson(QJsonDocument::Compact);
        };
        const auto r = m_client->send("POST", "/v3/tasks/delete", {}, "{\"ids\":[\"x\"]}", o);
        verifyAuthFailure(r, QStringLiteral("verify aksk signature fail"));
        QCOMPARE(m_host->taskCount(), 20);
        // The same bytes with a different JSON spacing are a different body too.
        o.tamper = [](SignedTestPrepared &p) { p.body = "{\"ids\": [\"x\"]}"; };
        verifyAuthFailure(m_client->send("POST", "/v3/tasks/delete", {}, "{\"ids\":[\"x\"]}", o),
                          QStringLiteral("verify aksk signature fail"));
    }

    void changedSignedHeaderRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("content-type") << QByteArray("Content-Type") << QByteArray("application/json;charset=UTF-8");
        QTest::newRow("host") << QByteArray("Host") << QByteArray("localhost");
        QTest::newRow("x-sdk-date") << QByteArray("X-Sdk-Date")
                                    << Signer::sdkDate(QDateTime::currentDateTimeUtc().addSecs(-60));
    }
    void changedSignedHeaderRefused()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        SignedTestClient::Options o;
        o.tamper = [&](SignedTestPrepared &p) { p.setHeader(header, value); };
        const auto r = m_client->get("/v3/tasks", {}, o);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    }

    void unsignedHeaderMayChange()
    {
        SignedTestClient::Options o;
        o.extraHeaders = { { "X-Client-Note", "one" } };
        o.tamper = [](SignedTestPrepared &p) { p.setHeader("X-Client-Note", "two"); };
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
    }

    void signedHeaderNotSentRefused()
    {
        SignedTestClient::Options o;
        o.signedHeaders = { { "Content-Type", "application/json" },
                            { "Host", m_client->hostHeader() },
                            { "X-Missing", "value" },
                            { "X-Sdk-Date", Signer::sdkDate(QDateTime::currentDateTimeUtc()) } };
        o.tamper = [](SignedTestPrepared &p) { p.removeHeader("X-Missing"); };
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
    }

    void unknownAkRefused()
    {
        SignedTestClient::Options o;
        o.ak = "UNKNOWNAK00000000000";
        const auto r = m_client->get("/v3/tasks", {}, o);
        verifyAuthFailure(r, QStringLiteral("Get secretKey failed,ak:******,err:ak not exist"));
    }

    void missingOrMalformedAuthorizationRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization"); // empty: header left out
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("x-auth-token not found");
        QTest::newRow("garbage") << QByteArray("Bearer abc") << QStringLiteral("verify aksk signature fail");
        QTest::newRow("no comma space") << QByteArray(
            "SDK-HMAC-SHA256 Access=SANDBOXAK0000000DEMO,SignedHeaders=x-sdk-date,Signature=" + QByteArray(64, 'a'))
                                        << QStringLiteral("verify aksk signature fail");
        QTest::newRow("short signature") << QByteArray("SDK-HMAC-SHA256 Access=SANDBOXAK0000000DEMO, "
                                                       "SignedHeaders=x-sdk-date, Signature=abc")
                                         << QStringLiteral("verify aksk signature fail");
        QTest::newRow("other algorithm") << QByteArray("V11-HMAC-SHA256 Credential=SANDBOXAK0000000DEMO/x, "
                                                       "SignedHeaders=x-sdk-date, Signature="
                                                       + QByteArray(64, 'a'))
                                         << QStringLiteral("verify aksk signature fail");
    }
    void missingOrMalformedAuthorizationRefused()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, message);
        SignedTestClient::Options o;
        o.tamper = [&](SignedTestPrepared &p) {
            p.removeHeader("Authorization");
            if (!authorization.isEmpty())
                p.setHeader("Authorization", authorization);
        };
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), message);
    }

    void clockSkewRefused_data()
    {
        QTest::addColumn<int>("offsetS");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("20 min early") << -20 * 60 << false;
        QTest::newRow("20 min late") << 20 * 60 << false;
        QTest::newRow("14 min early") << -14 * 60 << true;
        QTest::newRow("14 min late") << 14 * 60 << true;
    }
    void clockSkewRefused()
    {
        QFETCH(int, offsetS);
        QFETCH(bool, accepted);
        SignedTestClient::Options o;
        o.date = QDateTime::currentDateTimeUtc().addSecs(offsetS);
        const auto r = m_client->get("/v3/tasks", {}, o);
        if (accepted) {
            QCOMPARE(r.status, 200);
        } else {
            verifyAuthFailure(r,
                              QStringLiteral("calc aksk signature fail:signature expired, signature time:")
                                  + QString::fromLatin1(Signer::sdkDate(o.date)) + QStringLiteral(",server time:"));
        }
    }

    void malformedDateRefused_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("iso") << QByteArray("2024-01-15T08:30:00Z");
        QTest::newRow("month 13") << QByteArray("20241315T083000Z");
        QTest::newRow("30 February") << QByteArray("20240230T083000Z");
        QTest::newRow("hour 24") << QByteArray("20240115T240000Z");
        QTest::newRow("second 60") << QByteArray("20240115T083060Z");
        QTest::newRow("lower case") << QByteArray("20240115t083000z");
        QTest::newRow("no Z") << QByteArray("20240115T083000");
        QTest::newRow("sign") << QByteArray("+0240115T083000Z");
        QTest::newRow("long") << QByteArray("20240115T0830000Z");
    }

    void malformedDateRefused()
    {
        QFETCH(QByteArray, date);
        SignedTestClient::Options o;
        o.signedHeaders = { { "Host", m_client->hostHeader() }, { "X-Sdk-Date", date } };
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o),
                          QStringLiteral("verify aksk signature fail, X-Sdk-Date is missing or malformed"));
    }

    // Vectors G1/G2: the Go SDK signs only x-sdk-date (no host, no content-type, no project).
    void signingOnlySdkDatePasses()
    {
        SignedTestClient::Options o;
        o.signedHeaders = { { "X-Sdk-Date", Signer::sdkDate(QDateTime::currentDateTimeUtc()) } };
        o.extraHeaders = { { "Content-Type", "application/json" } };
        QCOMPARE(m_client->get("/v3/tasks", "limit=1", o).status, 200);
        // G2-like: a POST whose body ends with the newline Go's json.Encoder writes.
        const auto r = m_client->send("POST", "/v3/tasks/delete", "key=value", "{\"ids\":[\"nope\"]}\n", o);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.6527"));
    }

    void signedHeadersInAnyCaseAndOrderPass()
    {
        // The verifier uses the received list as is (Node signs in its own order).
        const QByteArray date = Signer::sdkDate(QDateTime::currentDateTimeUtc());
        SignedTestClient::Options o;
        o.sign = false;
        o.signedHeaders
            = { { "Host", m_client->hostHeader() }, { "Content-Type", "application/json" }, { "X-Sdk-Date", date } };
        o.tamper = [&](SignedTestPrepared &p) {
            const QList<Signer::Header> ordered = { { "x-sdk-date", date }, { "host", m_client->hostHeader() } };
            const QByteArray field = "x-sdk-date;host";
            const QByteArray cr
                = Signer::canonicalRequestOrdered("GET", "/v3/tasks", {}, ordered, field, Signer::sha256Hex({}));
            p.setHeader("Authorization",
                        Signer::authorization(m_config.ak, field,
                                              Signer::signature(m_config.sk, Signer::stringToSign(date, cr))));
        };
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
    }

    void contentSha256HeaderIsUsed()
    {
        SignedTestClient::Options o;
        o.tamper = [](SignedTestPrepared &p) { p.setHeader("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"); };
        // The signature was computed over the real hash: UNSIGNED-PAYLOAD changes the canonical request.
        verifyAuthFailure(m_client->send("POST", "/v3/tasks/delete", {}, "{\"ids\":[\"x\"]}", o),
                          QStringLiteral("verify aksk signature fail"));
    }

    void scopeHeaders()
    {
        SignedTestClient::Options o;
        o.domainId = m_config.domainId.toLatin1();
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
        o.domainId = "ffffffffffffffffffffffffffffffff";
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
        o = {};
        o.noScopeHeader = true;
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
        SignedTestClient other(m_host->url(), m_config.ak, m_config.sk, "00000000000000000000000000000000");
        verifyAuthFailure(other.get("/v3/tasks"), QStringLiteral("verify aksk signature fail"));
    }

    void temporaryCredentials()
    {
        SignedTestClient::Options o;
        o.ak = m_config.tempAk;
        o.sk = m_config.tempSk;
        o.securityToken = m_config.securityToken;
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
        // Without the token, with a wrong one, with the permanent SK: refused.
        o.securityToken.clear();
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
        o.securityToken = "wrong-token";
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
        o.securityToken = m_config.securityToken;
        o.sk = m_config.sk;
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("verify aksk signature fail"));
        // A security token with the permanent AK: refused.
        SignedTestClient::Options p;
        p.securityToken = m_config.securityToken;
        verifyAuthFailure(m_client->get("/v3/tasks", {}, p), QStringLiteral("verify aksk signature fail"));
    }

    void iamTokens()
    {
        int status = 0;
        const QByteArray t = token(&status);
        QCOMPARE(status, 201);
        QVERIFY(!t.isEmpty());
        SignedTestClient::Options o;
        o.sign = false;
        o.authToken = t;
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
        o.authToken = "MIIforged";
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("decrypt token fail"));

        QCOMPARE(token(&status, QStringLiteral("wrong")), QByteArray());
        QCOMPARE(status, 401);
        QCOMPARE(m_host->journal().last()[QStringLiteral("status")].toInt(), 401);
    }

    void iamTokenExpires()
    {
        m_host->reconfigure([](SandboxConfig &c) { c.tokenTtlS = 1; });
        const QByteArray t = token();
        QVERIFY(!t.isEmpty());
        SignedTestClient::Options o;
        o.sign = false;
        o.authToken = t;
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get("/v3/tasks", {}, o).status, 401, 5000);
        verifyAuthFailure(m_client->get("/v3/tasks", {}, o), QStringLiteral("token expires, expires_at: "));
    }

    void projectDiscovery()
    {
        SignedTestClient::Options o;
        o.noScopeHeader = true;
        auto r = m_client->get("/v3/projects", "name=" + m_config.region.toLatin1(), o);
        QCOMPARE(r.status, 200);
        const QJsonArray projects = r.json()[QStringLiteral("projects")].toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0][QStringLiteral("id")].toString(), m_config.projectId);
        QCOMPARE(projects[0][QStringLiteral("name")].toString(), m_config.region);
        r = m_client->get("/v3/projects", "name=ap-southeast-3", o);
        QCOMPARE(r.json()[QStringLiteral("projects")].toArray().size(), 0);
        o.sk = "bad";
        verifyAuthFailure(m_client->get("/v3/projects", "name=cn-north-4", o),
                          QStringLiteral("verify aksk signature fail"));
    }

    void denyGives403WithTheDocumentedBody_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("listTask") << QStringLiteral("sms:server:listTask") << QByteArray("GET")
                                  << QByteArray("/v3/tasks");
        QTest::newRow("showTask") << QStringLiteral("sms:server:listTask") << QByteArray("GET")
                                  << QByteArray("/v3/tasks/ID");
        QTest::newRow("queryServer") << QStringLiteral("sms:server:queryServer") << QByteArray("GET")
                                     << QByteArray("/v3/sources");
        QTest::newRow("batchDeleteTask") << QStringLiteral("sms:server:batchDeleteTask") << QByteArray("POST")
                                         << QByteArray("/v3/tasks/delete");
        QTest::newRow("deleteTask") << QStringLiteral("sms:server:deleteTask") << QByteArray("DELETE")
                                    << QByteArray("/v3/tasks/ID");
    }
    void denyGives403WithTheDocumentedBody()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        m_host->reconfigure([&action](SandboxConfig &c) { c.deny = { action }; });
        const QString id = m_host->taskIds().at(0);
        m_host->setTaskSource(id, QStringLiteral("stopped"), false);
        path.replace("ID", id.toLatin1());
        const QByteArray body = method == "POST" ? QByteArray("{\"ids\":[\"") + id.toLatin1() + "\"]}" : QByteArray();
        const auto r = m_client->send(method, path, {}, body);
        QCOMPARE(r.status, 403);
        const QString why
            = QStringLiteral("You do not have permission to perform action %1 on resource XXX.").arg(action);
        const QJsonObject expected {
            { QStringLiteral("error_code"), QStringLiteral("SMS.9004") },
            { QStringLiteral("error_msg"),
              QString(QStringLiteral("The current account does not have the permission to execute policy ") + why) },
            { QStringLiteral("encoded_authorization_message"), QStringLiteral("XXXXXX") },
            { QStringLiteral("error_param"), QJsonArray { why } },
            { QStringLiteral("details"),
              QJsonArray { QJsonObject { { QStringLiteral("error_code"), QStringLiteral("SMS.9004") },
                                         { QStringLiteral("error_msg"), why } } } },
        };
        QCOMPARE(r.json(), expected);
        QCOMPARE(m_host->taskCount(), 20); // nothing deleted
        // The other routes still work.
        if (path != "/v3/sources")
            QCOMPARE(m_client->get("/v3/sources").status, 200);
    }

    void authComesBeforeDeny()
    {
        m_host->reconfigure([](SandboxConfig &c) { c.deny = { QStringLiteral("sms:server:listTask") }; });
        SignedTestClient::Options o;
        o.sk = "bad";
        QCOMPARE(m_client->get("/v3/tasks", {}, o).status, 401);
    }

    void akLockout()
    {
        m_host->reconfigure([](SandboxConfig &c) {
            c.akLockout = true;
            c.akLockoutS = 1;
        });
        SignedTestClient::Options bad;
        bad.sk = "bad";
        for (int i = 0; i < 4; ++i)
            verifyAuthFailure(m_client->get("/v3/tasks", {}, bad), QStringLiteral("verify aksk signature fail"));
        QCOMPARE(m_client->get("/v3/tasks").status, 200); // a success resets the count
        for (int i = 0; i < 5; ++i)
            verifyAuthFailure(m_client->get("/v3/tasks", {}, bad), QStringLiteral("verify aksk signature fail"));
        // Locked: even a correct signature is refused, with the lockout message.
        verifyAuthFailure(m_client->get("/v3/tasks"), QStringLiteral("AK access failed to reach the limit,forbidden."));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get("/v3/tasks").status, 200, 5000);
    }

    void noLockoutByDefault()
    {
        SignedTestClient::Options bad;
        bad.sk = "bad";
        for (int i = 0; i < 7; ++i)
            QCOMPARE(m_client->get("/v3/tasks", {}, bad).status, 401);
        QCOMPARE(m_client->get("/v3/tasks").status, 200);
    }
};

QTEST_MAIN(tst_SandboxAuth)
#include "tst_sandbox_auth.moc"
