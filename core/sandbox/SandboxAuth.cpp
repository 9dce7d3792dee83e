#include "sandbox/SandboxAuth.h"

#include "api/Signer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

// Constant-time comparison, so the sandbox does not teach a timing side channel.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// X-Sdk-Date, yyyyMMdd'T'HHmmss'Z' in ASCII digits, as a UTC time; invalid for any other form or an
// impossible date or time. Parsed by hand: QDateTime::fromString with a format cost more than the
// rest of the verification but the HMAC.
QDateTime sdkDateUtc(const QByteArray &d)
{
    if (d.size() != 16 || d.at(8) != 'T' || d.at(15) != 'Z')
        return {};
    for (qsizetype i = 0; i < 15; ++i) {
        if (i != 8 && (d.at(i) < '0' || d.at(i) > '9'))
            return {};
    }
    const auto field = [&d](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i)
            n = n * 10 + (d.at(i) - '0');
        return n;
    };
    const QDate date(field(0, 4), field(4, 2), field(6, 2));
    const QTime time(field(9, 2), field(11, 2), field(13, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString masked(const QByteArray &ak)
{
    Q_UNUSED(ak)
    return QStringLiteral("******");
}

} // namespace

SandboxAuth::SandboxAuth(const SandboxConfig &config)
    : m_config(config)
{ }

SandboxAuth::Result SandboxAuth::verify(const SandboxRequest &request, const QDateTime &nowUtc)
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isNull())
        return verifyToken(request, token, nowUtc);
    if (!request.hasHeader("Authorization")) {
        Result r;
        r.detail = QStringLiteral("x-auth-token not found");
        return r;
    }
    return verifySignature(request, nowUtc);
}

SandboxAuth::Result SandboxAuth::verifyToken(const SandboxRequest &request, const QByteArray &token,
                                             const QDateTime &nowUtc) const
{
    Result r;
    const auto it = m_tokens.constFind(token.trimmed());
    if (it == m_tokens.cend()) {
        r.detail = QStringLiteral("decrypt token fail");
        return r;
    }
    if (it.value() <= nowUtc) {
        r.detail = QStringLiteral("token expires, expires_at: ") + it.value().toString(Qt::ISODateWithMs);
        return r;
    }
    // A project-scoped token: a project header, when sent, must name the token's project.
    const QByteArray project = request.header("X-Project-Id");
    if (!project.isNull() && QString::fromLatin1(project.trimmed()) != m_config.projectId) {
        r.detail = QStringLiteral("the project id of the request does not match the token's scope");
        return r;
    }
    r.ok = true;
    r.principal = QStringLiteral("token");
    return r;
}

SandboxAuth::Result SandboxAuth::fail(const QByteArray &ak, const QString &detail, const QDateTime &nowUtc)
{
    if (m_config.akLockout) {
        Lock &lock = m_locks[ak];
        if (++lock.failures >= m_config.akLockoutThreshold) {
            lock.lockedUntil = nowUtc.addSecs(m_config.akLockoutS);
            lock.failures = 0;
        }
    }
    Result r;
    r.detail = detail;
    return r;
}

SandboxAuth::Result SandboxAuth::verifySignature(const SandboxRequest &request, const QDateTime &nowUtc)
{
    static const QRegularExpression authRe(
        QStringLiteral("^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$"));

    Result r;
    const QString authorization = QString::fromLatin1(request.header("Authorization").trimmed());
    const auto m = authRe.match(authorization);
    if (!m.hasMatch()) {
        r.detail = QStringLiteral("verify aksk signature fail, malformed Authorization header");
        return r;
    }
    const QByteArray ak = m.captured(1).toLatin1();
    const QByteArray signedHeaders = m.captured(2).toLatin1();
    const QByteArray signature = m.captured(3).toLatin1();

    const bool permanent = !m_config.ak.isEmpty() && ak == m_config.ak;
    const bool temporary = !permanent && !m_config.tempAk.isEmpty() && ak == m_config.tempAk;
    if (!permanent && !temporary) {
        r.detail = QStringLiteral("Get secretKey failed,ak:") + masked(ak) + QStringLiteral(",err:ak not exist");
        return r;
    }
    if (m_config.akLockout) {
        const Lock lock = m_locks.value(ak);
        if (lock.lockedUntil.isValid() && lock.lockedUntil > nowUtc) {
            r.detail = QStringLiteral("AK access failed to reach the limit,forbidden.");
            return r;
        }
    }

    const QByteArray date = request.header("X-Sdk-Date").trimmed();
    const QDateTime signedAt = sdkDateUtc(date);
    if (!signedAt.isValid())
        return fail(ak, QStringLiteral("verify aksk signature fail, X-Sdk-Date is missing or malformed"), nowUtc);
    if (qAbs(signedAt.secsTo(nowUtc)) > m_config.clockSkewToleranceS) {
        return fail(ak,
                    QStringLiteral("calc aksk signature fail:signature expired, signature time:")
                        + QString::fromLatin1(date) + QStringLiteral(",server time:")
                        + QString::fromLatin1(Signer::sdkDate(nowUtc)),
                    nowUtc);
    }

    // X-Security-Token goes with, and only with, the temporary AK.
    const QByteArray securityToken = request.header("X-Security-Token");
    if (temporary && securityToken.trimmed() != m_config.securityToken)
        return fail(ak,
                    securityToken.isNull() ? QStringLiteral("verify aksk signature fail, X-Security-Token is required "
                                                            "with a temporary AK")
                                           : QStringLiteral("verify aksk signature fail, invalid X-Security-Token"),
                    nowUtc);
    if (permanent && !securityToken.isNull())
        return fail(ak, QStringLiteral("verify aksk signature fail, X-Security-Token sent with a permanent AK"),
                    nowUtc);

    const QByteArray project = request.header("X-Project-Id");
    const QByteArray domain = request.header("X-Domain-Id");
    if (!project.isNull() && QString::fromLatin1(project.trimmed()) != m_config.projectId)
        return fail(ak, QStringLiteral("verify aksk signature fail, X-Project-Id does not belong to the account"),
                    nowUtc);
    if (!domain.isNull() && QString::fromLatin1(domain.trimmed()) != m_config.domainId)
        return fail(ak, QStringLiteral("verify aksk signature fail, X-Domain-Id does not belong to the account"),
                    nowUtc);

    // Rebuild the canonical request from the received SignedHeaders list, in its order.
    QList<Signer::Header> ordered;
    for (const QByteArray &name : signedHeaders.split(';')) {
        if (name.isEmpty() || !request.hasHeader(name))
            return fail(ak,
                        QStringLiteral("verify aksk signature fail, signed header '") + QString::fromLatin1(name)
                            + QStringLiteral("' was not received"),
                        nowUtc);
        ordered.append({ name, request.header(name) });
    }
    const QByteArray contentSha = request.header("X-Sdk-Content-Sha256");
    const QByteArray payloadHash = contentSha.isNull() ? Signer::sha256Hex(request.body) : contentSha.trimmed();
    const QByteArray canonical = Signer::canonicalRequestOrdered(request.method, request.rawPath, request.rawQuery,
                                                                 ordered, signedHeaders, payloadHash);
    const QByteArray sk = permanent ? m_config.sk : m_config.tempSk;
    const QByteArray expected = Signer::signature(sk, Signer::stringToSign(date, canonical));
    if (!equalConstantTime(expected, signature))
        return fail(ak, QStringLiteral("verify aksk signature fail, signature mismatch"), nowUtc);

    m_locks.remove(ak);
    r.ok = true;
    r.principal = (permanent ? QStringLiteral("ak:") : QStringLiteral("temp-ak:")) + QString::fromLatin1(ak);
    return r;
}

QByteArray SandboxAuth::issueToken(const QDateTime &nowUtc, QDateTime *expiresAt)
{
    // Opaque and unguessable enough for a local emulator: a hash of the SK, a counter and the time.
    const QByteArray seed
        = m_config.sk + QByteArray::number(++m_tokenCounter) + QByteArray::number(nowUtc.toMSecsSinceEpoch());
    const QByteArray token = "MIIsandbox"
        + QCryptographicHash::hash(seed, QCryptographicHash::Sha512)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    *expiresAt = nowUtc.addSecs(m_config.tokenTtlS);
    m_tokens.insert(token, *expiresAt);
    return token;
}
