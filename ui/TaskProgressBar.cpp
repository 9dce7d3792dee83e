#include "ui/TaskProgressBar.h"

#include <QEvent>

TaskProgressBar::TaskProgressBar(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("taskProgress"));
    setMaximumWidth(220);
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &TaskProgressBar::apply);
    hide();
}

void TaskProgressBar::start(Kind kind, int total)
{
    m_kind = kind;
    report(0, total);
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

void TaskProgressBar::apply()
{
    switch (m_kind) {
    case Kind::None:
        hide();
        return;
    case Kind::Loading:
        setFormat(tr("Loading… %v/%m"));
        break;
    case Kind::Deleting:
        setFormat(tr("Deleting… %v/%m"));
        break;
    }
    // QProgressBar::setValue repaints at once, the dirty table with it (~30 ms a step): not here.
    setUpdatesEnabled(false);
    setRange(0, m_total);
    setValue(m_done);
    setUpdatesEnabled(true);
    show();
}
