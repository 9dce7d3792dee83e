#include "sandbox/SandboxQuery.h"

SandboxQuery::SandboxQuery(const QByteArray &raw)
{
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq)));
        const QString value
            = QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : part.mid(eq + 1)));
        if (!m_values.contains(name))
            m_values.insert(name, value);
    }
}

std::optional<QString> SandboxQuery::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() ? std::nullopt : std::optional<QString>(it.value());
}

int SandboxQuery::intParam(const QString &name, int fallback, int lo, int hi, QString *error) const
{
    const auto v = value(name);
    if (!v)
        return fallback;
    bool ok = !v->isEmpty();
    for (const QChar c : *v)
        ok = ok && c.isDigit() && c.unicode() < 128;
    const qlonglong n = ok ? v->toLongLong(&ok) : 0;
    if (!ok || n < lo || n > hi) {
        *error = QStringLiteral("%1 must be an integer from %2 to %3").arg(name).arg(lo).arg(hi);
        return fallback;
    }
    return int(n);
}

std::optional<QString> SandboxQuery::stringParam(const QString &name, int minLen, int maxLen, QString *error) const
{
    const auto v = value(name);
    if (!v)
        return std::nullopt;
    if (v->size() < minLen || v->size() > maxLen) {
        *error = QStringLiteral("%1 must be %2 to %3 characters").arg(name).arg(minLen).arg(maxLen);
        return std::nullopt;
    }
    if (v->isEmpty())
        return std::nullopt;
    return v;
}
