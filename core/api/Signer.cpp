#include "api/Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QByteArray lowerTrimmed(const QByteArray &s)
{
    return s.trimmed().toLower();
}

QByteArray canonicalHeaderLines(const QList<Signer::Header> &ordered)
{
    QByteArray out;
    for (const auto &h : ordered)
        out += lowerTrimmed(h.first) + ':' + h.second.trimmed() + '\n';
    return out;
}

QList<Signer::Header> sortedByName(QList<Signer::Header> headers)
{
    for (auto &h : headers)
        h.first = lowerTrimmed(h.first);
    std::stable_sort(headers.begin(), headers.end(),
                     [](const Signer::Header &a, const Signer::Header &b) { return a.first < b.first; });
    return headers;
}

} // namespace

QByteArray Signer::encode(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out += c;
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

QByteArray Signer::encodeQuery(const QList<QueryItem> &items)
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += encode(item.first.toUtf8()) + '=' + encode(item.second.toUtf8());
    }
    return out;
}

QByteArray Signer::canonicalUri(const QByteArray &rawPath)
{
    const QList<QByteArray> segments = rawPath.split('/');
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += encode(QByteArray::fromPercentEncoding(segments.at(i)));
    }
    if (!out.endsWith('/'))
        out += '/';
    return out;
}

QByteArray Signer::canonicalQuery(const QByteArray &rawQuery)
{
    if (rawQuery.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // fromPercentEncoding leaves '+' alone: a literal '+' is not a space to the gateway.
        pairs.append({ QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value) });
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &p : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += encode(p.first) + '=' + encode(p.second);
    }
    return out;
}

QByteArray Signer::sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::signedHeaderNames(const QList<Header> &signedHeaders)
{
    QByteArrayList names;
    for (const auto &h : sortedByName(signedHeaders))
        names.append(h.first);
    return names.join(';');
}

QByteArray Signer::canonicalRequest(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery,
                                    const QList<Header> &signedHeaders, const QByteArray &payloadHash)
{
    const QList<Header> sorted = sortedByName(signedHeaders);
    return canonicalRequestOrdered(method, rawPath, rawQuery, sorted, signedHeaderNames(sorted), payloadHash);
}

QByteArray Signer::canonicalRequestOrdered(const QByteArray &method, const QByteArray &rawPath,
                                           const QByteArray &rawQuery, const QList<Header> &orderedHeaders,
                                           const QByteArray &signedHeadersField, const QByteArray &payloadHash)
{
    return method.toUpper() + '\n' + canonicalUri(rawPath) + '\n' + canonicalQuery(rawQuery) + '\n'
        + canonicalHeaderLines(orderedHeaders) + '\n' + signedHeadersField + '\n' + payloadHash;
}

QByteArray Signer::stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArray(Algorithm) + '\n' + sdkDate + '\n' + sha256Hex(canonicalRequest);
}

QByteArray Signer::signature(const QByteArray &sk, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, sk, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::authorization(const QByteArray &ak, const QByteArray &signedHeaderNames, const QByteArray &signature)
{
    return QByteArray(Algorithm) + " Access=" + ak + ", SignedHeaders=" + signedHeaderNames
        + ", Signature=" + signature;
}

QByteArray Signer::sign(const QByteArray &ak, const QByteArray &sk, const QByteArray &method, const QByteArray &rawPath,
                        const QByteArray &rawQuery, const QList<Header> &signedHeaders, const QByteArray &body)
{
    QByteArray date;
    for (const auto &h : signedHeaders) {
        if (lowerTrimmed(h.first) == "x-sdk-date")
            date = h.second.trimmed();
    }
    const QByteArray cr = canonicalRequest(method, rawPath, rawQuery, signedHeaders, sha256Hex(body));
    return authorization(ak, signedHeaderNames(signedHeaders), signature(sk, stringToSign(date, cr)));
}
