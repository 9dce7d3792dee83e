#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current;
} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString Translations::resolve(const QString &requested)
{
    const QString r = requested.trimmed();
    if (r.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
        || r.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zh_CN");
    if (r.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!g_app) {
        g_app = new QTranslator(app);
        g_qt = new QTranslator(app);
    }
    QCoreApplication::removeTranslator(g_app);
    QCoreApplication::removeTranslator(g_qt);
    const bool ok = g_app->load(QStringLiteral(":/i18n/sms-task-manager_") + language);
    if (ok)
        QCoreApplication::installTranslator(g_app);
    if (language != u"en"
        && g_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    QLocale::setDefault(QLocale(language));
    g_current = language;
    return ok;
}

QString Translations::current()
{
    return g_current;
}

QString Translations::fromArguments(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    return language;
}
