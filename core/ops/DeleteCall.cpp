#include "ops/DeleteCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ApiRequest DeleteCall::request() const
{
    switch (kind) {
    case Kind::Post: {
        QJsonArray list;
        for (const QString &id : ids)
            list.append(id);
        ApiRequest req;
        req.method = "POST";
        req.path = QStringLiteral("/v3/tasks/delete");
        req.body = QJsonDocument(QJsonObject { { QStringLiteral("ids"), list } }).toJson(QJsonDocument::Compact);
        return req;
    }
    case Kind::DeleteOne:
        return { "DELETE", QStringLiteral("/v3/tasks/") + ids.first(), {}, {} };
    case Kind::Show:
        return ApiRequest::get(QStringLiteral("/v3/tasks/") + ids.first());
    }
    return {};
}

QStringList DeleteCall::idsOf(const QList<DeleteCall> &calls)
{
    QStringList ids;
    for (const DeleteCall &c : calls)
        ids += c.ids;
    return ids;
}
