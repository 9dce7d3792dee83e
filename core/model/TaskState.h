#pragma once

#include <QString>
#include <QStringList>

// Task states (reference/sms-api.md §3.4): an open enum with a localized label and a sort order.
class TaskState
{
public:
    static const QStringList &known();
    static QString label(const QString &raw);
    static int sortOrder(const QString &raw); // running first, unknown last
};
