#include "model/SubTaskName.h"

#include <QCoreApplication>

namespace {
struct Entry
{
    const char *raw;
    const char *label;
};

// The documented names, in the order a migration runs them. The Chinese console's names come from
// the SDK's own description of the list (UpdateTaskSpeedReq).
constexpr Entry entries[] = {
    { "CREATE_CLOUD_SERVER", QT_TRANSLATE_NOOP("SubTaskName", "Creating the server") },
    { "SSL_CONFIG", QT_TRANSLATE_NOOP("SubTaskName", "Configuring the secure channel") },
    { "ATTACH_AGENT_IMAGE", QT_TRANSLATE_NOOP("SubTaskName", "Attaching the Agent image") },
    { "FORMAT_DISK_LINUX", QT_TRANSLATE_NOOP("SubTaskName", "Formatting Linux partitions") },
    { "FORMAT_DISK_LINUX_FILE", QT_TRANSLATE_NOOP("SubTaskName", "Formatting Linux partitions (file level)") },
    { "FORMAT_DISK_LINUX_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Formatting Linux partitions (block level)") },
    { "FORMAT_DISK_WINDOWS", QT_TRANSLATE_NOOP("SubTaskName", "Formatting Windows partitions") },
    { "MIGRATE_LINUX_FILE", QT_TRANSLATE_NOOP("SubTaskName", "Migrating Linux data (file level)") },
    { "MIGRATE_LINUX_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Migrating Linux data (block level)") },
    { "MIGRATE_WINDOWS_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Migrating Windows data (block level)") },
    { "CLONE_VM", QT_TRANSLATE_NOOP("SubTaskName", "Cloning the server") },
    { "SYNC_LINUX_FILE", QT_TRANSLATE_NOOP("SubTaskName", "Syncing Linux data (file level)") },
    { "SYNC_LINUX_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Syncing Linux data (block level)") },
    { "SYNC_WINDOWS_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Syncing Windows data (block level)") },
    { "CONFIGURE_LINUX", QT_TRANSLATE_NOOP("SubTaskName", "Modifying the Linux configuration") },
    { "CONFIGURE_LINUX_BLOCK", QT_TRANSLATE_NOOP("SubTaskName", "Modifying the Linux configuration (block level)") },
    { "CONFIGURE_LINUX_FILE", QT_TRANSLATE_NOOP("SubTaskName", "Modifying the Linux configuration (file level)") },
    { "CONFIGURE_WINDOWS", QT_TRANSLATE_NOOP("SubTaskName", "Modifying the Windows configuration") },
    { "DETTACH_AGENT_IMAGE", QT_TRANSLATE_NOOP("SubTaskName", "Detaching the Agent image") },
};

const Entry *find(const QString &raw)
{
    for (const Entry &e : entries) {
        if (raw == QLatin1String(e.raw))
            return &e;
    }
    return nullptr;
}
} // namespace

const QStringList &SubTaskName::known()
{
    static const QStringList list = [] {
        QStringList out;
        for (const Entry &e : entries)
            out.append(QLatin1String(e.raw));
        return out;
    }();
    return list;
}

bool SubTaskName::isKnown(const QString &raw)
{
    return find(raw) != nullptr;
}

QString SubTaskName::label(const QString &raw)
{
    const Entry *e = find(raw);
    return e ? QCoreApplication::translate("SubTaskName", e->label) : raw;
}
