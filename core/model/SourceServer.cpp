#include "model/SourceServer.h"

#include "model/JsonRead.h"

SourceServer SourceServer::fromJson(const QJsonObject &o)
{
    SourceServer s;
    s.id = JsonRead::text(o.value(QLatin1String("id")));
    s.name = JsonRead::text(o.value(QLatin1String("name")));
    s.ip = JsonRead::text(o.value(QLatin1String("ip")));
    s.state = JsonRead::text(o.value(QLatin1String("state")));
    s.connected = JsonRead::boolean(o.value(QLatin1String("connected")));
    return s;
}
