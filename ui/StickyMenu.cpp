#include "ui/StickyMenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

void StickyMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *a = actionAt(event->position().toPoint());
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
