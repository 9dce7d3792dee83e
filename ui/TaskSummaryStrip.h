#pragma once

#include "model/DeletionRule.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>
#include <utility>

class FlowLayout;
class QLabel;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class TaskTableModel;

// The overview above the table: how many listed tasks are deletable, blocked or uncertain, and how
// many are in each task state; a click on a count filters to it (a second click shows all again).
// Counted from the listed tasks, not the filtered ones, once per RecountDelayMs at most.
class TaskSummaryStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RecountDelayMs = 200;

    explicit TaskSummaryStrip(QSortFilterProxyModel *proxy, QWidget *parent = nullptr);

    // Which counts are the current filter (shown pressed).
    void setActive(const QStringList &taskStates, const QList<Deletability> &kinds);

Q_SIGNALS:
    void taskStateClicked(const QString &rawState);
    void deletabilityClicked(Deletability kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void watch(TaskTableModel *model);
    void recount();
    void rebuildStateButtons();
    void retranslate();

    QSortFilterProxyModel *m_proxy;
    TaskTableModel *m_model = nullptr;
    QTimer *m_recount;
    QElapsedTimer m_sinceRecount;
    QLabel *m_kindsLabel;
    QLabel *m_statesLabel;
    FlowLayout *m_layout = nullptr;
    std::array<QToolButton *, AllDeletabilities.size()> m_kindButtons {}; // by int(Deletability)
    std::array<int, AllDeletabilities.size()> m_kindCounts {};
    int m_pending = 0; // rows whose Agent state is still loading: no class yet
    QList<std::pair<QString, int>> m_stateCounts; // in TaskState order, non-zero only
    QList<QToolButton *> m_stateButtons; // parallel to m_stateCounts
    QStringList m_activeStates;
    QList<Deletability> m_activeKinds;
};
