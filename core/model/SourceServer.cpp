#include "SourceServer.h"

SourceServer SourceServer::fromJson(const QJsonObject &o)
{
    SourceServer s;
    s.id = o.value(QLatin1String("id")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.ip = o.value(QLatin1String("ip")).toString();
    s.state = o.value(QLatin1String("state")).toString();
    if (o.value(QLatin1String("connected")).isBool())
        s.connected = o.value(QLatin1String("connected")).toBool();
    return s;
}
