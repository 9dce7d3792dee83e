#pragma once

#include <QString>
#include <QStringList>

// Source-server states (reference/sms-api.md §3.5): an open enum, shown with a localized label and
// the raw value for anything unknown.
class SourceState
{
public:
    static const QStringList &known();
    static QString label(const QString &raw);
};
