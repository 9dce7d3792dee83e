#pragma once

#include "model/Task.h"
#include "ops/DeleteResult.h"

#include <QList>

// What a confirmed delete sends, built by DeletePlan from the user's decision. Every id here was
// shown to the user; DeleteOperation never sends anything else.
struct DeleteRequest
{
    QList<Task> inChunks; // deletable: POST /v3/tasks/delete, at most 50 ids a call
    QList<Task> onePerCall; // uncertain, opted in: POST /v3/tasks/delete with this id alone
    QList<DeleteResult> skipped; // not sent, reported as they are (with why)

    int sendCount() const { return int(inChunks.size() + onePerCall.size()); }
};
