#pragma once

#include "model/Task.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

// Hands the tasks a load delivers to the table at most every intervalMs: the first page at once,
// the ones after it gathered. A 50,000-task load brings ~500 pages of tasks and sources, one every
// ~10 ms; each merge repainted the window (~14 ms), so the GUI thread did little else, and two or
// three repaints in a row froze it for 40–50 ms.
class TaskFeed : public QObject
{
    Q_OBJECT

public:
    explicit TaskFeed(int intervalMs, QObject *parent = nullptr);

    void add(const QList<Task> &tasks);
    void flush(); // what is gathered, now (before anything else changes the table)
    void clear(); // drops what is gathered (another account, or a complete list replaces it)
    bool isEmpty() const { return m_pending.isEmpty(); }

Q_SIGNALS:
    void ready(const QList<Task> &tasks);

private:
    QList<Task> m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceFlush;
    int m_intervalMs;
};
