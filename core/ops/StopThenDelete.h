#pragma once

#include "ops/DeleteRequest.h"
#include "ops/DeleteResult.h"
#include "ops/StopResult.h"

#include <QList>

// The step between a stop and its delete, as data: which tasks go on (a fresh record shows them
// deletable, or they were deletable from the start) and how both steps read together afterwards.
namespace StopThenDelete {

// Only tasks of `stops` go, and only those a fresh record shows deletable: never Uncertain.
DeleteRequest requestAfter(const QList<StopResult> &stops);
// The delete's results with each task's stop beside it, in the order of `stops`.
QList<DeleteResult> merge(const QList<StopResult> &stops, const QList<DeleteResult> &deleted);

} // namespace StopThenDelete
