#include "model/SourceState.h"

#include <QCoreApplication>

const QStringList &SourceState::known()
{
    static const QStringList list {
        QStringLiteral("unavailable"), QStringLiteral("waiting"),   QStringLiteral("initialize"),
        QStringLiteral("replicate"),   QStringLiteral("syncing"),   QStringLiteral("stopping"),
        QStringLiteral("stopped"),     QStringLiteral("skipping"),  QStringLiteral("deleting"),
        QStringLiteral("clearing"),    QStringLiteral("cleared"),   QStringLiteral("clearfailed"),
        QStringLiteral("premigready"), QStringLiteral("premiged"),  QStringLiteral("premigfailed"),
        QStringLiteral("error"),       QStringLiteral("cloning"),   QStringLiteral("cutovering"),
        QStringLiteral("finished"),    QStringLiteral("premiging"),
    };
    return list;
}

QString SourceState::label(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s.isEmpty())
        return QCoreApplication::translate("SourceState", "(none)");
    // clang-format off
    if (s == u"unavailable") return QCoreApplication::translate("SourceState", "Environment check failed");
    if (s == u"waiting") return QCoreApplication::translate("SourceState", "Waiting");
    if (s == u"initialize") return QCoreApplication::translate("SourceState", "Initializing");
    if (s == u"replicate") return QCoreApplication::translate("SourceState", "Replicating");
    if (s == u"syncing") return QCoreApplication::translate("SourceState", "Syncing");
    if (s == u"stopping") return QCoreApplication::translate("SourceState", "Pausing");
    if (s == u"stopped") return QCoreApplication::translate("SourceState", "Paused");
    if (s == u"skipping") return QCoreApplication::translate("SourceState", "Skipping");
    if (s == u"deleting") return QCoreApplication::translate("SourceState", "Deleting");
    if (s == u"clearing") return QCoreApplication::translate("SourceState", "Clearing snapshots");
    if (s == u"cleared") return QCoreApplication::translate("SourceState", "Snapshots cleared");
    if (s == u"clearfailed") return QCoreApplication::translate("SourceState", "Snapshot clearing failed");
    if (s == u"premigready") return QCoreApplication::translate("SourceState", "Drill ready");
    if (s == u"premiged") return QCoreApplication::translate("SourceState", "Drill finished");
    if (s == u"premigfailed") return QCoreApplication::translate("SourceState", "Drill failed");
    if (s == u"premiging") return QCoreApplication::translate("SourceState", "Drill in progress");
    if (s == u"error") return QCoreApplication::translate("SourceState", "Error");
    if (s == u"cloning") return QCoreApplication::translate("SourceState", "Cloning");
    if (s == u"cutovering") return QCoreApplication::translate("SourceState", "Starting target");
    if (s == u"finished") return QCoreApplication::translate("SourceState", "Finished");
    // clang-format on
    return QCoreApplication::translate("SourceState", "Unknown (%1)").arg(raw);
}
