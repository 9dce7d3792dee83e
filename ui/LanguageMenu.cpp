#include "ui/LanguageMenu.h"

#include "translations/Translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    for (const auto &[code, name] : { std::pair { "en", "English" }, std::pair { "zh_CN", "简体中文" } }) {
        const QString language = QString::fromLatin1(code);
        QAction *a = addAction(QString::fromUtf8(name));
        a->setObjectName(QStringLiteral("language_") + language);
        a->setCheckable(true);
        a->setData(language);
        a->setChecked(Translations::current() == language);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { choose(language); });
    }
    setTitle(tr("&Language"));
}

void LanguageMenu::choose(const QString &language)
{
    Translations::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == language);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("&Language"));
    QMenu::changeEvent(event);
}
