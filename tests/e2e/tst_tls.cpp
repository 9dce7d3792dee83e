#include "ListAll.h"
#include "SandboxFixture.h"
#include "TestCertificates.h"
#include "ops/LoadOperation.h"
#include "ops/SessionSetup.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The HTTPS sandbox and the client's TLS: a CA generated here is trusted only when the client is
// told to (SmsClient::setCaCertificates, SessionSetup's CA bundle, sms-tasks --ca-bundle); otherwise
// the handshake fails, is reported as a TLS error and no request reaches the service.
class tst_Tls : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;
    QTemporaryDir m_home;

    SandboxConfig httpsConfig() const
    {
        SandboxConfig c;
        c.tasks = 12;
        c.tlsCertFile = m_certs.serverCert();
        c.tlsKeyFile = m_certs.serverKey();
        return c;
    }

    static void verifyTlsError(const SmsError &e)
    {
        QVERIFY2(e.kind == SmsErrorKind::Tls, qPrintable(e.summary() + u' ' + e.networkErrorString));
        QCOMPARE(e.httpStatus, 0);
        // Readable: what failed and why, in Qt's words (not an "Unknown error").
        QVERIFY2(e.networkErrorString.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || e.networkErrorString.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(e.networkErrorString));
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run tasksCli(const SandboxFixture &sb, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(sb.config.ak));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(sb.config.sk));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), sb.config.projectId);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SMS_BIN_DIR "/sms-tasks"),
                QStringList { QStringLiteral("--endpoint"), sb.url.toString(), QStringLiteral("--lang"),
                              QStringLiteral("en") }
                    + args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        if (!m_certs.generate())
            QFAIL(qPrintable(m_certs.errorString())); // never a skip: HTTPS must be tested
    }

    void theSandboxServesHttps()
    {
        SandboxFixture sb(httpsConfig());
        QVERIFY2(sb.url.isValid() && !sb.url.isEmpty(), qPrintable(sb.host->errorString()));
        QCOMPARE(sb.url.scheme(), QStringLiteral("https"));
        QCOMPARE(sb.url.host(), QStringLiteral("127.0.0.1"));
    }

    void listsWhenTheCaIsTrustedThroughTheClient()
    {
        SandboxFixture sb(httpsConfig());
        auto client = sb.client();
        client->setCaCertificates(m_certs.ca());
        int count = 0;
        const SmsError e = listWith(client.get(), &count);
        QVERIFY2(!e.isError(), qPrintable(e.summary() + u' ' + e.networkErrorString));
        QCOMPARE(count, sb.config.tasks);
        QVERIFY(!sb.journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).isEmpty());
    }

    void listsWhenTheCaIsTrustedThroughTheSessionsCaBundle()
    {
        SandboxFixture sb(httpsConfig());
        ConnectionSpec spec;
        spec.smsEndpoint = sb.url.toString();
        spec.region = sb.config.region;
        spec.credentials = sb.credentials();
        spec.caBundlePath = m_certs.caCert();
        spec.timeoutMs = 5000;
        SessionSetup setup(spec);
        QSignalSpy ready(&setup, &SessionSetup::ready);
        QSignalSpy failed(&setup, &SessionSetup::failed);
        setup.start();
        QVERIFY2(ready.count() == 1 || ready.wait(10000),
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        int count = 0;
        const SmsError e = listWith(setup.client(), &count);
        QVERIFY2(!e.isError(), qPrintable(e.summary() + u' ' + e.networkErrorString));
        QCOMPARE(count, sb.config.tasks);
    }

    void anUntrustedCertificateIsATlsErrorAndNothingIsProcessed()
    {
        SandboxFixture sb(httpsConfig());
        auto client = sb.client(); // the system's CAs only
        verifyTlsError(listWith(client.get()));
        QCOMPARE(sb.host->journal().size(), 0);
    }

    void trustingADifferentCaFails()
    {
        SandboxFixture sb(httpsConfig());
        auto client = sb.client();
        client->setCaCertificates(m_certs.otherCa());
        verifyTlsError(listWith(client.get()));

        // The same through the session's CA bundle.
        ConnectionSpec spec;
        spec.smsEndpoint = sb.url.toString();
        spec.region = sb.config.region;
        spec.credentials = sb.credentials();
        spec.caBundlePath = m_certs.otherCaCert();
        spec.timeoutMs = 5000;
        SessionSetup setup(spec);
        QSignalSpy ready(&setup, &SessionSetup::ready);
        setup.start();
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        verifyTlsError(listWith(setup.client()));
        QCOMPARE(sb.host->journal().size(), 0);
    }

    void cliListsWithItsCaBundleAndFailsWithoutIt()
    {
        SandboxFixture sb(httpsConfig());
        QCOMPARE(sb.url.scheme(), QStringLiteral("https"));
        const Run ok = tasksCli(sb, { QStringLiteral("--ca-bundle"), m_certs.caCert(), QStringLiteral("list") });
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(!ok.out.isEmpty());
        const int processed = int(sb.host->journal().size());
        QVERIFY(processed > 0);

        const Run untrusted = tasksCli(sb, { QStringLiteral("list") });
        QCOMPARE(untrusted.code, 2);
        QVERIFY2(untrusted.err.contains(QLatin1String("Secure connection failed")), qPrintable(untrusted.err));
        QVERIFY2(untrusted.err.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || untrusted.err.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(untrusted.err));
        QCOMPARE(int(sb.host->journal().size()), processed);

        const Run other
            = tasksCli(sb, { QStringLiteral("--ca-bundle"), m_certs.otherCaCert(), QStringLiteral("list") });
        QCOMPARE(other.code, 2);
        QVERIFY2(other.err.contains(QLatin1String("Secure connection failed")), qPrintable(other.err));
        QCOMPARE(int(sb.host->journal().size()), processed);
    }

    void cliExplainsABadCaBundle()
    {
        SandboxFixture sb(httpsConfig());
        const QString missing = m_certs.path(QStringLiteral("no-such-bundle.pem"));
        const Run r = tasksCli(sb, { QStringLiteral("--ca-bundle"), missing, QStringLiteral("list") });
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("No PEM certificate could be read from the CA bundle \"%1\"").arg(missing)),
            qPrintable(r.err));

        // A key is no certificate either.
        const Run notACert
            = tasksCli(sb, { QStringLiteral("--ca-bundle"), m_certs.serverKey(), QStringLiteral("list") });
        QCOMPARE(notACert.code, 2);
        QVERIFY2(notACert.err.contains(QLatin1String("No PEM certificate could be read from the CA bundle")),
                 qPrintable(notACert.err));
        QCOMPARE(sb.host->journal().size(), 0);
    }

    void badTlsFilesStopTheSandboxFromStarting()
    {
        SandboxConfig noKey = httpsConfig();
        noKey.tlsKeyFile = m_certs.path(QStringLiteral("no-such.key"));
        SandboxHost a(noKey);
        QVERIFY(a.startAndWait().isEmpty());
        QVERIFY2(a.errorString().contains(QLatin1String("no-such.key")), qPrintable(a.errorString()));

        SandboxConfig keyAsCert = httpsConfig();
        keyAsCert.tlsCertFile = m_certs.serverKey();
        SandboxHost b(keyAsCert);
        QVERIFY(b.startAndWait().isEmpty());
        QVERIFY2(b.errorString().contains(QLatin1String("no PEM certificate")), qPrintable(b.errorString()));

        SandboxConfig half;
        half.tlsCertFile = m_certs.serverCert();
        SandboxHost c(half);
        QVERIFY(c.startAndWait().isEmpty());
        QVERIFY2(c.errorString().contains(QLatin1String("HTTPS")), qPrintable(c.errorString()));
    }

    void theSandboxExecutableServesHttps()
    {
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        sandbox.start(QStringLiteral(SMS_BIN_DIR "/sms-sandbox"),
                      { QStringLiteral("--tasks"), QStringLiteral("7"), QStringLiteral("--tls-cert"),
                        m_certs.serverCert(), QStringLiteral("--tls-key"), m_certs.serverKey() });
        QVERIFY(sandbox.waitForStarted(5000));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += sandbox.readAllStandardOutput()).contains('\n'), 15000);
        const QByteArray prefix = "sms-sandbox listening on https://127.0.0.1:";
        QVERIFY2(line.startsWith(prefix), line.constData());
        const QUrl url = QUrl::fromEncoded(line.trimmed().mid(int(qstrlen("sms-sandbox listening on "))));
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        const SandboxConfig defaults;
        Credentials c;
        c.ak = defaults.ak;
        c.sk = defaults.sk;
        c.projectId = defaults.projectId;
        SmsClient client(url, c);
        client.setTransferTimeoutMs(5000);
        client.setCaCertificates(m_certs.ca());
        int count = 0;
        const SmsError e = listWith(&client, &count);
        QVERIFY2(!e.isError(), qPrintable(e.summary() + u' ' + e.networkErrorString));
        QCOMPARE(count, 7);

        sandbox.terminate(); // SIGTERM: a clean exit 0
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void theSandboxExecutableRefusesIncompleteTlsOptions()
    {
        QProcess half;
        half.start(QStringLiteral(SMS_BIN_DIR "/sms-sandbox"), { QStringLiteral("--tls-cert"), m_certs.serverCert() });
        QVERIFY(half.waitForFinished(10000));
        QCOMPARE(half.exitCode(), 2);
        QVERIFY(half.readAllStandardError().contains("--tls-cert and --tls-key go together"));

        QProcess badKey;
        badKey.start(
            QStringLiteral(SMS_BIN_DIR "/sms-sandbox"),
            { QStringLiteral("--tls-cert"), m_certs.serverCert(), QStringLiteral("--tls-key"), m_certs.caCert() });
        QVERIFY(badKey.waitForFinished(15000));
        QCOMPARE(badKey.exitCode(), 2);
        const QByteArray err = badKey.readAllStandardError();
        QVERIFY2(err.contains("HTTPS: no unencrypted PEM private key"), err.constData());
        QVERIFY(badKey.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
