#include "ui/FilterBar.h"

#include "model/DeletionRule.h"
#include "model/SourceState.h"
#include "model/TaskState.h"
#include "ui/AgeFilter.h"
#include "ui/ChoiceFilter.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskIcons.h"
#include "ui/TaskSummaryStrip.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QList<Deletability> kindsOf(const QStringList &values)
{
    QList<Deletability> out;
    for (const QString &v : values)
        out.append(Deletability(v.toInt()));
    return out;
}

QStringList statesOfTone(StateTone tone)
{
    QStringList out;
    for (const QString &s : TaskState::known()) {
        if (TaskState::tone(s) == tone)
            out.append(s);
    }
    return out;
}
} // namespace

FilterBar::FilterBar(TaskFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_taskStateLabel(new QLabel)
    , m_taskState(new ChoiceFilter)
    , m_sourceStateLabel(new QLabel)
    , m_sourceState(new ChoiceFilter)
    , m_classificationLabel(new QLabel)
    , m_classification(new ChoiceFilter)
    , m_ageLabel(new QLabel)
    , m_age(new AgeFilter)
    , m_ageDelay(new QTimer(this))
    , m_ageRecount(new QTimer(this))
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_summary(new TaskSummaryStrip(proxy))
{
    setObjectName(QStringLiteral("FilterBar"));
    m_taskState->setObjectName(QStringLiteral("taskStateFilter"));
    m_sourceState->setObjectName(QStringLiteral("sourceStateFilter"));
    m_classification->setObjectName(QStringLiteral("classificationFilter"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    // A screen reader names each filter by its label (and by the name set in retranslate()).
    m_taskStateLabel->setBuddy(m_taskState);
    m_sourceStateLabel->setBuddy(m_sourceState);
    m_classificationLabel->setBuddy(m_classification);
    m_ageLabel->setBuddy(m_age);

    auto *filters = new QHBoxLayout;
    const std::pair<QLabel *, ChoiceFilter *> pairs[] = { { m_taskStateLabel, m_taskState },
                                                          { m_sourceStateLabel, m_sourceState },
                                                          { m_classificationLabel, m_classification } };
    for (const auto &[label, filter] : pairs) {
        filters->addWidget(label);
        filters->addWidget(filter);
        filters->addSpacing(8);
        connect(filter, &ChoiceFilter::chosenChanged, this, &FilterBar::applyFilters);
    }
    filters->addWidget(m_ageLabel);
    filters->addWidget(m_age);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_summary);

    connect(m_summary, &TaskSummaryStrip::taskStateClicked, this,
            [this](const QString &raw) { chooseOnly(m_taskState, raw); });
    connect(m_summary, &TaskSummaryStrip::deletabilityClicked, this,
            [this](Deletability d) { chooseOnly(m_classification, QString::number(int(d))); });
    // Typed quickly, a search filters once, after the last key: not once per key on 50,000 rows.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    // Typed or stepped with a held arrow, an age filters once, after the last change.
    m_ageDelay->setSingleShot(true);
    m_ageDelay->setInterval(SearchDelayMs);
    connect(m_age, &QSpinBox::valueChanged, m_ageDelay, qOverload<>(&QTimer::start));
    connect(m_ageDelay, &QTimer::timeout, this, &FilterBar::applyAge);
    m_ageRecount->setObjectName(QStringLiteral("ageRecountTimer"));
    m_ageRecount->setInterval(AgeRecountMs);
    connect(m_ageRecount, &QTimer::timeout, this, &FilterBar::applyAge);
    // Esc in the search box empties it, as in every search field.
    auto *escape = new QAction(m_search);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, m_search, &QLineEdit::clear);
    retranslate();
}

void FilterBar::applyFilters()
{
    const QList<Deletability> kinds = kindsOf(m_classification->chosen());
    m_proxy->setTaskStates(m_taskState->chosen());
    m_proxy->setSourceStates(m_sourceState->chosen());
    m_proxy->setDeletabilities(kinds);
    m_summary->setActive(m_taskState->chosen(), kinds);
}

void FilterBar::applyAge()
{
    m_ageDelay->stop();
    m_proxy->setCreatedBefore(m_age->cutoffMs(QDateTime::currentMSecsSinceEpoch()));
    m_age->retranslate(); // the cutoff's date in its tooltip
    if (m_age->value() > 0)
        m_ageRecount->start();
    else
        m_ageRecount->stop();
}

void FilterBar::chooseOnly(ChoiceFilter *filter, const QString &value)
{
    const bool already = filter->chosen() == QStringList { value };
    filter->setChosen(already ? QStringList() : QStringList { value });
}

void FilterBar::clearFilters()
{
    for (ChoiceFilter *f : { m_taskState, m_sourceState, m_classification })
        f->setChosen({});
    m_age->setValue(0);
    applyAge();
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
    m_ageLabel->setText(tr("&Older than:"));
    m_search->setPlaceholderText(tr("Search name, task ID, source name or IP (Ctrl+F)"));
    m_taskState->setAccessibleName(tr("Task state filter"));
    m_sourceState->setAccessibleName(tr("Source state filter"));
    m_classification->setAccessibleName(tr("Deletion filter"));
    m_search->setAccessibleName(tr("Search the tasks"));

    QList<ChoiceFilter::Choice> states;
    for (const QString &s : TaskState::known())
        states.append({ s, TaskState::label(s), TaskIcons::state(s) });
    m_taskState->setChoices(states,
                            { { tr("Every failed state"), statesOfTone(StateTone::Failed) },
                              { tr("Every running state"), statesOfTone(StateTone::Running) },
                              { tr("Every succeeded state"), statesOfTone(StateTone::Succeeded) } });
    QList<ChoiceFilter::Choice> sources;
    for (const QString &s : SourceState::known())
        sources.append({ s, SourceState::label(s), {} });
    m_sourceState->setChoices(sources,
                              { { tr("Every failed state"),
                                  { QStringLiteral("unavailable"), QStringLiteral("error"),
                                    QStringLiteral("clearfailed"), QStringLiteral("premigfailed") } } });
    QList<ChoiceFilter::Choice> kinds;
    for (Deletability d : AllDeletabilities)
        kinds.append({ QString::number(int(d)), DeletionRule::label(d), TaskIcons::deletability(d) });
    m_classification->setChoices(kinds);
}
