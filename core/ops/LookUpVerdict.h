#pragma once

#include "ops/DeleteLedger.h"
#include "ops/DeleteResult.h"

struct ApiResponse;

// What one answer to GET /v3/tasks/{id} says about a task a delete is confirming: its outcome, or
// that it must be asked again (still DELETING, or an answer that says nothing).
struct LookUpVerdict
{
    bool askAgain = false;
    bool stopSending = false; // a 401, or held back after one: asking more would add to a lockout
    DeleteOutcome outcome = DeleteOutcome::Unknown;
    SmsError error;
    DeleteNote note = DeleteNote::None;
    QString noteArg;

    // `why`: what the delete call left pending; `recorded`: the error it left; `lastAttempt`: no
    // more look-ups are allowed.
    static LookUpVerdict of(const ApiResponse &r, DeleteLedger::Pending why, const SmsError &recorded,
                            bool lastAttempt);
    // A 404 from SMS itself; a gateway 404 (APIGW.0101: no such API) says nothing about the task.
    static bool isServiceNotFound(const ApiResponse &r);
};
