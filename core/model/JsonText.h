#pragma once

#include <QByteArray>
#include <QString>

// A string as QJsonDocument writes it, for writers that build JSON bytes themselves (the CLI's
// list, the emulator's records): printable ASCII without quote or backslash is copied as is, which
// every JSON writer does; anything else (escapes, non-ASCII) is left to Qt, so the bytes stay Qt's.
namespace JsonText {

QByteArray qtString(const QString &s); // Qt's bytes for s, quotes included

// Buffer: QByteArray or std::string.
template<typename Buffer> void appendString(Buffer &out, const QString &s)
{
    const auto from = out.size();
    out.resize(from + decltype(from)(s.size()) + 2);
    char *p = out.data() + from;
    *p++ = '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            out.resize(from);
            const QByteArray qt = qtString(s);
            out.append(qt.constData(), decltype(from)(qt.size()));
            return;
        }
        *p++ = char(u);
    }
    *p = '"';
}

} // namespace JsonText
