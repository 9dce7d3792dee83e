#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Said in the middle of an empty task table: that the account has no task, or that no task matches
// the filters (with Clear filters), instead of a blank grid.
class EmptyTableNote : public QWidget
{
    Q_OBJECT

public:
    enum class Reason { None, Loading, NoTasks, NothingMatches };

    explicit EmptyTableNote(QWidget *viewport);

    void setReason(Reason reason);
    Reason reason() const { return m_reason; }
    QString text() const;

Q_SIGNALS:
    void clearFiltersRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // follows the viewport's size

private:
    void retranslate();

    Reason m_reason = Reason::None;
    QLabel *m_label;
    QPushButton *m_clear;
};
