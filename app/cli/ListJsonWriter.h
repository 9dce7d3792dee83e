#pragma once

#include "model/Task.h"

#include <QByteArray>
#include <QList>

// `sms-tasks list --json`, written straight to bytes: exactly what QJsonDocument::Indented writes for
// the same object (keys sorted, four spaces a level; tst_listjson compares the two), at a fraction
// of the cost. Through QJsonObject, 2,000 tasks took ~40 ms after the last page had arrived.
class ListJsonWriter
{
public:
    static QByteArray write(const QList<Task> &tasks, bool complete, int count);
};
