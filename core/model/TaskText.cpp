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

QString TaskText::stoppingHalts(bool thenDelete)
{
    const QString stop
        = tr("Stopping halts the migration or synchronization of that server; it can be started again later.");
    if (!thenDelete)
        return stop;
    return stop + u' '
        + tr("A task can end stopped but not deleted (Cancel, a refusal, a state that is "
             "not deletable): its migration is then halted, and must be started again by "
             "hand if it was wanted.");
}

QString TaskText::deletionLeavesBehind()
{
    return tr("Deleting removes the migration task records from SMS only. The target server, its snapshots "
              "(which keep costing money until you delete them) and the Agent on the source server all stay.");
}
