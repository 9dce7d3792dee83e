#pragma once

#include <QString>

#include <optional>

// What stopping does for a task the deletion rule blocks (reference/sms-api.md §6.4: stop, wait
// until the source is paused, delete). Stop is sent only where it is the remedy.
enum class StopRemedy {
    NotNeeded, // deletable already: it goes straight to the delete
    Stop, // initialize, replicate, syncing: POST /v3/tasks/{id}/action {"operation":"stop"}
    WaitOnly, // stopping: it is pausing already, only wait
    NotStoppable, // deleting, cutovering, cloning, clearing, skipping, premiging: wait for that step
    Unsure, // a state the app does not know how to stop, or uncertain under the deletion rule
};

class StopRule
{
public:
    static StopRemedy remedy(const QString &sourceState, std::optional<bool> connected);
    // Whether a step of this state may be stopped at all (Stop or WaitOnly).
    static bool leadsToDeletion(StopRemedy r) { return r == StopRemedy::Stop || r == StopRemedy::WaitOnly; }
    // Localized: what happens to this task, before the user confirms (`thenDelete`: stop and delete).
    static QString explain(StopRemedy r, const QString &sourceState, bool thenDelete);
};
