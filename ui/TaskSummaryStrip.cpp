#include "ui/TaskSummaryStrip.h"

#include "model/TaskState.h"
#include "ui/FlowLayout.h"
#include "ui/TaskIcons.h"
#include "ui/TaskTableModel.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

QToolButton *makeChip(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}
} // namespace

TaskSummaryStrip::TaskSummaryStrip(QSortFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_recount(new QTimer(this))
    , m_kindsLabel(new QLabel)
    , m_statesLabel(new QLabel)
{
    setObjectName(QStringLiteral("summaryStrip"));
    // Wrapped like words: with many states the strip takes a second row, never a wider window.
    auto *layout = new FlowLayout(this, 2);
    layout->addWidget(m_kindsLabel);
    for (Deletability d : AllDeletabilities) {
        QToolButton *b = makeChip(this);
        static const char *const names[] = { "summaryDeletable", "summaryBlocked", "summaryUncertain" };
        b->setObjectName(QString::fromLatin1(names[int(d)]));
        b->setIcon(TaskIcons::deletability(d));
        connect(b, &QToolButton::clicked, this, [this, d] { Q_EMIT deletabilityClicked(d); });
        m_kindButtons[size_t(d)] = b;
        layout->addWidget(b);
    }
    m_statesLabel->setContentsMargins(16, 0, 0, 0);
    layout->addWidget(m_statesLabel);
    m_layout = layout;

    // Pages arrive every 100 ms while loading: one count of 50,000 rows (~2 ms) per interval at most.
    m_recount->setSingleShot(true);
    m_sinceRecount.start();
    connect(m_recount, &QTimer::timeout, this, &TaskSummaryStrip::recount);
    connect(m_proxy, &QSortFilterProxyModel::sourceModelChanged, this,
            [this] { watch(qobject_cast<TaskTableModel *>(m_proxy->sourceModel())); });
    watch(qobject_cast<TaskTableModel *>(m_proxy->sourceModel()));
    retranslate();
}

void TaskSummaryStrip::watch(TaskTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, m_recount, nullptr);
    m_model = model;
    if (!model)
        return;
    // The first change after a quiet spell is counted in the next turn (a listing's end shows at
    // once); changes coming faster than RecountDelayMs are counted once per interval.
    auto later = [this] {
        if (!m_recount->isActive())
            m_recount->start(
                int(qBound<qint64>(0, qint64(RecountDelayMs) - m_sinceRecount.elapsed(), qint64(RecountDelayMs))));
    };
    connect(model, &QAbstractItemModel::modelReset, m_recount, later);
    connect(model, &QAbstractItemModel::rowsInserted, m_recount, later);
    connect(model, &QAbstractItemModel::rowsRemoved, m_recount, later);
    connect(model, &QAbstractItemModel::dataChanged, m_recount, later);
    later();
}

void TaskSummaryStrip::setActive(const QStringList &taskStates, const QList<Deletability> &kinds)
{
    m_activeStates = taskStates;
    m_activeKinds = kinds;
    for (Deletability d : AllDeletabilities)
        m_kindButtons[size_t(d)]->setChecked(kinds.size() == 1 && kinds.first() == d);
    for (qsizetype i = 0; i < m_stateButtons.size(); ++i)
        m_stateButtons[i]->setChecked(
            taskStates.size() == 1 && taskStates.first().compare(m_stateCounts.at(i).first, Qt::CaseInsensitive) == 0);
}

void TaskSummaryStrip::recount()
{
    m_sinceRecount.start();
    m_kindCounts = {};
    m_pending = 0;
    QHash<QString, int> byState;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        ++byState[m_model->taskAt(r).state];
        if (m_model->agentPending(r))
            ++m_pending;
        else
            ++m_kindCounts[size_t(m_model->verdictAt(r).deletability)];
    }
    QList<std::pair<QString, int>> states;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        states.append({ it.key(), it.value() });
    std::sort(states.begin(), states.end(), [](const auto &a, const auto &b) {
        const int x = TaskState::sortOrder(a.first), y = TaskState::sortOrder(b.first);
        return x != y ? x < y : a.first < b.first;
    });
    const bool sameStates = std::equal(states.cbegin(), states.cend(), m_stateCounts.cbegin(), m_stateCounts.cend(),
                                       [](const auto &a, const auto &b) { return a.first == b.first; });
    m_stateCounts = states;
    if (!sameStates)
        rebuildStateButtons();
    retranslate();
}

void TaskSummaryStrip::rebuildStateButtons()
{
    for (QToolButton *b : std::as_const(m_stateButtons)) {
        b->hide(); // out of the flow now
        b->deleteLater(); // maybe inside its own click
    }
    m_stateButtons.clear();
    for (const auto &[state, count] : std::as_const(m_stateCounts)) {
        QToolButton *b = makeChip(this);
        b->setObjectName(QStringLiteral("summaryState_") + state);
        b->setIcon(TaskIcons::state(state));
        connect(b, &QToolButton::clicked, this, [this, raw = state] { Q_EMIT taskStateClicked(raw); });
        m_layout->addWidget(b);
        m_stateButtons.append(b);
    }
    setActive(m_activeStates, m_activeKinds);
}

void TaskSummaryStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskSummaryStrip::retranslate()
{
    m_kindsLabel->setText(tr("Deletion:"));
    m_statesLabel->setText(tr("States:"));
    m_statesLabel->setVisible(!m_stateCounts.isEmpty());
    for (Deletability d : AllDeletabilities) {
        QToolButton *b = m_kindButtons[size_t(d)];
        const QString label = DeletionRule::label(d);
        // While Agent states are still coming a class would be a guess: the count waits.
        b->setText(m_pending > 0 ? tr("%1 …").arg(label) : tr("%1 %L2").arg(label).arg(m_kindCounts[size_t(d)]));
        b->setEnabled(m_pending == 0);
        b->setToolTip(m_pending > 0 ? tr("Counted once the source servers have loaded.")
                                    : tr("Show only the %n task(s) of this class; click again to show all.", nullptr,
                                         m_kindCounts[size_t(d)]));
    }
    for (qsizetype i = 0; i < m_stateButtons.size(); ++i) {
        const auto &[state, count] = m_stateCounts.at(i);
        m_stateButtons[i]->setText(tr("%1 %L2").arg(TaskState::label(state)).arg(count));
        m_stateButtons[i]->setToolTip(
            tr("Show only the %n task(s) in this state (%1); click again to show all.", nullptr, count).arg(state));
    }
}
