#include "model/TaskText.h"

QString TaskText::source(const QString &name, const QString &ip)
{
    if (ip.isEmpty())
        return name;
    return name.isEmpty() ? ip : name + QStringLiteral(" (") + ip + u')';
}

QString TaskText::agent(const std::optional<bool> &connected)
{
    if (!connected.has_value())
        return tr("Unknown");
    return *connected ? tr("Connected") : tr("Disconnected");
}

QString TaskText::deletionLeavesBehind()
{
    return tr("Deleting removes the migration task records from SMS only. The target server, its snapshots "
              "(which keep costing money until you delete them) and the Agent on the source server all stay.");
}
