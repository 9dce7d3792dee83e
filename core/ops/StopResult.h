#pragma once

#include "model/SmsError.h"
#include "model/StopRule.h"
#include "model/Task.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

enum class StopOutcome {
    Stopped, // a fresh look-up shows the task deletable (after our stop, or its own pausing)
    Stopping, // the stop was accepted (or it was pausing already), and not waited for
    Failed, // the stop was refused or broke off, and the task is not pausing: with its error
    TimedOut, // still not deletable when its time was up
    NotStoppable, // nothing sent: the remedy is not a stop (StopRule)
    Cancelled, // the user cancelled before it was settled; nothing more was sent
    Gone, // the service no longer knows the task
};

// One task of a stop: what was done and seen. `task` is the freshest record (from the last look-up
// or re-list), the one a following delete plans with.
struct StopResult
{
    Task task;
    StopRemedy remedy = StopRemedy::Stop;
    StopOutcome outcome = StopOutcome::Cancelled;
    bool stopSent = false; // POST /v3/tasks/{id}/action reached the service, or may have
    bool listed = true; // false: a requested id the listing did not have (never sent)
    SmsError error;
    QStringList requestIds;

    // English keyword for scripts: stopped, stopping, stop-failed, stop-timeout, skipped, cancelled, gone.
    static QString keyword(StopOutcome o);
    static QString label(StopOutcome o); // localized
    QString reason() const; // localized now
};
Q_DECLARE_METATYPE(StopResult)
