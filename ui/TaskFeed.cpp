#include "ui/TaskFeed.h"

TaskFeed::TaskFeed(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskFeed::flush);
}

void TaskFeed::add(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    m_pending.append(tasks);
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        flush(); // nothing shown lately: at once, so the first rows come as soon as they are here
    else
        m_timer.start(int(m_intervalMs - since));
}

void TaskFeed::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    m_sinceFlush.start();
    const QList<Task> tasks = std::exchange(m_pending, {});
    Q_EMIT ready(tasks);
}

void TaskFeed::clear()
{
    m_timer.stop();
    m_pending.clear();
}
