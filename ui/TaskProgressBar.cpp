#include "ui/TaskProgressBar.h"

#include <QEvent>
#include <QLocale>

TaskProgressBar::TaskProgressBar(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("taskProgress"));
    setMaximumWidth(480);
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &TaskProgressBar::apply);
    hide();
}

void TaskProgressBar::start(Kind kind, int total)
{
    m_kind = kind;
    m_sourcesPhase = false;
    report(0, total);
}

void TaskProgressBar::reportLoad(int tasks, int taskCount, int sources, int sourceCount)
{
    m_sourcesPhase = taskCount >= 0 && tasks >= taskCount && sourceCount > 0 && sources < sourceCount;
    if (m_sourcesPhase)
        report(sources, sourceCount);
    else
        report(tasks, qMax(taskCount, 0));
}

void TaskProgressBar::report(int done, int total)
{
    m_done = done;
    m_total = total;
    if (!m_turn.isActive())
        m_turn.start();
}

void TaskProgressBar::finish()
{
    m_kind = Kind::None;
    m_turn.stop();
    hide();
}

void TaskProgressBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        apply();
    QProgressBar::changeEvent(event);
}

QString TaskProgressBar::n(int value)
{
    return QLocale().toString(value); // 50,000 / 50 000 / 50,000 as the user's locale writes it
}

void TaskProgressBar::apply()
{
    switch (m_kind) {
    case Kind::None:
        hide();
        return;
    case Kind::Loading:
        setFormat(m_sourcesPhase    ? tr("Loading the Agent states… %1/%2 sources").arg(n(m_done), n(m_total))
                      : m_total > 0 ? tr("Loading… %1/%2 tasks").arg(n(m_done), n(m_total))
                                    : tr("Loading…"));
        break;
    case Kind::Deleting:
        setFormat(tr("Deleting… %1/%2 tasks").arg(n(m_done), n(m_total)));
        break;
    case Kind::Stopping:
        setFormat(tr("Stopping and waiting… %1/%2 tasks").arg(n(m_done), n(m_total)));
        break;
    }
    // Wide enough for its text, which must never be cut (it is not wrapped: one line).
    setMinimumWidth(fontMetrics().horizontalAdvance(format()) + 32);
    // QProgressBar::setValue repaints at once, the dirty table with it (~30 ms a step): not here.
    setUpdatesEnabled(false);
    setRange(0, m_total);
    setValue(m_done);
    setUpdatesEnabled(true);
    show();
}
