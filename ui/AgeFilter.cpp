#include "ui/AgeFilter.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QLocale>

AgeFilter::AgeFilter(QWidget *parent)
    : QSpinBox(parent)
{
    setObjectName(QStringLiteral("ageFilter"));
    setRange(0, MaxDays);
    setAccelerated(true); // a held arrow reaches a year without 365 steps
    // Esc empties it, as it empties the search box.
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    addAction(escape);
    connect(escape, &QAction::triggered, this, [this] { setValue(0); });
    connect(this, &QSpinBox::valueChanged, this, &AgeFilter::retranslate);
    retranslate();
}

qint64 AgeFilter::cutoffMs(qint64 nowMs) const
{
    return value() > 0 ? nowMs - qint64(value()) * 24 * 3600 * 1000 : 0;
}

void AgeFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QSpinBox::changeEvent(event);
}

void AgeFilter::retranslate()
{
    // Set only when they change: each setter rewrites the text being typed.
    if (const QString any = tr("Any age"); any != specialValueText())
        setSpecialValueText(any);
    if (const QString unit = tr(" day(s)", nullptr, value()); unit != suffix())
        setSuffix(unit);
    setAccessibleName(tr("Age filter: older than this many days"));
    const qint64 cutoff = cutoffMs(QDateTime::currentMSecsSinceEpoch());
    const QString scope = cutoff > 0
        ? tr("Shows the tasks created before %1.")
              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(cutoff), QLocale::ShortFormat))
        : tr("Shows only the tasks created more than this many days ago.");
    setToolTip(scope + u' ' + tr("A task whose creation date is unknown is hidden while this is on."));
    setAccessibleDescription(toolTip());
}
