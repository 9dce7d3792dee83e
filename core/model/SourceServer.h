#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A source server as ListServers returns it (reference/sms-api.md §5): the join partner that
// carries the Agent's connection state, which ListTasks lacks.
struct SourceServer
{
    QString id;
    QString name;
    QString ip;
    QString state;
    std::optional<bool> connected;

    static SourceServer fromJson(const QJsonObject &o);
};
