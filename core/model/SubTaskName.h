#pragma once

#include <QString>
#include <QStringList>

// Sub-task names (the SMS "UpdateTaskSpeed" API's documented list, reference/sms-api.md §3.3): the
// console's name of each in the current language; an unknown name is shown as it came.
class SubTaskName
{
public:
    static const QStringList &known();
    static bool isKnown(const QString &raw);
    static QString label(const QString &raw);
};
