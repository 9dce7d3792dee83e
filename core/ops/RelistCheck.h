#pragma once

#include "model/Task.h"

#include <QFuture>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

class QObject;
class SmsClient;

// Which of a delete's ids a complete re-list still holds, worked out on the thread pool: 41,000
// ids looked up in a set of the listed ones took ~30 ms of the GUI thread as a large delete ended.
namespace RelistCheck {
// listed[i]: ids[i] is among the tasks.
QFuture<std::vector<bool>> listed(const QStringList &ids, const QList<Task> &tasks);

using Done = std::function<void(bool complete, const std::vector<bool> &listed)>;
// Lists the tasks (only: absence is all a confirmation needs; the pages of `expectedTasks` are asked
// for at once) and calls `done` with which of `ids` a complete listing holds (none when it is not
// complete). Nothing runs once `context` is gone.
void relist(SmsClient *client, int expectedTasks, const QStringList &ids, QObject *context, const Done &done);
} // namespace RelistCheck
