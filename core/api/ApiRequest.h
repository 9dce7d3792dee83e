#pragma once

#include "api/Signer.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One SMS call before signing: the query is kept decoded and encoded once, by the Signer, so the
// bytes signed are the bytes sent.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // e.g. /v3/tasks
    QList<Signer::QueryItem> query;
    QByteArray body; // exact bytes, hashed and sent as they are

    static ApiRequest get(const QString &path, const QList<Signer::QueryItem> &query = {})
    {
        return { "GET", path, query, {} };
    }
};
