#include "ui/ChoiceFilter.h"

#include "ui/StickyMenu.h"

#include <QEvent>
#include <QMouseEvent>

ChoiceFilter::ChoiceFilter(QWidget *parent)
    : QComboBox(parent)
    , m_menu(new StickyMenu(this))
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(QString());
    m_menu->installEventFilter(this);
    rebuildMenu();
}

void ChoiceFilter::setChoices(const QList<Choice> &choices, const QList<Group> &groups)
{
    m_choices = choices;
    m_groups = groups;
    addMissing(m_chosen);
    rebuildMenu();
}

void ChoiceFilter::setChosen(const QStringList &values)
{
    if (addMissing(values))
        rebuildMenu();
    applyChosen(values);
}

const ChoiceFilter::Choice *ChoiceFilter::choiceOf(const QString &value) const
{
    for (const Choice &c : m_choices) {
        if (c.value == value)
            return &c;
    }
    return nullptr;
}

bool ChoiceFilter::addMissing(const QStringList &values)
{
    bool added = false;
    for (const QString &v : values) {
        if (!choiceOf(v)) {
            m_choices.append({ v, v, {} }); // shown raw: the list does not know it
            added = true;
        }
    }
    return added;
}

QStringList ChoiceFilter::labels() const
{
    QStringList out;
    for (const Choice &c : m_choices)
        out.append(c.label);
    return out;
}

QMenu *ChoiceFilter::choiceMenu() const
{
    return m_menu;
}

bool ChoiceFilter::eventFilter(QObject *watched, QEvent *event)
{
    // A click on this box while its menu is open closes the menu; without this Qt would replay the
    // press to the box, which would open the menu again (QComboBox's own popup does the same).
    if (watched == m_menu && event->type() == QEvent::MouseButtonPress) {
        const auto *press = static_cast<QMouseEvent *>(event);
        if (rect().contains(mapFromGlobal(press->globalPosition().toPoint())))
            m_menu->setAttribute(Qt::WA_NoMouseReplay);
    }
    return QComboBox::eventFilter(watched, event);
}

void ChoiceFilter::showPopup()
{
    m_menu->setAttribute(Qt::WA_NoMouseReplay, false);
    m_menu->setMinimumWidth(width());
    m_menu->popup(mapToGlobal(QPoint(0, height())));
}

void ChoiceFilter::hidePopup()
{
    m_menu->hide();
}

void ChoiceFilter::setSummary(const QString &text)
{
    if (itemText(0) != text)
        setItemText(0, text);
}

void ChoiceFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        syncChecks(); // "All" and the summary; the choices come again from the owner
    QComboBox::changeEvent(event);
}

void ChoiceFilter::rebuildMenu()
{
    // Only when the choices change (a language change), never while ticking: an action must not
    // be deleted inside its own trigger.
    m_menu->clear();
    m_choiceActions.clear();
    m_groupActions.clear();
    m_all = m_menu->addAction(QString());
    m_all->setCheckable(true);
    connect(m_all, &QAction::triggered, this, [this] { applyChosen({}); });
    if (!m_groups.isEmpty())
        m_menu->addSeparator();
    for (const Group &g : std::as_const(m_groups)) {
        QAction *a = m_menu->addAction(g.label);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, g] { toggleGroup(g); });
        m_groupActions.append(a);
    }
    m_menu->addSeparator();
    for (const Choice &c : std::as_const(m_choices)) {
        QAction *a = m_menu->addAction(c.icon, c.label);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, value = c.value](bool on) { toggle(value, on); });
        m_choiceActions.append(a);
    }
    syncChecks();
}

void ChoiceFilter::toggle(const QString &value, bool on)
{
    QStringList values = m_chosen;
    values.removeAll(value);
    if (on)
        values.append(value);
    applyChosen(values);
}

void ChoiceFilter::toggleGroup(const Group &group)
{
    QStringList values = m_chosen;
    const bool all
        = std::all_of(group.values.cbegin(), group.values.cend(), [&](const QString &v) { return values.contains(v); });
    for (const QString &v : group.values) {
        values.removeAll(v);
        if (!all)
            values.append(v);
    }
    applyChosen(values);
}

void ChoiceFilter::applyChosen(QStringList values)
{
    // In the menu's order, so that the same choice is always the same filter and the same text.
    QStringList ordered;
    for (const Choice &c : std::as_const(m_choices)) {
        if (values.contains(c.value))
            ordered.append(c.value);
    }
    const bool changed = ordered != m_chosen;
    m_chosen = ordered;
    syncChecks();
    if (changed)
        Q_EMIT chosenChanged(m_chosen);
}

QString ChoiceFilter::labelOf(const QString &value) const
{
    const Choice *c = choiceOf(value);
    return c ? c->label : value;
}

void ChoiceFilter::syncChecks()
{
    m_all->setText(tr("All"));
    m_all->setChecked(m_chosen.isEmpty());
    for (qsizetype i = 0; i < m_choiceActions.size(); ++i)
        m_choiceActions[i]->setChecked(m_chosen.contains(m_choices.at(i).value));
    for (qsizetype i = 0; i < m_groupActions.size(); ++i) {
        const QStringList &values = m_groups.at(i).values;
        m_groupActions[i]->setChecked(
            std::all_of(values.cbegin(), values.cend(), [&](const QString &v) { return m_chosen.contains(v); }));
    }
    QStringList names;
    for (const QString &v : std::as_const(m_chosen))
        names.append(labelOf(v));
    if (names.isEmpty())
        setSummary(tr("All"));
    else if (names.size() == 1)
        setSummary(names.first());
    else
        setSummary(tr("%1 and %n more", nullptr, int(names.size() - 1)).arg(names.first()));
    setToolTip(names.isEmpty() ? tr("Every value is shown. Tick several to show any of them.") : names.join(u'\n'));
}
