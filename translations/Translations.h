#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the app's own translator and Qt's (qtbase) for a language, replacing the previous
// ones, so switching at runtime sends QEvent::LanguageChange to every widget.
class Translations
{
public:
    static QStringList available(); // "en", "zh_CN"
    // "zh_CN" or "en"; anything else falls back to the system locale's best match.
    static QString resolve(const QString &requested);
    static bool install(const QString &language);
    static QString current();
    // The value of --lang in `arguments` ("--lang zh_CN" or "--lang=zh_CN"), empty without one:
    // both front ends read it before parsing, so --help and every message are translated.
    static QString fromArguments(const QStringList &arguments);
};
