#include "ops/RelistCheck.h"

#include "ops/LoadOperation.h"

#include <QFutureWatcher>

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

void RelistCheck::relist(SmsClient *client, int expectedTasks, const QStringList &ids, QObject *context,
                         const Done &done)
{
    LoadOperation::Options tasksOnly;
    tasksOnly.withSources = false;
    tasksOnly.expectedTasks = expectedTasks;
    auto *load = new LoadOperation(client, tasksOnly, context);
    QObject::connect(load, &LoadOperation::finished, context, [load, ids, context, done] {
        load->deleteLater();
        auto *check = new QFutureWatcher<std::vector<bool>>(context); // gone with it on a deadline
        QObject::connect(check, &QFutureWatcherBase::finished, context, [check, done, complete = load->isComplete()] {
            check->deleteLater();
            done(complete, check->result());
        });
        check->setFuture(listed(ids, load->isComplete() ? load->tasks() : QList<Task>()));
    });
    load->start();
}
