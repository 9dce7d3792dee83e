#pragma once

#include "ops/DeleteResult.h"
#include "ops/SourceCleanup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One JSON line per delete, stop or source-record removal, appended to audit.jsonl in the app-data folder: when, where,
// which account (domain/project id and masked AK), every id with its outcome and request ids.
// Never a secret.
class AuditLog
{
public:
    struct Context
    {
        QString profile;
        QString endpoint;
        QString region;
        QString projectId;
        QString domainId;
        QString maskedAk;
        QString frontEnd; // "gui" or "cli"
    };

    static QString defaultPath(); // <GenericDataLocation>/sms-task-manager/audit.jsonl
    // Returns false (and leaves the operation's results untouched) when the file cannot be written.
    static bool append(const QString &path, const Context &context, const QList<DeleteResult> &results);
    // A stop alone ("operation": "stop"); a stop-then-delete goes by append(), each id with its "stop".
    static bool appendStops(const QString &path, const Context &context, const QList<StopResult> &stops);
    // A removal of source records ("operation": "remove-sources"): each id, sent or not, and why.
    static bool appendSourceRemoval(const QString &path, const Context &context,
                                    const QList<SourceCleanup::Result> &results);

private:
    static bool write(const QString &path, const Context &context, const QString &operation, const QJsonObject &summary,
                      const QJsonArray &items);
};
