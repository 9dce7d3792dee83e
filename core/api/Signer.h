#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// SDK-HMAC-SHA256 request signing, exactly as ../shared/reference/signing.md describes it.
// Used by the client to sign and by the sandbox to verify, so both share one canonicalisation.
class Signer
{
public:
    using Header = QPair<QByteArray, QByteArray>; // name (any case), value as sent
    using QueryItem = QPair<QString, QString>; // decoded name and value

    static constexpr const char *Algorithm = "SDK-HMAC-SHA256";

    // RFC 3986: only A-Z a-z 0-9 - . _ ~ stay; everything else is %XY with upper-case hex.
    static QByteArray encode(const QByteArray &utf8);
    // Query string for the wire, in the order given, strictly encoded (space = %20, + = %2B).
    static QByteArray encodeQuery(const QList<QueryItem> &items);
    // Canonical URI: decode and re-encode every segment, append '/' when missing.
    static QByteArray canonicalUri(const QByteArray &rawPath);
    // Canonical query from a raw received query: decoded ('+' stays literal), sorted, re-encoded.
    static QByteArray canonicalQuery(const QByteArray &rawQuery);

    static QByteArray sdkDate(const QDateTime &utc);
    static QByteArray sha256Hex(const QByteArray &data);

    // The signed header names, lower-cased and sorted, joined with ';'.
    static QByteArray signedHeaderNames(const QList<Header> &signedHeaders);
    // Canonical request from headers that are all signed (sorted by lower-cased name here).
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery,
                                       const QList<Header> &signedHeaders, const QByteArray &payloadHash);
    // Canonical request keeping the given header order and name list (the verifier's view).
    static QByteArray canonicalRequestOrdered(const QByteArray &method, const QByteArray &rawPath,
                                              const QByteArray &rawQuery, const QList<Header> &orderedHeaders,
                                              const QByteArray &signedHeadersField, const QByteArray &payloadHash);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    static QByteArray signature(const QByteArray &sk, const QByteArray &stringToSign);
    static QByteArray authorization(const QByteArray &ak, const QByteArray &signedHeaderNames,
                                    const QByteArray &signature);

    // One call: the Authorization value for a request whose signed headers (including
    // x-sdk-date) are given; the body is hashed as given.
    static QByteArray sign(const QByteArray &ak, const QByteArray &sk, const QByteArray &method,
                           const QByteArray &rawPath, const QByteArray &rawQuery, const QList<Header> &signedHeaders,
                           const QByteArray &body);
};
