#pragma once

#include <QMenu>

// A menu of check boxes that stays open while they are ticked (by mouse, Space or Enter), so that
// several are chosen in one go; any other action closes it as usual.
class StickyMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Only a click that began in the menu ticks: the release of the click that opened it (the menu
    // may open over its button near a screen's edge) does not.
    bool m_pressedInside = false;
};
