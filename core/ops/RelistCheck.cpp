#include "ops/RelistCheck.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

QFuture<std::vector<bool>> RelistCheck::listed(const QStringList &ids, const QList<Task> &tasks)
{
    // Both are implicitly shared copies: nothing the GUI thread changes meanwhile is read.
    return QtConcurrent::run([ids, tasks] {
        QSet<QString> present;
        present.reserve(tasks.size());
        for (const Task &t : tasks)
            present.insert(t.id);
        std::vector<bool> out(size_t(ids.size()), false);
        for (qsizetype i = 0; i < ids.size(); ++i)
            out[size_t(i)] = present.contains(ids.at(i));
        return out;
    });
}
