#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Tolerant readers for service JSON: every field optional, numbers may arrive as strings and
// booleans as numbers (seen in the wild with gateways and older API versions).
namespace JsonRead {

inline std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        // Out of range (1e300, inf, NaN) is no integer: casting it would be undefined behaviour.
        const double d = v.toDouble();
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

inline std::optional<bool> boolean(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true" || s == u"1")
            return true;
        if (s == u"false" || s == u"0")
            return false;
    }
    return std::nullopt;
}

inline QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

} // namespace JsonRead
