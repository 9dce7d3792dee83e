#pragma once

#include <QDateTime>
#include <QLabel>

// The status bar's note of the list's age: when it was last refreshed and, when auto refresh is
// on, how often it refreshes, so a user can tell a live list from a stale one.
class RefreshInfo : public QLabel
{
    Q_OBJECT

public:
    explicit RefreshInfo(QWidget *parent = nullptr);

    void setIntervalSeconds(int seconds); // 0: auto refresh off
    void markRefreshed(const QDateTime &when = QDateTime::currentDateTime());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_seconds = 0;
    QDateTime m_last;
};
