#include "model/TaskState.h"

#include <QCoreApplication>

const QStringList &TaskState::known()
{
    static const QStringList list {
        QStringLiteral("RUNNING"),
        QStringLiteral("SYNCING"),
        QStringLiteral("ABORTING"),
        QStringLiteral("SKIPPING"),
        QStringLiteral("RESETING"),
        QStringLiteral("DELETING"),
        QStringLiteral("READY"),
        QStringLiteral("MIGRATE_FAIL"),
        QStringLiteral("SYNC_FAIL"),
        QStringLiteral("ABORT"),
        QStringLiteral("MIGRATE_SUCCESS"),
        QStringLiteral("SYNC_SUCCESS"),
        QStringLiteral("SYNC_F_ROLLBACKING"),
        QStringLiteral("SYNC_F_ROLLBACK_SUCCESS"),
    };
    return list;
}

StateTone TaskState::tone(const QString &raw)
{
    const QString s = raw.trimmed().toUpper();
    if (s == u"RUNNING" || s == u"SYNCING" || s == u"ABORTING" || s == u"SKIPPING" || s == u"RESETING"
        || s == u"DELETING" || s == u"SYNC_F_ROLLBACKING")
        return StateTone::Running;
    if (s == u"MIGRATE_SUCCESS" || s == u"SYNC_SUCCESS" || s == u"SYNC_F_ROLLBACK_SUCCESS")
        return StateTone::Succeeded;
    if (s == u"MIGRATE_FAIL" || s == u"SYNC_FAIL")
        return StateTone::Failed;
    if (s == u"READY")
        return StateTone::Ready;
    return StateTone::Other;
}

int TaskState::sortOrder(const QString &raw)
{
    const qsizetype i = known().indexOf(raw.trimmed().toUpper());
    return i < 0 ? int(known().size()) : int(i);
}

QString TaskState::label(const QString &raw)
{
    const QString s = raw.trimmed().toUpper();
    if (s.isEmpty())
        return QCoreApplication::translate("TaskState", "(none)");
    // clang-format off
    if (s == u"READY") return QCoreApplication::translate("TaskState", "Ready");
    if (s == u"RUNNING") return QCoreApplication::translate("TaskState", "Migrating");
    if (s == u"SYNCING") return QCoreApplication::translate("TaskState", "Syncing");
    if (s == u"MIGRATE_SUCCESS") return QCoreApplication::translate("TaskState", "Migration succeeded");
    if (s == u"SYNC_SUCCESS") return QCoreApplication::translate("TaskState", "Sync succeeded");
    if (s == u"MIGRATE_FAIL") return QCoreApplication::translate("TaskState", "Migration failed");
    if (s == u"SYNC_FAIL") return QCoreApplication::translate("TaskState", "Sync failed");
    if (s == u"ABORTING") return QCoreApplication::translate("TaskState", "Stopping");
    if (s == u"ABORT") return QCoreApplication::translate("TaskState", "Stopped");
    if (s == u"SKIPPING") return QCoreApplication::translate("TaskState", "Skipping");
    if (s == u"DELETING") return QCoreApplication::translate("TaskState", "Deleting");
    if (s == u"RESETING") return QCoreApplication::translate("TaskState", "Rolling back");
    if (s == u"SYNC_F_ROLLBACKING") return QCoreApplication::translate("TaskState", "Rolling back after sync failure");
    if (s == u"SYNC_F_ROLLBACK_SUCCESS") return QCoreApplication::translate("TaskState", "Rolled back after sync failure");
    // clang-format on
    return QCoreApplication::translate("TaskState", "Unknown (%1)").arg(raw);
}
