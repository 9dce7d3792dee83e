#pragma once

#include "api/ApiRequest.h"

#include <QList>
#include <QStringList>

// One call of a delete. Post: POST /v3/tasks/delete (a chunk, or one uncertain id); DeleteOne:
// DELETE /v3/tasks/{id}, only to attribute a 400 that named no id; Show: GET /v3/tasks/{id} to
// confirm.
struct DeleteCall
{
    enum class Kind { Post, DeleteOne, Show };

    Kind kind;
    QStringList ids;
    int attempt = 0; // throttle retries, or polls for Show

    ApiRequest request() const;
    static QStringList idsOf(const QList<DeleteCall> &calls); // every id they carry, in order
};
