#include "DeleteResult.h"

#include <QCoreApplication>

QString DeleteResult::keyword(DeleteOutcome o)
{
    switch (o) {
    case DeleteOutcome::Deleted:
        return QStringLiteral("deleted");
    case DeleteOutcome::AlreadyDeleted:
        return QStringLiteral("already-deleted");
    case DeleteOutcome::Deleting:
        return QStringLiteral("deleting");
    case DeleteOutcome::Failed:
        return QStringLiteral("failed");
    case DeleteOutcome::Skipped:
        return QStringLiteral("skipped");
    case DeleteOutcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString DeleteResult::label(DeleteOutcome o)
{
    switch (o) {
    case DeleteOutcome::Deleted:
        return QCoreApplication::translate("DeleteResult", "Deleted");
    case DeleteOutcome::AlreadyDeleted:
        return QCoreApplication::translate("DeleteResult", "Already deleted");
    case DeleteOutcome::Deleting:
        return QCoreApplication::translate("DeleteResult", "Deleting");
    case DeleteOutcome::Failed:
        return QCoreApplication::translate("DeleteResult", "Failed");
    case DeleteOutcome::Skipped:
        return QCoreApplication::translate("DeleteResult", "Skipped");
    case DeleteOutcome::Unknown:
        return QCoreApplication::translate("DeleteResult", "Unknown");
    }
    return {};
}
