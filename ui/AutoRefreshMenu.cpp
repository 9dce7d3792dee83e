#include "ui/AutoRefreshMenu.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace {
const QString SettingsKey = QStringLiteral("autoRefreshSeconds");
}

AutoRefreshMenu::AutoRefreshMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("autoRefreshMenu"));
    for (int seconds : { 0, 30, 60, 300 }) {
        QAction *a = addAction(QString());
        a->setCheckable(true);
        a->setData(seconds);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setSeconds(seconds); });
    }
    m_seconds = QSettings().value(SettingsKey, 0).toInt();
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toInt() == m_seconds);
    retranslate();
}

void AutoRefreshMenu::setSeconds(int seconds)
{
    m_seconds = seconds;
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toInt() == seconds);
    QSettings().setValue(SettingsKey, seconds);
    Q_EMIT changed(seconds);
}

void AutoRefreshMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AutoRefreshMenu::retranslate()
{
    setTitle(tr("Auto &refresh"));
    for (QAction *a : m_group->actions()) {
        const int seconds = a->data().toInt();
        a->setText(seconds == 0 ? tr("Off")
                                : (seconds < 60 ? tr("Every %n second(s)", nullptr, seconds)
                                                : tr("Every %n minute(s)", nullptr, seconds / 60)));
    }
}
