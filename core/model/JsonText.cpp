#include "model/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray JsonText::qtString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}
