<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, will be skipped (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>Deleted by someone else in the meantime.</source>
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
    <name>FilterBar</name>
    <message>
        <source>Task state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, task ID, source name or IP (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IamClient</name>
    <message>
        <source>IAM sent no X-Subject-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project named &quot;%1&quot; was found in this account: check the region, or give the project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several projects are named &quot;%1&quot; (%2): give the project id.</source>
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
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletable among the selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>Add your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export visible rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto &amp;refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — built-in sandbox, no real account. Add your account to work on real tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delete has been logged yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting failed.</source>
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
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AK (access key ID) must be 16 to 64 letters and digits, usually 20, such as HPUAXXXXXXXXXXXXXXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SK (secret access key) must be 20 to 128 visible characters without spaces, usually 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AK and the SK are the same: paste the access key ID and the secret access key into their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK needs the security token that came with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account name the IAM user belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the IAM user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project ID or an account (domain) ID, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK (access keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK with a security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region of the SMS service. Leave it empty only with a custom SMS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: found from the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, instead of a project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: the region&apos;s IAM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: show only this enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file for a private cloud&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored only in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account (domain) name the IAM user belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the secrets: use them for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (required without a known region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Request id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secrets in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be saved in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>AK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo and environment profiles are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no id yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no %1 for the profile &quot;%2&quot;. Edit the profile to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSelector</name>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the task list comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current account&apos;s profile and its keys in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?

Its settings and its keys in the system keychain are removed from this computer. The cloud account itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; could not be removed from the system keychain.

%2

You can remove the profile anyway: its keychain entries then stay (service &quot;sms-task-manager&quot;, keys starting with &quot;%3/&quot;) and can be deleted with your keyring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>The %1 endpoint &quot;%2&quot; is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; must use HTTPS (plain HTTP is allowed only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;: use one of %2, or give a custom SMS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region and no SMS endpoint: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is saved in the keychain for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available: no Secret Service (such as GNOME Keyring, KWallet or KeePassXC) answers on this desktop session. Start one and try again, or use the secret for this session only; it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or has no default (login) collection. Unlock it, for example by logging in to the desktop or with your keyring manager, and try again, or use the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow SMS Task Manager to use the keyring and try again, or use the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so it is not used again in this session. Restart the app to try again, or use the secret for this session only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an error (details are in the log). Try again, or use the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>No PEM certificate could be read from the CA bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: give an AK and SK, or an IAM user name, password and account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project id, an account (domain) id, or a region to find the project by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the project of region %1 failed.</source>
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
    <name>TasksCli</name>
    <message>
        <source>sms-tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tasks failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the service reported %1 tasks but %2 distinct ones arrived; the list may be incomplete (tasks changed while listing). Run the command again to re-list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this account&apos;s task list; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the task list, which may be incomplete; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain, not sent without --allow-uncertain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 · AK %2 · region %3 · endpoint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(IAM token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted: %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, each sent on its own (--allow-uncertain): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, skipped without --allow-uncertain: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, skipped: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, skipped: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting removes the SMS task records only: the target server, its snapshots (which keep costing money) and the Agent on the source server stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: standard input is not a terminal. Pass --yes to delete without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the audit log %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sms-tasks --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and deletes Huawei Cloud SMS migration tasks.

Commands:
  list [--state S] [--name N] [--json]
  delete ID... [--dry-run] [--yes] [--allow-uncertain] [--json]

Credentials come from the environment: HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK (these win), or
CLOUD_SDK_AK/CLOUD_SDK_SK; HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys;
HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_DOMAIN_ID, HUAWEICLOUD_SDK_IAM_ENDPOINT.
For an IAM password login give --iam-user and --iam-domain; the password comes from
SMS_IAM_PASSWORD or is asked on the terminal. --profile NAME uses a profile saved in the app,
with its secrets from the system keychain.

Exit status: 0 every requested id deleted or already deleted, 1 some not,
2 usage, configuration or authentication error before anything was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, e.g. cn-north-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id (X-Project-Id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain) id (X-Domain-Id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates to trust (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain) name for the IAM login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile of the app (secrets from the keychain), or &quot;environment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout per request, seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: task state filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: task name filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: print the plan, send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: do not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: also send uncertain tasks, one per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs at least one task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --project-id or --domain-id, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be 1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iam-user cannot be combined with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iam-user needs --iam-domain (the account name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IAM password: set SMS_IAM_PASSWORD or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
