#pragma once

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>

// Certificates generated at test time with the openssl command line, into a temporary directory:
// a CA, a server certificate for 127.0.0.1 / localhost signed by it, and a second CA that signed
// nothing here. Usage (a missing openssl fails the test, it is never skipped):
//     TestCertificates certs;
//     if (!certs.generate())
//         QFAIL(qPrintable(certs.errorString()));
class TestCertificates
{
public:
    bool generate()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return fail(QStringLiteral("the openssl command line is missing (scripts/install-deps.sh installs it)"));
        // Our own config, so neither the system's openssl.cnf nor OPENSSL_CONF changes what is made.
        QFile cnf(path(QStringLiteral("openssl.cnf")));
        if (!cnf.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write ") + cnf.fileName());
        cnf.write("[req]\n"
                  "distinguished_name = dn\n"
                  "prompt = no\n"
                  "[dn]\n"
                  "CN = placeholder\n"
                  "[ca_ext]\n"
                  "basicConstraints = critical, CA:TRUE\n"
                  "keyUsage = critical, keyCertSign, cRLSign\n"
                  "subjectKeyIdentifier = hash\n"
                  "[server_ext]\n"
                  "basicConstraints = critical, CA:FALSE\n"
                  "keyUsage = critical, digitalSignature, keyEncipherment\n"
                  "extendedKeyUsage = serverAuth\n"
                  "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                  "subjectKeyIdentifier = hash\n"
                  "authorityKeyIdentifier = keyid\n");
        cnf.close();
        return makeCa(QStringLiteral("ca"), QStringLiteral("/CN=SMS Task Manager Test CA"))
            && makeCa(QStringLiteral("other-ca"), QStringLiteral("/CN=SMS Task Manager Untrusted Test CA"))
            && run({ QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("openssl.cnf")),
                     QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), serverKey(), QStringLiteral("-out"),
                     path(QStringLiteral("server.csr")), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") })
            && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     path(QStringLiteral("server.csr")), QStringLiteral("-CA"), caCert(), QStringLiteral("-CAkey"),
                     path(QStringLiteral("ca.key")), QStringLiteral("-set_serial"), serial(), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-sha256"), QStringLiteral("-extfile"),
                     path(QStringLiteral("openssl.cnf")), QStringLiteral("-extensions"), QStringLiteral("server_ext"),
                     QStringLiteral("-out"), serverCert() })
            && readable();
    }

    QString errorString() const { return m_error; }

    QString caCert() const { return path(QStringLiteral("ca.pem")); } // the CA that signed the server
    QString otherCaCert() const { return path(QStringLiteral("other-ca.pem")); } // a CA that signed nothing here
    QString serverCert() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(caCert()); }
    QList<QSslCertificate> otherCa() const { return QSslCertificate::fromPath(otherCaCert()); }

private:
    bool makeCa(const QString &name, const QString &subject)
    {
        return run({ QStringLiteral("req"),
                     QStringLiteral("-config"),
                     path(QStringLiteral("openssl.cnf")),
                     QStringLiteral("-x509"),
                     QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"),
                     path(name + QStringLiteral(".key")),
                     QStringLiteral("-out"),
                     path(name + QStringLiteral(".pem")),
                     QStringLiteral("-days"),
                     QStringLiteral("2"),
                     QStringLiteral("-sha256"),
                     QStringLiteral("-subj"),
                     subject,
                     QStringLiteral("-extensions"),
                     QStringLiteral("ca_ext"),
                     QStringLiteral("-set_serial"),
                     serial() });
    }

    bool run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, args);
        if (!p.waitForStarted(10000))
            return fail(QStringLiteral("cannot run %1: %2").arg(m_openssl, p.errorString()));
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return fail(QStringLiteral("openssl %1 did not finish").arg(args.first()));
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("openssl %1 failed (exit %2): %3")
                            .arg(args.join(u' '))
                            .arg(p.exitCode())
                            .arg(QString::fromLocal8Bit(p.readAll())));
        return true;
    }

    bool readable()
    {
        if (ca().size() != 1 || otherCa().size() != 1 || QSslCertificate::fromPath(serverCert()).size() != 1)
            return fail(QStringLiteral("openssl wrote certificates Qt cannot read in ") + m_dir.path());
        return true;
    }

    static QString serial() // a fresh serial each time, so no two test certificates collide in a cache
    {
        return QStringLiteral("0x") + QString::number(QRandomGenerator::global()->generate64() >> 1, 16);
    }

    bool fail(const QString &error)
    {
        m_error = QStringLiteral("TestCertificates: ") + error;
        return false;
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
};
