#pragma once

#include "model/Task.h"

#include <QFuture>
#include <QList>
#include <QStringList>

#include <vector>

// Which of a delete's ids a complete re-list still holds, worked out on the thread pool: 41,000
// ids looked up in a set of the listed ones took ~30 ms of the GUI thread as a large delete ended.
namespace RelistCheck {
// listed[i]: ids[i] is among the tasks.
QFuture<std::vector<bool>> listed(const QStringList &ids, const QList<Task> &tasks);
} // namespace RelistCheck
