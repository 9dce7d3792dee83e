#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// A request's raw query, decoded; '+' stays a literal '+' as for the verifier. The first value of
// a repeated name wins. The checks are the service's own parameter rules, so a malformed value is
// refused here exactly as the real endpoint refuses it.
class SandboxQuery
{
public:
    explicit SandboxQuery(const QByteArray &raw);

    std::optional<QString> value(const QString &name) const;

    // An integer parameter: digits only, within [lo, hi]. Sets *error on anything else.
    int intParam(const QString &name, int fallback, int lo, int hi, QString *error) const;

    // A string parameter limited to [minLen, maxLen] characters. Empty with minLen 0 means "no filter".
    std::optional<QString> stringParam(const QString &name, int minLen, int maxLen, QString *error) const;

private:
    QHash<QString, QString> m_values;
};
