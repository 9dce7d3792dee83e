#include "ops/ScannedValue.h"

#include "model/JsonRead.h"

#include <QByteArray>

ScannedValue ScannedValue::boolean(bool b)
{
    ScannedValue v(Kind::Bool);
    v.m_bool = b;
    return v;
}

ScannedValue ScannedValue::number(double d)
{
    ScannedValue v(Kind::Number);
    // Qt stores an integral double as an integer, so -0 comes back as 0.
    v.m_number = d == 0 ? 0.0 : d;
    return v;
}

ScannedValue ScannedValue::string(QByteArrayView raw, bool escaped, bool ascii)
{
    ScannedValue v(Kind::String);
    v.m_raw = raw;
    v.m_escaped = escaped;
    v.m_ascii = ascii;
    return v;
}

QString ScannedValue::decoded() const
{
    if (!m_escaped)
        return m_ascii ? QString::fromLatin1(m_raw) : QString::fromUtf8(m_raw);
    // Only the one-character escapes get here (the scanner gives \u to Qt), so the result is
    // the same bytes with each escape replaced, and still valid UTF-8.
    QByteArray bytes;
    bytes.reserve(m_raw.size());
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        char c = m_raw[i];
        if (c == '\\') {
            switch (m_raw[++i]) {
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            default:
                c = m_raw[i]; // '"', '\\' or '/'
                break;
            }
        }
        bytes += c;
    }
    return m_ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

QString ScannedValue::text() const
{
    switch (m_kind) {
    case Kind::String:
        return decoded();
    case Kind::Number:
        return JsonRead::text(QJsonValue(m_number));
    case Kind::Missing:
    case Kind::Null:
    case Kind::Bool:
    case Kind::Container:
        return {};
    }
    return {};
}

QJsonValue ScannedValue::json() const
{
    switch (m_kind) {
    case Kind::Missing:
        return QJsonValue(QJsonValue::Undefined);
    case Kind::Null:
    case Kind::Container:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return QJsonValue(m_bool);
    case Kind::Number:
        return QJsonValue(m_number);
    case Kind::String:
        return QJsonValue(decoded());
    }
    return {};
}
