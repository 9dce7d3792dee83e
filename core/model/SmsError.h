#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class SmsErrorKind {
    None,
    Http, // the service answered with a non-2xx status
    Network, // connection refused, reset, DNS, ...
    Timeout, // our transfer timeout fired
    Canceled, // the user cancelled
    Tls, // certificate or handshake failure (never ignored)
    InvalidResponse, // 2xx but a body we cannot read
    NotSent, // held back unsent: the account answered 401 earlier, nothing is signed until the user acts
    Unproven, // every answer came, yet they prove nothing (a listing shifted while read, a filter not applied)
};

struct SmsErrorDetail
{
    QString code;
    QString message;
};

// An error as data (design.md): text is produced at display time, in the current language.
struct SmsError
{
    SmsErrorKind kind = SmsErrorKind::None;
    int httpStatus = 0;
    QString code; // error_code (or code), e.g. SMS.9004, APIGW.0301
    QString message; // error_msg (or message), as the service sent it
    QString encodedAuthorizationMessage;
    QStringList params; // error_param
    QList<SmsErrorDetail> details;
    QString requestId; // X-Request-Id
    int networkError = 0;
    QString networkErrorString;
    QString host; // host[:port] a transfer went to, for a failure without an answer

    bool isError() const { return kind != SmsErrorKind::None; }
    // A 401, or held back because of one: five failed signatures lock an AK, so nothing signed may
    // follow until the user acts.
    bool blocksAccount() const { return httpStatus == 401 || kind == SmsErrorKind::NotSent; }

    // Parses error_code/error_msg, falling back to code/message and nested objects (Go SDK order).
    static SmsError fromHttp(int status, const QByteArray &body, const QString &requestId);

    // All codes: the main one and every details[].error_code, de-duplicated.
    QStringList allCodes() const;
    // One localized line: "SMS.9004: explanation (service message) · HTTP 403 · request id …".
    QString summary() const;
    // Multi-line localized report for "copy details" and tooltips.
    QString detailedText() const;
};
Q_DECLARE_METATYPE(SmsError)
