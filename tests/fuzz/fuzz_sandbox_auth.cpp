// The sandbox's gateway verifier (SandboxAuth::verify) on a fuzzed request. Input:
//   byte 0       mode bits: 1 = re-sign the request with the client's Signer first, and then it must
//                verify; 2 = temporary credentials (X-Security-Token); 4 = AK lockout after one failure
//                and an issued IAM token that a header value "@token" is replaced with
//   line 1       METHOD SP PATH[?QUERY]   (rest of byte 0's line)
//   lines        Name: value              (until an empty line)
//   rest         body
// "Now" is fixed at 2024-05-01T12:00:00Z, the X-Sdk-Date of the seeds.
#include "FuzzCheck.h"

#include "api/Signer.h"
#include "sandbox/SandboxAuth.h"

#include <QSet>

namespace {

const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArray("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// Headers the client never signs this way or that the verifier reads with another meaning.
bool reservedForResign(const QByteArray &lower)
{
    return lower == "authorization" || lower == "x-auth-token" || lower == "x-sdk-content-sha256"
        || lower == "x-project-id" || lower == "x-domain-id" || lower == "x-security-token" || lower == "x-sdk-date";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int mode = data[0] & 7;
    const QByteArray input = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    SandboxConfig config;
    if (mode & 2) {
        config.tempAk = "SANDBOXTEMPAK0000001";
        config.tempSk = "sandbox-temp-secret-key-000000000000000";
        config.securityToken = "sandbox-security-token";
    }
    if (mode & 4) {
        config.akLockout = true;
        config.akLockoutThreshold = 1;
    }
    SandboxAuth auth(config);
    QByteArray token;
    if (mode & 4) {
        QDateTime expires;
        token = auth.issueToken(Now, &expires);
    }

    SandboxRequest request;
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype sp = requestLine.indexOf(' ');
    request.method = (sp < 0 ? requestLine : requestLine.left(sp)).toUpper();
    const QByteArray target = sp < 0 ? QByteArray("/") : requestLine.mid(sp + 1);
    const qsizetype q = target.indexOf('?');
    request.rawPath = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (value == "@token" && !token.isEmpty())
            value = token;
        request.headers.append({ lines.at(i).left(colon), value });
    }

    // Re-signed by the client's own signer over every header it may sign: the verifier must accept
    // what the client sends whenever the headers are ones HTTP can carry (distinct token names).
    bool mustVerify = false;
    if (mode & 1) {
        QList<Signer::Header> signedHeaders;
        QSet<QByteArray> names;
        bool plain = true;
        for (const auto &h : std::as_const(request.headers)) {
            const QByteArray lower = h.first.toLower();
            if (reservedForResign(lower))
                continue;
            plain = plain && isToken(h.first) && !names.contains(lower);
            names.insert(lower);
            signedHeaders.append(h);
        }
        QList<QPair<QByteArray, QByteArray>> kept;
        for (const auto &h : std::as_const(request.headers)) {
            if (!reservedForResign(h.first.toLower()))
                kept.append(h);
        }
        request.headers = kept;
        const QByteArray date = Signer::sdkDate(Now);
        request.headers.append({ "X-Sdk-Date", date });
        signedHeaders.append({ "X-Sdk-Date", date });
        const bool temporary = mode & 2;
        if (temporary) {
            request.headers.append({ "X-Security-Token", config.securityToken });
            signedHeaders.append({ "X-Security-Token", config.securityToken });
        }
        const QByteArray ak = temporary ? config.tempAk : config.ak;
        const QByteArray sk = temporary ? config.tempSk : config.sk;
        request.headers.append(
            { "Authorization",
              Signer::sign(ak, sk, request.method, request.rawPath, request.rawQuery, signedHeaders, request.body) });
        mustVerify = plain;
    }

    const SandboxAuth::Result first = auth.verify(request, Now);
    if (qEnvironmentVariableIsSet("SMS_FUZZ_VERBOSE")) // to read a reproducer: what the verifier said
        std::fprintf(stderr, "verify: %s %s\n", first.ok ? "ok" : "refused", qPrintable(first.detail));
    if (mustVerify && !first.ok)
        std::fprintf(stderr, "verifier: %s\n", qPrintable(first.detail));
    FUZZ_CHECK(!mustVerify || first.ok, "the verifier refused a request the client's Signer signed");
    // Asked again (the lockout path when the first one failed); an accepted request stays accepted.
    const SandboxAuth::Result second = auth.verify(request, Now.addSecs(1));
    if (first.ok && !(mode & 4))
        FUZZ_CHECK(second.ok, "the same signed request verified once, then not");
    return 0;
}
