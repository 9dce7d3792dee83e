#pragma once

#include "model/DeletionRule.h"

#include <QIcon>
#include <QString>

// The small icons of the task table: a coloured dot per kind of task state, one per deletion class.
namespace TaskIcons {
QIcon state(const QString &taskState); // cached per colour
QIcon deletability(Deletability d);
} // namespace TaskIcons
