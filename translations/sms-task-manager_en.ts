<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgeFilter</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoRefreshMenu</name>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every %n second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceFilter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n migration task(s)?</source>
        <translation>
            <numerusform>Delete %n migration task?</numerusform>
            <numerusform>Delete %n migration tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted (%n):</source>
        <translation>
            <numerusform>Will be deleted (%n):</numerusform>
            <numerusform>Will be deleted (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, will be skipped (%n):</source>
        <translation>
            <numerusform>Blocked, will be skipped (%n):</numerusform>
            <numerusform>Blocked, will be skipped (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</source>
        <translation>
            <numerusform>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</numerusform>
            <numerusform>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>%n migration task(s).</source>
        <translation>
            <numerusform>%n migration task.</numerusform>
            <numerusform>%n migration tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshInfo</name>
    <message numerus="yes">
        <source>Auto refresh every %n minute(s)</source>
        <translation>
            <numerusform>Auto refresh every %n minute</numerusform>
            <numerusform>Auto refresh every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto refresh every %n second(s)</source>
        <translation>
            <numerusform>Auto refresh every %n second</numerusform>
            <numerusform>Auto refresh every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so it is not used again in this session. Restart the app to try again, or use the secret for this session only.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second, so it is not used again in this session. Restart the app to try again, or use the secret for this session only.</numerusform>
            <numerusform>The keychain did not answer within %n seconds, so it is not used again in this session. Restart the app to try again, or use the secret for this session only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCleanupBar</name>
    <message numerus="yes">
        <source>Remove the SMS records of %n source server(s)?</source>
        <translation>
            <numerusform>Remove the SMS record of %n source server?</numerusform>
            <numerusform>Remove the SMS records of %n source servers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation>
            <numerusform>Remove %n record</numerusform>
            <numerusform>Remove %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n source record(s)…</source>
        <translation>
            <numerusform>Removing %n source record…</numerusform>
            <numerusform>Removing %n source records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s) have no migration task left. Remove their records from SMS?</source>
        <translation>
            <numerusform>%n source server has no migration task left. Remove its record from SMS?</numerusform>
            <numerusform>%n source servers have no migration task left. Remove their records from SMS?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: a task uses the server again.</source>
        <translation>
            <numerusform>%n not sent: a task uses the server again.</numerusform>
            <numerusform>%n not sent: a task uses the server again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (the tooltip says why).</source>
        <translation>
            <numerusform>%n not sent (the tooltip says why).</numerusform>
            <numerusform>%n not sent (the tooltip says why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopCli</name>
    <message numerus="yes">
        <source>Will be stopped: %n task(s)</source>
        <translation>
            <numerusform>Will be stopped: %n task</numerusform>
            <numerusform>Will be stopped: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pausing already, only waited for: %n</source>
        <translation>
            <numerusform>Pausing already, only waited for: %n</numerusform>
            <numerusform>Pausing already, only waited for: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted without stopping: %n</source>
        <translation>
            <numerusform>Deleted without stopping: %n</numerusform>
            <numerusform>Deleted without stopping: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletable already, not stopped: %n</source>
        <translation>
            <numerusform>Deletable already, not stopped: %n</numerusform>
            <numerusform>Deletable already, not stopped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: %n</source>
        <translation>
            <numerusform>Nothing sent: %n</numerusform>
            <numerusform>Nothing sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, skipped: %n</source>
        <translation>
            <numerusform>Not found, skipped: %n</numerusform>
            <numerusform>Not found, skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop and delete %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>Stop and delete %n task? Type &quot;yes&quot; to continue: </numerusform>
            <numerusform>Stop and delete %n tasks? Type &quot;yes&quot; to continue: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>Stop %n task? Type &quot;yes&quot; to continue: </numerusform>
            <numerusform>Stop %n tasks? Type &quot;yes&quot; to continue: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopDeleteDialog</name>
    <message numerus="yes">
        <source>Stop and delete %n task(s)</source>
        <translation>
            <numerusform>Stop and delete %n task</numerusform>
            <numerusform>Stop and delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop and delete %n migration task(s)?</source>
        <translation>
            <numerusform>Stop and delete %n migration task?</numerusform>
            <numerusform>Stop and delete %n migration tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped (or only waited for), then deleted once the source shows Paused (%n):</source>
        <translation>
            <numerusform>Stopped (or only waited for), then deleted once the source shows Paused (%n):</numerusform>
            <numerusform>Stopped (or only waited for), then deleted once the source shows Paused (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletable already, deleted without stopping (%n):</source>
        <translation>
            <numerusform>Deletable already, deleted without stopping (%n):</numerusform>
            <numerusform>Deletable already, deleted without stopping (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is sent for these (%n):</source>
        <translation>
            <numerusform>Nothing is sent for these (%n):</numerusform>
            <numerusform>Nothing is sent for these (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListWidget</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletable among the selected</source>
        <translation>
            <numerusform>%n deletable among the selected</numerusform>
            <numerusform>%n deletable among the selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskSummaryStrip</name>
    <message numerus="yes">
        <source>Show only the %n task(s) of this class; click again to show all.</source>
        <translation>
            <numerusform>Show only the %n task of this class; click again to show all.</numerusform>
            <numerusform>Show only the %n tasks of this class; click again to show all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n task(s) in this state (%1); click again to show all.</source>
        <translation>
            <numerusform>Show only the %n task in this state (%1); click again to show all.</numerusform>
            <numerusform>Show only the %n tasks in this state (%1); click again to show all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksCli</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted: %n task(s)</source>
        <translation>
            <numerusform>Will be deleted: %n task</numerusform>
            <numerusform>Will be deleted: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, each sent on its own (--allow-uncertain): %n</source>
        <translation>
            <numerusform>Uncertain, each sent on its own (--allow-uncertain): %n</numerusform>
            <numerusform>Uncertain, each sent on its own (--allow-uncertain): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, skipped without --allow-uncertain: %n</source>
        <translation>
            <numerusform>Uncertain, skipped without --allow-uncertain: %n</numerusform>
            <numerusform>Uncertain, skipped without --allow-uncertain: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, skipped: %n</source>
        <translation>
            <numerusform>Blocked, skipped: %n</numerusform>
            <numerusform>Blocked, skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, skipped: %n</source>
        <translation>
            <numerusform>Not found, skipped: %n</numerusform>
            <numerusform>Not found, skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>Delete %n task? Type &quot;yes&quot; to continue: </numerusform>
            <numerusform>Delete %n tasks? Type &quot;yes&quot; to continue: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter: %1 — %2 of %n listed task(s) match.</source>
        <translation>
            <numerusform>Filter: %1 — %2 of %n listed task match.</numerusform>
            <numerusform>Filter: %1 — %2 of %n listed tasks match.</numerusform>
        </translation>
    </message>
</context>
</TS>
