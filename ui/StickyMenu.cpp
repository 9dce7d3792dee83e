#include "ui/StickyMenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <utility>

void StickyMenu::mousePressEvent(QMouseEvent *event)
{
    m_pressedInside = rect().contains(event->position().toPoint());
    QMenu::mousePressEvent(event);
}

void StickyMenu::mouseReleaseEvent(QMouseEvent *event)
{
    const bool pressedInside = std::exchange(m_pressedInside, false);
    QAction *a = actionAt(event->position().toPoint());
    if (!pressedInside && a && a->isCheckable())
        return; // the end of the click that opened the menu
    if (a && a->isEnabled() && a->isCheckable()) {
        a->trigger();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StickyMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    QAction *a = activeAction();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && a && a->isEnabled()
        && a->isCheckable()) {
        a->trigger();
        return;
    }
    QMenu::keyPressEvent(event);
}
