<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of tasks to delete (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete migration tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n migration task(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile: %1
Account: %2 · AK %3
Region: %4
Endpoint: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, will be skipped (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting removes the migration task records from SMS only. The target server, its snapshots (which keep costing money until you delete them) and the Agent on the source server all stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteOperation</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the service, but not confirmed: authentication failed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed; nothing more was sent to protect the AK from being locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion could not be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is still deleting this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request broke off and the task still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request but the task still exists (state %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteResult</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteResultsView</name>
    <message>
        <source>request ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delete has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionRule</name>
    <message>
        <source>Deletable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s Agent is disconnected, so the task can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source state &quot;%1&quot; allows deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is in state &quot;%1&quot; with its Agent connected. Stop the task and wait until the source shows &quot;Paused&quot; (stopped), or disconnect the Agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source state &quot;%1&quot; with a connected Agent is deletable under the newer documentation but not under the older one. Sent only if you include it, on its own, so the service decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source server was not found, so whether its Agent is connected is unknown; in state &quot;%1&quot; that decides. Sent only if you include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Your IAM policy does not allow this action. Ask the account administrator for the SMS permission it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: wrong AK/SK, unknown AK, clock off by more than 15 minutes, expired token or a locked AK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the gateway throttled this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not exist at this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway rejected the request (bad request or too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused to delete a task in this state (assumed meaning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task does not belong to this account (assumed meaning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration task is associated with the source server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service or its gateway failed (server error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: the service could not be reached or the connection broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a response that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About SMS Task Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS Task Manager %1
Lists and deletes Huawei Cloud SMS migration tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SMS Task Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy task IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, task ID, source name or IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1   ·   %2   ·   AK %3   ·   Region: %4   ·   Endpoint: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — built-in sandbox, no real account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletable among the selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list may be incomplete: refresh to list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tasks failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the tasks to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project or account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsError</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded authorization message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot clearing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back after sync failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back after sync failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
