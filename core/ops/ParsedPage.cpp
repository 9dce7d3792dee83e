#include "ops/ParsedPage.h"

#include "model/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
template<typename Item, typename Parse>
ParsedPage parse(const QByteArray &body, QLatin1String listKey, QList<Item> ParsedPage::*into, Parse fromJson)
{
    ParsedPage p;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(listKey).isArray())
        return p;
    p.readable = true;
    p.count = int(JsonRead::integer(o.value(QLatin1String("count"))).value_or(-1));
    const QJsonArray items = o.value(listKey).toArray();
    (p.*into).reserve(items.size());
    for (const QJsonValue &v : items)
        (p.*into).append(fromJson(v.toObject()));
    return p;
}
} // namespace

ParsedPage ParsedPage::tasksPage(const QByteArray &body)
{
    return parse(body, QLatin1String("tasks"), &ParsedPage::tasks, &Task::fromJson);
}

ParsedPage ParsedPage::sourcesPage(const QByteArray &body)
{
    return parse(body, QLatin1String("source_servers"), &ParsedPage::sources, &SourceServer::fromJson);
}
