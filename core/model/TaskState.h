#pragma once

#include <QString>
#include <QStringList>

// What kind of state a task is in, for the colour key both front ends share.
enum class StateTone { Running, Succeeded, Failed, Ready, Other };

// Task states (reference/sms-api.md §3.4): an open enum with a localized label and a sort order.
class TaskState
{
public:
    static StateTone tone(const QString &raw);
    static const QStringList &known();
    static QString label(const QString &raw);
    static int sortOrder(const QString &raw); // running first, unknown last
};
