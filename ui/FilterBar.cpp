#include "ui/FilterBar.h"

#include "model/DeletionRule.h"
#include "model/SourceState.h"
#include "model/TaskState.h"
#include "ui/TaskFilterProxy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
// Refills a combo with translated labels while keeping the selected raw value.
template<typename Fill> void refill(QComboBox *box, Fill fill)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    fill(box);
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

FilterBar::FilterBar(TaskFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_taskStateLabel(new QLabel)
    , m_taskState(new QComboBox)
    , m_sourceStateLabel(new QLabel)
    , m_sourceState(new QComboBox)
    , m_classificationLabel(new QLabel)
    , m_classification(new QComboBox)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("FilterBar"));
    m_taskState->setObjectName(QStringLiteral("taskStateFilter"));
    m_sourceState->setObjectName(QStringLiteral("sourceStateFilter"));
    m_classification->setObjectName(QStringLiteral("classificationFilter"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox *box : { m_taskState, m_sourceState, m_classification })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A screen reader names each box by its label (and by the name set in retranslate()).
    m_taskStateLabel->setBuddy(m_taskState);
    m_sourceStateLabel->setBuddy(m_sourceState);
    m_classificationLabel->setBuddy(m_classification);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_taskStateLabel);
    layout->addWidget(m_taskState);
    layout->addSpacing(8);
    layout->addWidget(m_sourceStateLabel);
    layout->addWidget(m_sourceState);
    layout->addSpacing(8);
    layout->addWidget(m_classificationLabel);
    layout->addWidget(m_classification);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);

    connect(m_taskState, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTaskState(m_taskState->currentData().toString()); });
    connect(m_sourceState, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSourceState(m_sourceState->currentData().toString()); });
    connect(m_classification, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDeletability(m_classification->currentData().toInt()); });
    // Typed quickly, a search filters once, after the last key: not once per key on 50,000 rows.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    // Esc in the search box empties it, as in every search field.
    auto *escape = new QAction(m_search);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, m_search, &QLineEdit::clear);
    retranslate();
}

void FilterBar::clearFilters()
{
    for (QComboBox *box : { m_taskState, m_sourceState, m_classification })
        box->setCurrentIndex(0);
    m_search->clear();
    m_searchDelay->stop();
    m_proxy->setSearchText(QString());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_taskStateLabel->setText(tr("Task state:"));
    m_sourceStateLabel->setText(tr("Source state:"));
    m_classificationLabel->setText(tr("Deletion:"));
    m_search->setPlaceholderText(tr("Search name, task ID, source name or IP (Ctrl+F)"));
    m_taskState->setAccessibleName(tr("Task state filter"));
    m_sourceState->setAccessibleName(tr("Source state filter"));
    m_classification->setAccessibleName(tr("Deletion filter"));
    m_search->setAccessibleName(tr("Search the tasks"));
    refill(m_taskState, [](QComboBox *box) {
        box->addItem(tr("All"), QString());
        for (const QString &s : TaskState::known())
            box->addItem(TaskState::label(s), s);
    });
    refill(m_sourceState, [](QComboBox *box) {
        box->addItem(tr("All"), QString());
        for (const QString &s : SourceState::known())
            box->addItem(SourceState::label(s), s);
    });
    refill(m_classification, [](QComboBox *box) {
        box->addItem(tr("All"), -1);
        for (Deletability d : { Deletability::Deletable, Deletability::Blocked, Deletability::Uncertain })
            box->addItem(DeletionRule::label(d), int(d));
    });
}
