#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

// scripts/screenshots.sh sets SMS_SCREENSHOT_DIR: the README's screenshots are what the UI tests
// paint at their most telling moment (a 1280×800 window on the demo), not a separate script.
inline bool saveScreenshot(QWidget *widget, const QString &name, QSize size = QSize(1280, 800))
{
    const QString dir = qEnvironmentVariable("SMS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    if (size.isValid())
        widget->resize(size);
    QCoreApplication::processEvents();
    return widget->grab().save(QDir(dir).filePath(name));
}
