#pragma once

#include <QMenu>

class QActionGroup;

// View > Auto refresh: off, or every 30 s, 1 min or 5 min; remembered for the next start.
class AutoRefreshMenu : public QMenu
{
    Q_OBJECT

public:
    explicit AutoRefreshMenu(QWidget *parent = nullptr);

    int seconds() const { return m_seconds; }
    void setSeconds(int seconds); // emits changed()

Q_SIGNALS:
    void changed(int seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
    int m_seconds = 0;
};
