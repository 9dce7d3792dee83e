#include "ui/RefreshInfo.h"

#include <QEvent>
#include <QLocale>

RefreshInfo::RefreshInfo(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("refreshInfo"));
    retranslate();
}

void RefreshInfo::setIntervalSeconds(int seconds)
{
    m_seconds = seconds;
    retranslate();
}

void RefreshInfo::markRefreshed(const QDateTime &when)
{
    m_last = when;
    retranslate();
}

void RefreshInfo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void RefreshInfo::retranslate()
{
    QStringList parts;
    if (m_seconds > 0)
        parts.append(m_seconds % 60 == 0 ? tr("Auto refresh every %n minute(s)", nullptr, m_seconds / 60)
                                         : tr("Auto refresh every %n second(s)", nullptr, m_seconds));
    if (m_last.isValid())
        parts.append(tr("refreshed at %1").arg(QLocale().toString(m_last.time(), QLocale::ShortFormat)));
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(m_last.isValid() ? QLocale().toString(m_last, QLocale::LongFormat) : QString());
}
