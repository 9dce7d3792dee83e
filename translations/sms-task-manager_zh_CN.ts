<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountBanner</name>
    <message>
        <source>Add your account…</source>
        <translation>添加您的账号…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Profile: %1   ·   %2   ·   AK %3   ·   Region: %4   ·   Endpoint: %5</source>
        <translation>配置：%1   ·   %2   ·   AK %3   ·   区域：%4   ·   终端节点：%5</translation>
    </message>
    <message>
        <source>DEMO — built-in sandbox, no real account. Add your account to work on real tasks.</source>
        <translation>演示模式 — 内置沙箱，并非真实账号。添加您的账号即可处理真实任务。</translation>
    </message>
</context>
<context>
    <name>AgeFilter</name>
    <message>
        <source>Any age</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Age filter: older than this many days</source>
        <translation>按创建时间过滤：早于此天数</translation>
    </message>
    <message>
        <source>A task whose creation date is unknown is hidden while this is on.</source>
        <translation>启用时，创建时间未知的任务会被隐藏。</translation>
    </message>
    <message>
        <source>Shows the tasks created before %1.</source>
        <translation>显示 %1 之前创建的任务。</translation>
    </message>
    <message>
        <source>Shows only the tasks created more than this many days ago.</source>
        <translation>只显示创建时间早于此天数的任务。</translation>
    </message>
</context>
<context>
    <name>AutoRefreshMenu</name>
    <message>
        <source>Auto &amp;refresh</source>
        <translation>自动刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceFilter</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value is shown. Tick several to show any of them.</source>
        <translation>显示全部。可勾选多项，显示其中任一项。</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of tasks to delete (%1) to confirm:</source>
        <translation>请输入要删除的任务数量（%1）以确认：</translation>
    </message>
    <message>
        <source>Delete migration tasks</source>
        <translation>删除迁移任务</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n migration task(s)?</source>
        <translation>
            <numerusform>确定要删除 %n 个迁移任务吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted (%n):</source>
        <translation>
            <numerusform>将删除（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, will be skipped (%n):</source>
        <translation>
            <numerusform>不可删除，将跳过（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):</source>
        <translation>
            <numerusform>不确定，勾选后才会包含；每个任务单独发送，由服务判定（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks to delete, typed to confirm</source>
        <translation>要删除的任务数（输入以确认）</translation>
    </message>
    <message>
        <source>None of the selected tasks can be deleted: the reasons are below.</source>
        <translation>所选任务都不能删除：原因见下方。</translation>
    </message>
    <message>
        <source>Nothing will be deleted unless you tick uncertain tasks below.</source>
        <translation>除非勾选下方不确定的任务，否则不会删除任何任务。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tick all uncertain</source>
        <translation>勾选全部不确定任务</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Acts on: %1 · AK %2</source>
        <translation>操作对象：%1 · AK %2</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>终端节点：%1</translation>
    </message>
    <message>
        <source>Stop and Delete These…</source>
        <translation>暂停并删除这些任务…</translation>
    </message>
    <message>
        <source>Stop the blocked tasks whose migration is running, wait until their sources show Paused, then delete them. Asks first.</source>
        <translation>暂停迁移正在运行的受阻任务，等待其源端显示“已暂停”后再删除。执行前会先确认。</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connection failed: %1
%2</source>
        <translation>连接失败：%1
%2</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>The connection works (HTTP %1).</source>
        <translation>连接正常（HTTP %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n migration task(s).</source>
        <translation>
            <numerusform>%n 个迁移任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Request id %1.</source>
        <translation>请求ID：%1。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>no project or account id</source>
        <translation>无项目ID或账号ID</translation>
    </message>
    <message>
        <source>The access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <source>The security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>The project ID</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>The account (domain) ID</source>
        <translation>账号（Domain）ID</translation>
    </message>
    <message>
        <source>%1 contains a space, a line break or another character that cannot be sent in a request header: nothing was sent.</source>
        <translation>%1 包含空格、换行或其他无法放入请求头的字符：未发送任何请求。</translation>
    </message>
</context>
<context>
    <name>DeleteFilter</name>
    <message>
        <source>--where &quot;%1&quot; is not KEY=VALUE[,VALUE...] (keys: state, source_state, name).</source>
        <translation>--where “%1”不是 KEY=VALUE[,VALUE...] 的形式（KEY：state、source_state、name）。</translation>
    </message>
    <message>
        <source>--where: unknown key &quot;%1&quot; (keys: state, source_state, name).</source>
        <translation>--where：未知的键“%1”（可用：state、source_state、name）。</translation>
    </message>
    <message>
        <source>--where %1 is given twice: list its values once, separated by commas.</source>
        <translation>--where %1 给出了两次：请在一处列出其值，以逗号分隔。</translation>
    </message>
    <message>
        <source>--where %1 has an empty value.</source>
        <translation>--where %1 的值为空。</translation>
    </message>
    <message>
        <source>--where state: &quot;%1&quot; is not a task state (%2).</source>
        <translation>--where state：“%1”不是任务状态（%2）。</translation>
    </message>
    <message>
        <source>--where source_state: &quot;%1&quot; is not a source state (%2).</source>
        <translation>--where source_state：“%1”不是源端状态（%2）。</translation>
    </message>
    <message>
        <source>--older-than &quot;%1&quot; is not a number of days or hours, e.g. 90d or 12h.</source>
        <translation>--older-than “%1”不是天数或小时数，例如 90d 或 12h。</translation>
    </message>
</context>
<context>
    <name>DeleteResult</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation>此前已删除</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>未包含：%1</translation>
    </message>
    <message>
        <source>Uncertain, not sent without --allow-uncertain: %1</source>
        <translation>不确定，未指定 --allow-uncertain 时不发送：%1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>在发送之前已取消。</translation>
    </message>
    <message>
        <source>Authentication failed; nothing more was sent to protect the AK from being locked.</source>
        <translation>认证失败；为防止AK被锁定，未再发送任何请求。</translation>
    </message>
    <message>
        <source>Accepted by the service, but not confirmed: authentication failed afterwards.</source>
        <translation>服务已接受请求，但未能确认：随后认证失败。</translation>
    </message>
    <message>
        <source>The service no longer knows this task.</source>
        <translation>服务中已不存在此任务。</translation>
    </message>
    <message>
        <source>Deleted by someone else in the meantime.</source>
        <translation>在此期间已被他人删除。</translation>
    </message>
    <message>
        <source>The deletion could not be confirmed.</source>
        <translation>无法确认是否已删除。</translation>
    </message>
    <message>
        <source>The service is still deleting this task.</source>
        <translation>服务仍在删除此任务。</translation>
    </message>
    <message>
        <source>The request broke off and the task still exists.</source>
        <translation>请求中断，任务仍然存在。</translation>
    </message>
    <message>
        <source>The service accepted the request but the task still exists (state %1).</source>
        <translation>服务已接受请求，但任务仍然存在（状态：%1）。</translation>
    </message>
    <message>
        <source>The outcome could not be confirmed.</source>
        <translation>无法确认结果。</translation>
    </message>
    <message>
        <source>Not found in this account&apos;s task list; nothing was sent.</source>
        <translation>不在此账号的任务列表中；未发送任何请求。</translation>
    </message>
    <message>
        <source>Not found in the task list, which may be incomplete; nothing was sent.</source>
        <translation>不在任务列表中（列表可能不完整）；未发送任何请求。</translation>
    </message>
    <message>
        <source>Planned (dry run)</source>
        <translation>计划删除（演练）</translation>
    </message>
    <message>
        <source>The service&apos;s answers about this task could not be read, so its deletion is not confirmed.</source>
        <translation>无法读取服务对此任务的应答，因此未能确认其删除结果。</translation>
    </message>
    <message>
        <source>Not confirmed within %1 s: look the task up later.</source>
        <translation>未能在 %1 秒内确认：请稍后再查询此任务。</translation>
    </message>
    <message>
        <source>The task list could not be read, so nothing was sent: run the command again.</source>
        <translation>无法读取任务列表，因此未发送任何请求：请重新运行命令。</translation>
    </message>
</context>
<context>
    <name>DeleteResultsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>服务返回信息</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>DeleteResultsView</name>
    <message>
        <source>request ids: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>No delete has run yet.</source>
        <translation>尚未执行删除。</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outcome: count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>stop: %1</source>
        <translation>暂停：%1</translation>
    </message>
    <message>
        <source>target server: %1 (ECS ID %2)</source>
        <translation>目的端服务器：%1（ECS ID %2）</translation>
    </message>
</context>
<context>
    <name>DeletionRule</name>
    <message>
        <source>Deletable</source>
        <translation>可删除</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>不可删除</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>The source&apos;s Agent is disconnected, so the task can be deleted.</source>
        <translation>源端的Agent已断开连接，因此可以删除该任务。</translation>
    </message>
    <message>
        <source>The source state &quot;%1&quot; allows deletion.</source>
        <translation>源端状态“%1”允许删除。</translation>
    </message>
    <message>
        <source>The source is in state &quot;%1&quot; with its Agent connected. Stop the task and wait until the source shows &quot;Paused&quot; (stopped), or disconnect the Agent.</source>
        <translation>源端处于“%1”状态且Agent已连接。请暂停任务并等待源端显示“已暂停”（stopped），或断开Agent的连接。</translation>
    </message>
    <message>
        <source>The source state &quot;%1&quot; with a connected Agent is deletable under the newer documentation but not under the older one. Sent only if you include it, on its own, so the service decides.</source>
        <translation>Agent已连接时，源端状态“%1”按新版文档可以删除，按旧版文档则不可删除。仅在您勾选后单独发送，由服务判定。</translation>
    </message>
    <message>
        <source>The source server was not found, so whether its Agent is connected is unknown; in state &quot;%1&quot; that decides. Sent only if you include it.</source>
        <translation>未找到源端服务器，无法得知其Agent是否已连接；而在“%1”状态下，能否删除正取决于此。仅在您勾选后发送。</translation>
    </message>
</context>
<context>
    <name>EmptyTableNote</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation>正在加载任务…</translation>
    </message>
    <message>
        <source>This account has no migration tasks.</source>
        <translation>此账号没有迁移任务。</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Connecting failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Loading the tasks failed.</source>
        <translation>加载任务失败。</translation>
    </message>
    <message>
        <source>Refreshing the IAM token failed: requests will fail once the current token expires.</source>
        <translation>刷新 IAM 令牌失败：当前令牌过期后，请求将失败。</translation>
    </message>
    <message>
        <source>Exporting failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>编辑账号…</translation>
    </message>
    <message>
        <source>Open Edit account… and enter the missing keys again.</source>
        <translation>请打开“编辑账号…”重新输入缺少的密钥。</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; could not be read from the system keychain.</source>
        <translation>无法从系统钥匙串读取“%1”的密钥。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Your IAM policy does not allow this action. Ask the account administrator for the SMS permission it names.</source>
        <translation>您的IAM权限策略不允许此操作。请联系账号管理员授予错误信息中指明的主机迁移服务权限。</translation>
    </message>
    <message>
        <source>Authentication failed: wrong AK/SK, unknown AK, clock off by more than 15 minutes, expired token or a locked AK.</source>
        <translation>认证失败：AK/SK错误、AK不存在、本机时间偏差超过15分钟、令牌已过期或AK已被锁定。</translation>
    </message>
    <message>
        <source>Too many requests: the gateway throttled this call.</source>
        <translation>请求过多：API网关已对此调用限流。</translation>
    </message>
    <message>
        <source>The API does not exist at this endpoint.</source>
        <translation>此终端节点上不存在该API。</translation>
    </message>
    <message>
        <source>The gateway rejected the request (bad request or too large).</source>
        <translation>API网关拒绝了该请求（请求无效或过大）。</translation>
    </message>
    <message>
        <source>The service refused to delete a task in this state (assumed meaning).</source>
        <translation>服务拒绝删除处于此状态的任务（推测含义）。</translation>
    </message>
    <message>
        <source>The task does not belong to this account (assumed meaning).</source>
        <translation>该任务不属于此账号（推测含义）。</translation>
    </message>
    <message>
        <source>No migration task is associated with the source server.</source>
        <translation>该源端服务器没有关联的迁移任务。</translation>
    </message>
    <message>
        <source>The service had a database error.</source>
        <translation>服务发生数据库错误。</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>服务发生内部错误。</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation>服务认为请求无效，已拒绝。</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>认证失败。</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>权限不足。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>The service or its gateway failed (server error).</source>
        <translation>服务或其网关出现故障（服务器错误）。</translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation>服务返回了错误。</translation>
    </message>
    <message>
        <source>Network error: the service could not be reached or the connection broke.</source>
        <translation>网络错误：无法访问服务或连接已中断。</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>请求超时。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>安全连接失败：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>The service sent a response that could not be read.</source>
        <translation>服务返回的响应无法解析。</translation>
    </message>
    <message>
        <source>The service rejected a parameter of the request (assumed meaning).</source>
        <translation>服务拒绝了请求中的某个参数（推测含义）。</translation>
    </message>
    <message>
        <source>Not sent: the service refused this account&apos;s signature (HTTP 401), and nothing more is sent until you check the account or refresh, so the key is not locked.</source>
        <translation>未发送：服务拒绝了此账号的签名（HTTP 401）。在您检查账号或刷新之前不会再发送任何请求，以免密钥被锁定。</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>%1 未在规定时间内响应</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>与 %1 的 TLS 握手失败</translation>
    </message>
    <message>
        <source>the proxy failed on the way to %1</source>
        <translation>连接 %1 时代理出错</translation>
    </message>
    <message>
        <source>The answers proved nothing either way: the list changed while it was read, or the service did not filter it as asked.</source>
        <translation>这些应答无法证明任何一方：读取期间列表发生了变化，或服务未按要求过滤。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Task state:</source>
        <translation>任务状态：</translation>
    </message>
    <message>
        <source>Source state:</source>
        <translation>源端状态：</translation>
    </message>
    <message>
        <source>Deletion:</source>
        <translation>删除判定：</translation>
    </message>
    <message>
        <source>Search name, task ID, source name or IP (Ctrl+F)</source>
        <translation>搜索名称、任务ID、源端名称或IP（Ctrl+F）</translation>
    </message>
    <message>
        <source>Task state filter</source>
        <translation>任务状态筛选</translation>
    </message>
    <message>
        <source>Source state filter</source>
        <translation>源端状态筛选</translation>
    </message>
    <message>
        <source>Deletion filter</source>
        <translation>删除分类筛选</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Every failed state</source>
        <translation>所有失败状态</translation>
    </message>
    <message>
        <source>Every running state</source>
        <translation>所有进行中状态</translation>
    </message>
    <message>
        <source>Every succeeded state</source>
        <translation>所有成功状态</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>早于(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>IamClient</name>
    <message>
        <source>IAM sent no X-Subject-Token.</source>
        <translation>IAM未返回X-Subject-Token。</translation>
    </message>
    <message>
        <source>No project named &quot;%1&quot; was found in this account: check the region, or give the project id.</source>
        <translation>此账号中未找到名为“%1”的项目：请检查区域，或填写项目ID。</translation>
    </message>
    <message>
        <source>Several projects are named &quot;%1&quot; (%2): give the project id.</source>
        <translation>存在多个名为“%1”的项目（%2）：请填写项目ID。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About SMS Task Manager</source>
        <translation>关于 SMS Task Manager</translation>
    </message>
    <message>
        <source>SMS Task Manager %1
Lists and deletes Huawei Cloud SMS migration tasks.</source>
        <translation>SMS Task Manager %1
列出并删除华为云主机迁移服务（SMS）的迁移任务。</translation>
    </message>
    <message>
        <source>%1 — SMS Task Manager</source>
        <translation>%1 — SMS Task Manager</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>删除结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the audit &amp;log</source>
        <translation>打开审计日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>No delete has been logged yet (%1).</source>
        <translation>审计日志中尚无删除记录（%1）。</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Closing once the requests in flight are confirmed and logged; nothing more is sent.</source>
        <translation>将在已发出的请求确认并记录后关闭；不再发送新的请求。</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>打开审计日志</translation>
    </message>
    <message>
        <source>No application is set up to open the audit log. It is here:
%1</source>
        <translation>没有可以打开审计日志的应用程序。日志位于：
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>The AK (access key ID) must be 16 to 64 letters and digits, usually 20, such as HPUAXXXXXXXXXXXXXXXX.</source>
        <translation>AK（访问密钥ID）必须由16到64个字母和数字组成，通常为20个，例如 HPUAXXXXXXXXXXXXXXXX。</translation>
    </message>
    <message>
        <source>The SK (secret access key) must be 20 to 128 visible characters without spaces, usually 40.</source>
        <translation>SK（秘密访问密钥）必须为20到128个不含空格的可见字符，通常为40个。</translation>
    </message>
    <message>
        <source>The AK and the SK are the same: paste the access key ID and the secret access key into their own fields.</source>
        <translation>AK与SK相同：请将访问密钥ID和秘密访问密钥分别粘贴到各自的输入框中。</translation>
    </message>
    <message>
        <source>Temporary AK/SK needs the security token that came with them.</source>
        <translation>临时AK/SK需要与其一同获取的安全令牌。</translation>
    </message>
    <message>
        <source>Give the IAM user name.</source>
        <translation>请填写IAM用户名。</translation>
    </message>
    <message>
        <source>Give the account name the IAM user belongs to.</source>
        <translation>请填写IAM用户所属的账号名。</translation>
    </message>
    <message>
        <source>Give the IAM user&apos;s password.</source>
        <translation>请填写IAM用户的密码。</translation>
    </message>
    <message>
        <source>Give a project ID or an account (domain) ID, not both.</source>
        <translation>请填写项目ID或账号ID（domain ID），不能同时填写。</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; cannot be read.</source>
        <translation>无法读取CA证书文件“%1”。</translation>
    </message>
    <message>
        <source>AK/SK (access keys)</source>
        <translation>AK/SK（访问密钥）</translation>
    </message>
    <message>
        <source>Temporary AK/SK with a security token</source>
        <translation>临时AK/SK和安全令牌</translation>
    </message>
    <message>
        <source>IAM user name and password</source>
        <translation>IAM用户名和密码</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space or line break; it was trimmed.</source>
        <translation>%1 的开头或结尾有空格或换行，已将其去除。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation>正在从系统密钥环读取凭据…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Edit account &quot;%1&quot;</source>
        <translation>编辑账号“%1”</translation>
    </message>
    <message>
        <source>The region of the SMS service. Leave it empty only with a custom SMS endpoint.</source>
        <translation>主机迁移服务所在的区域。仅在使用自定义SMS终端节点时才可留空。</translation>
    </message>
    <message>
        <source>blank: found from the region</source>
        <translation>留空：根据区域确定</translation>
    </message>
    <message>
        <source>optional, instead of a project ID</source>
        <translation>可选，代替项目ID</translation>
    </message>
    <message>
        <source>blank: the region&apos;s IAM endpoint</source>
        <translation>留空：使用该区域的IAM终端节点</translation>
    </message>
    <message>
        <source>optional: show only this enterprise project</source>
        <translation>可选：仅显示此企业项目的任务</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private cloud&apos;s CA</source>
        <translation>可选：私有云CA证书的PEM文件</translation>
    </message>
    <message>
        <source>20 letters and digits</source>
        <translation>20个字母和数字</translation>
    </message>
    <message>
        <source>stored only in the system keychain</source>
        <translation>仅保存在系统密钥环中</translation>
    </message>
    <message>
        <source>the account (domain) name the IAM user belongs to</source>
        <translation>IAM用户所属的账号名</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Do not save the secrets: use them for this session only</source>
        <translation>不保存凭据：仅在本次会话中使用</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>仅用于本次会话(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>https://… (required without a known region)</source>
        <translation>https://…（未选择已知区域时必填）</translation>
    </message>
    <message>
        <source>blank: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Saving the secrets in the system keychain…</source>
        <translation>正在将凭据保存到系统密钥环…</translation>
    </message>
    <message>
        <source>The secrets could not be saved in the system keychain. %1</source>
        <translation>无法将凭据保存到系统密钥环。%1</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>选择CA证书文件</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>SMS endpoint:</source>
        <translation>SMS终端节点：</translation>
    </message>
    <message>
        <source>IAM endpoint:</source>
        <translation>IAM终端节点：</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>AK (access key ID):</source>
        <translation>AK（访问密钥ID）：</translation>
    </message>
    <message>
        <source>SK (secret access key):</source>
        <translation>SK（秘密访问密钥）：</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <source>IAM user name:</source>
        <translation>IAM用户名：</translation>
    </message>
    <message>
        <source>IAM password:</source>
        <translation>IAM密码：</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账号名：</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>项目ID：</translation>
    </message>
    <message>
        <source>Account (domain) ID:</source>
        <translation>账号ID（domain ID）：</translation>
    </message>
    <message>
        <source>Enterprise project ID:</source>
        <translation>企业项目ID：</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA证书文件：</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>AK</source>
        <translation>AK</translation>
    </message>
    <message>
        <source>SK</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM密码</translation>
    </message>
    <message>
        <source>cached IAM token</source>
        <translation>缓存的IAM令牌</translation>
    </message>
    <message>
        <source>The demo and environment profiles are never saved.</source>
        <translation>演示配置和环境变量配置从不保存。</translation>
    </message>
    <message>
        <source>The profile has no id yet.</source>
        <translation>该配置尚无ID。</translation>
    </message>
    <message>
        <source>The keychain has no %1 for the profile &quot;%2&quot;. Edit the profile to enter it again.</source>
        <translation>系统密钥环中没有配置“%2”的%1。请编辑该配置并重新输入。</translation>
    </message>
</context>
<context>
    <name>ProfileSelector</name>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>演示（内置沙箱）</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>The account the task list comes from</source>
        <translation>任务列表所属的账号</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the current account</source>
        <translation>编辑当前账号</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?

Its settings and its keys in the system keychain are removed from this computer. The cloud account itself is not changed.</source>
        <translation>确定要删除配置“%1”吗？

将从此计算机中移除该配置的设置及其在系统密钥环中的密钥。云账号本身不受影响。</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;</source>
        <translation>删除配置“%1”</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; could not be removed from the system keychain.

%2

You can remove the profile anyway: its keychain entries then stay (service &quot;sms-task-manager&quot;, keys starting with &quot;%3/&quot;) and can be deleted with your keyring manager.</source>
        <translation>无法从系统密钥环中移除“%1”的密钥。

%2

您仍可以移除该配置：其密钥环条目将会保留（服务为 &quot;sms-task-manager&quot;，键名以 &quot;%3/&quot; 开头），可使用密钥环管理器删除。</translation>
    </message>
    <message>
        <source>Remove the profile anyway</source>
        <translation>仍然移除配置</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>移除账号…</translation>
    </message>
    <message>
        <source>Remove the current account&apos;s profile and its keys in the system keychain</source>
        <translation>移除当前账号的配置及其保存在系统钥匙串中的密钥</translation>
    </message>
</context>
<context>
    <name>RefreshInfo</name>
    <message numerus="yes">
        <source>Auto refresh every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟自动刷新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto refresh every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒自动刷新</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshed at %1</source>
        <translation>刷新于 %1</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>The %1 endpoint &quot;%2&quot; is not a valid http(s) URL.</source>
        <translation>%1终端节点“%2”不是有效的 http(s) URL。</translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; must use HTTPS (plain HTTP is allowed only on this computer).</source>
        <translation>%1终端节点“%2”必须使用HTTPS（仅本机地址允许使用HTTP）。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;: use one of %2, or give a custom SMS endpoint.</source>
        <translation>未知区域“%1”：请使用 %2 之一，或填写自定义SMS终端节点。</translation>
    </message>
    <message>
        <source>No region and no SMS endpoint: give one of them.</source>
        <translation>未指定区域和SMS终端节点：请至少填写其中一项。</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>IAM</source>
        <translation>IAM</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is saved in the keychain for this profile.</source>
        <translation>系统密钥环中没有保存此配置的凭据。</translation>
    </message>
    <message>
        <source>No keychain service is available: no Secret Service (such as GNOME Keyring, KWallet or KeePassXC) answers on this desktop session. Start one and try again, or use the secret for this session only; it is never written to a file.</source>
        <translation>没有可用的密钥环服务：当前桌面会话中没有任何Secret Service（如GNOME Keyring、KWallet或KeePassXC）响应。请启动一个后重试，或仅在本次会话中使用该凭据；凭据绝不会写入文件。</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default (login) collection. Unlock it, for example by logging in to the desktop or with your keyring manager, and try again, or use the secret for this session only.</source>
        <translation>密钥环已锁定或没有默认（login）集合。请将其解锁（例如登录桌面或使用密钥环管理器）后重试，或仅在本次会话中使用该凭据。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow SMS Task Manager to use the keyring and try again, or use the secret for this session only.</source>
        <translation>访问系统密钥环被拒绝。请允许SMS Task Manager使用密钥环后重试，或仅在本次会话中使用该凭据。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s), so it is not used again in this session. Restart the app to try again, or use the secret for this session only.</source>
        <translation>
            <numerusform>系统密钥环在 %n 秒内未响应，本次会话中将不再使用它。请重启应用后重试，或仅在本次会话中使用该凭据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an error (details are in the log). Try again, or use the secret for this session only.</source>
        <translation>系统密钥环报告了错误（详情见日志）。请重试，或仅在本次会话中使用该凭据。</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>No PEM certificate could be read from the CA bundle &quot;%1&quot;.</source>
        <translation>无法从CA证书文件“%1”中读取任何PEM证书。</translation>
    </message>
    <message>
        <source>No credentials: give an AK and SK, or an IAM user name, password and account name.</source>
        <translation>缺少凭据：请提供AK和SK，或IAM用户名、密码和账号名。</translation>
    </message>
    <message>
        <source>Give a project id, an account (domain) id, or a region to find the project by.</source>
        <translation>请填写项目ID、账号ID（domain ID），或用于查找项目的区域。</translation>
    </message>
    <message>
        <source>IAM login failed.</source>
        <translation>IAM登录失败。</translation>
    </message>
    <message>
        <source>Finding the project of region %1 failed.</source>
        <translation>查找区域 %1 的项目失败。</translation>
    </message>
</context>
<context>
    <name>SmsError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求ID %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>服务返回信息：%1</translation>
    </message>
    <message>
        <source>Detail: %1 %2</source>
        <translation>详情：%1 %2</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP状态码：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>Encoded authorization message: %1</source>
        <translation>编码的授权失败信息：%1</translation>
    </message>
</context>
<context>
    <name>SourceCleanup</name>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Still listed</source>
        <translation>仍在列表中</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Not sent: a task uses this server again</source>
        <translation>未发送：已有任务再次使用此服务器</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>SourceCleanupBar</name>
    <message>
        <source>Remove source server records</source>
        <translation>移除源端服务器记录</translation>
    </message>
    <message numerus="yes">
        <source>Remove the SMS records of %n source server(s)?</source>
        <translation>
            <numerusform>移除 %n 个源端服务器在主机迁移服务中的记录？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation>
            <numerusform>移除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Their Records…</source>
        <translation>移除其记录…</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n source record(s)…</source>
        <translation>
            <numerusform>正在移除 %n 条源端记录…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s) have no migration task left. Remove their records from SMS?</source>
        <translation>
            <numerusform>%n 个源端服务器已没有迁移任务。要从主机迁移服务中移除其记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Source records: %1 removed, %2 still listed, %3 not confirmed.</source>
        <translation>源端记录：已移除 %1 条，仍在列表中 %2 条，未确认 %3 条。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>They have no migration task left. Each is checked again just before: one a task uses by then is not sent. Only the records in SMS go: the servers themselves are untouched, and a record comes back if the Agent on that server starts again.</source>
        <translation>它们已没有任何迁移任务。发送前会逐个重新检查：届时已被任务使用的不会发送。只移除主机迁移服务中的记录：服务器本身不受影响；若该服务器上的 Agent 再次启动，记录会重新出现。</translation>
    </message>
    <message>
        <source>(removal request id %1)</source>
        <translation>（移除请求 ID %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: a task uses the server again.</source>
        <translation>
            <numerusform>%n 条未发送：已有任务再次使用该服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (the tooltip says why).</source>
        <translation>
            <numerusform>%n 条未发送（原因见提示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Environment check failed</source>
        <translation>环境校验不通过</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>持续同步</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Skipping</source>
        <translation>跳过中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Clearing snapshots</source>
        <translation>清理快照资源中</translation>
    </message>
    <message>
        <source>Snapshots cleared</source>
        <translation>清理快照资源完成</translation>
    </message>
    <message>
        <source>Snapshot clearing failed</source>
        <translation>清理快照资源失败</translation>
    </message>
    <message>
        <source>Drill ready</source>
        <translation>迁移演练就绪</translation>
    </message>
    <message>
        <source>Drill finished</source>
        <translation>迁移演练完成</translation>
    </message>
    <message>
        <source>Drill failed</source>
        <translation>迁移演练失败</translation>
    </message>
    <message>
        <source>Drill in progress</source>
        <translation>迁移演练中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>等待克隆完成</translation>
    </message>
    <message>
        <source>Starting target</source>
        <translation>启动目的端中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>启动目的端完成</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>StopCli</name>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何请求。</translation>
    </message>
    <message>
        <source>warning: the audit log %1 could not be written.</source>
        <translation>警告：无法写入审计日志 %1。</translation>
    </message>
    <message>
        <source>sms-tasks: %1</source>
        <translation>sms-tasks：%1</translation>
    </message>
    <message>
        <source>The account is busy.</source>
        <translation>该账号正忙。</translation>
    </message>
    <message numerus="yes">
        <source>Will be stopped: %n task(s)</source>
        <translation>
            <numerusform>将暂停：%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pausing already, only waited for: %n</source>
        <translation>
            <numerusform>已在暂停中，仅等待：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted without stopping: %n</source>
        <translation>
            <numerusform>无需暂停直接删除：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletable already, not stopped: %n</source>
        <translation>
            <numerusform>已可删除，不暂停：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: %n</source>
        <translation>
            <numerusform>不发送任何请求：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, skipped: %n</source>
        <translation>
            <numerusform>未找到，已跳过：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop and delete %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>暂停并删除 %n 个任务？输入“yes”继续：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>暂停 %n 个任务？输入“yes”继续：</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusing to stop without confirmation: standard input is not a terminal. Pass --yes to go on without asking.</source>
        <translation>未经确认，拒绝暂停：标准输入不是终端。如需不经询问继续，请加 --yes。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>已取消：未发送任何请求。</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>暂停中…</translation>
    </message>
</context>
<context>
    <name>StopDeleteDialog</name>
    <message numerus="yes">
        <source>Stop and delete %n task(s)</source>
        <translation>
            <numerusform>暂停并删除 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of tasks to stop and delete (%1) to confirm:</source>
        <translation>输入要暂停并删除的任务数（%1）以确认：</translation>
    </message>
    <message>
        <source>Number of tasks to stop and delete, typed to confirm</source>
        <translation>要暂停并删除的任务数，输入以确认</translation>
    </message>
    <message numerus="yes">
        <source>Stop and delete %n migration task(s)?</source>
        <translation>
            <numerusform>暂停并删除 %n 个迁移任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping would not help any of the selected tasks: the reasons are below.</source>
        <translation>暂停对所选任务都没有帮助：原因见下。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop and delete migration tasks</source>
        <translation>暂停并删除迁移任务</translation>
    </message>
    <message numerus="yes">
        <source>Stopped (or only waited for), then deleted once the source shows Paused (%n):</source>
        <translation>
            <numerusform>先暂停（或仅等待），待源端显示“已暂停”后删除（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletable already, deleted without stopping (%n):</source>
        <translation>
            <numerusform>已可删除，无需暂停直接删除（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is sent for these (%n):</source>
        <translation>
            <numerusform>以下任务不发送任何请求（%n）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopDeleteFlow</name>
    <message>
        <source>&amp;Stop and Delete…</source>
        <translation>暂停并删除(&amp;S)…</translation>
    </message>
    <message>
        <source>Stop the selected running tasks, wait until their sources show Paused, then delete them…</source>
        <translation>暂停所选的运行中任务，等待其源端显示“已暂停”后删除…</translation>
    </message>
    <message>
        <source>Cancel Stopping</source>
        <translation>取消暂停等待</translation>
    </message>
    <message>
        <source>Stop waiting; nothing more is sent (the stops already sent stay)</source>
        <translation>停止等待；不再发送任何请求（已发送的暂停请求仍然有效）</translation>
    </message>
</context>
<context>
    <name>StopResult</name>
    <message>
        <source>Stopped</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Could not stop</source>
        <translation>无法暂停</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Not stopped</source>
        <translation>未暂停</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Not found in this account&apos;s task list; nothing was sent.</source>
        <translation>在此账号的任务列表中未找到；未发送任何请求。</translation>
    </message>
    <message>
        <source>The source shows %1.</source>
        <translation>源端显示为“%1”。</translation>
    </message>
    <message>
        <source>The stop was accepted; the source is pausing (not waited for).</source>
        <translation>暂停请求已被接受；源端正在暂停（未等待其完成）。</translation>
    </message>
    <message>
        <source>The source is pausing already; nothing was sent.</source>
        <translation>源端已在暂停中；未发送任何请求。</translation>
    </message>
    <message>
        <source>The stop may not have reached the service, and the source still shows %1. It was not sent again.</source>
        <translation>暂停请求可能未到达服务，源端仍显示为“%1”。未重复发送。</translation>
    </message>
    <message>
        <source>The service refused the stop.</source>
        <translation>服务拒绝了暂停请求。</translation>
    </message>
    <message>
        <source>The source still showed %1 when the time was up.</source>
        <translation>等待时间已到，源端仍显示为“%1”。</translation>
    </message>
    <message>
        <source>Cancelled while waiting: the stop was sent, so the migration may be halted. Start it again by hand if it was wanted.</source>
        <translation>在等待时取消：暂停请求已发送，迁移可能已暂停。如仍需迁移，请手动重新启动。</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>在发送任何请求之前已取消。</translation>
    </message>
    <message>
        <source>The service no longer knows this task.</source>
        <translation>服务中已没有此任务。</translation>
    </message>
</context>
<context>
    <name>StopRule</name>
    <message>
        <source>Deletable already: deleted without stopping.</source>
        <translation>已可删除：无需暂停直接删除。</translation>
    </message>
    <message>
        <source>Deletable already: nothing to stop.</source>
        <translation>已可删除：无需暂停。</translation>
    </message>
    <message>
        <source>Source is %1: the migration is stopped, then the task is deleted once the source shows Paused.</source>
        <translation>源端为“%1”：先暂停迁移，待源端显示“已暂停”后删除任务。</translation>
    </message>
    <message>
        <source>Source is %1: the migration is stopped.</source>
        <translation>源端为“%1”：将暂停迁移。</translation>
    </message>
    <message>
        <source>Source is %1: nothing is sent; the task is deleted once the source shows Paused.</source>
        <translation>源端为“%1”：不发送任何请求；待源端显示“已暂停”后删除任务。</translation>
    </message>
    <message>
        <source>Source is %1 already: nothing is sent.</source>
        <translation>源端已为“%1”：不发送任何请求。</translation>
    </message>
    <message>
        <source>Source is %1: that step is not stopped. Nothing is sent; wait until it ends.</source>
        <translation>源端为“%1”：此步骤不会被暂停。不发送任何请求；请等待其结束。</translation>
    </message>
    <message>
        <source>Source is %1: stopping is not known to help here. Nothing is sent.</source>
        <translation>源端为“%1”：暂停对此状态是否有效未知。不发送任何请求。</translation>
    </message>
</context>
<context>
    <name>SubTaskName</name>
    <message>
        <source>Creating the server</source>
        <translation>创建虚拟机</translation>
    </message>
    <message>
        <source>Configuring the secure channel</source>
        <translation>配置安全通道</translation>
    </message>
    <message>
        <source>Attaching the Agent image</source>
        <translation>挂载代理镜像</translation>
    </message>
    <message>
        <source>Formatting Linux partitions</source>
        <translation>Linux分区格式化</translation>
    </message>
    <message>
        <source>Formatting Linux partitions (file level)</source>
        <translation>Linux分区格式化（文件级）</translation>
    </message>
    <message>
        <source>Formatting Linux partitions (block level)</source>
        <translation>Linux分区格式化（块级）</translation>
    </message>
    <message>
        <source>Formatting Windows partitions</source>
        <translation>Windows分区格式化</translation>
    </message>
    <message>
        <source>Migrating Linux data (file level)</source>
        <translation>Linux文件级数据迁移</translation>
    </message>
    <message>
        <source>Migrating Linux data (block level)</source>
        <translation>Linux块级数据迁移</translation>
    </message>
    <message>
        <source>Migrating Windows data (block level)</source>
        <translation>Windows块级数据迁移</translation>
    </message>
    <message>
        <source>Cloning the server</source>
        <translation>克隆虚拟机</translation>
    </message>
    <message>
        <source>Syncing Linux data (file level)</source>
        <translation>Linux文件级数据同步</translation>
    </message>
    <message>
        <source>Syncing Linux data (block level)</source>
        <translation>Linux块级数据同步</translation>
    </message>
    <message>
        <source>Syncing Windows data (block level)</source>
        <translation>Windows块级数据同步</translation>
    </message>
    <message>
        <source>Modifying the Linux configuration</source>
        <translation>Linux配置修改</translation>
    </message>
    <message>
        <source>Modifying the Linux configuration (block level)</source>
        <translation>Linux配置修改（块级）</translation>
    </message>
    <message>
        <source>Modifying the Linux configuration (file level)</source>
        <translation>Linux配置修改（文件级）</translation>
    </message>
    <message>
        <source>Modifying the Windows configuration</source>
        <translation>Windows配置修改</translation>
    </message>
    <message>
        <source>Detaching the Agent image</source>
        <translation>卸载代理镜像</translation>
    </message>
</context>
<context>
    <name>TaskListWidget</name>
    <message>
        <source>The audit log %1 could not be written.</source>
        <translation>无法写入审计日志 %1。</translation>
    </message>
    <message>
        <source>Select the tasks to delete first.</source>
        <translation>请先选择要删除的任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletable among the selected</source>
        <translation>
            <numerusform>其中 %n 个可删除</numerusform>
        </translation>
    </message>
    <message>
        <source>The list may be incomplete: refresh to list again.</source>
        <translation>列表可能不完整：请刷新以重新列出。</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>导出可见行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy task IDs</source>
        <translation>复制任务ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export visible rows…</source>
        <translation>导出可见行(&amp;E)…</translation>
    </message>
    <message>
        <source>Loading the tasks failed: nothing is listed. Refresh to try again.</source>
        <translation>加载任务失败：没有列出任何任务。请刷新重试。</translation>
    </message>
    <message>
        <source>Loading the tasks failed: tasks may be missing. Refresh to try again.</source>
        <translation>加载任务失败：可能缺少部分任务。请刷新重试。</translation>
    </message>
    <message>
        <source>Delete the selected tasks…</source>
        <translation>删除所选任务…</translation>
    </message>
    <message>
        <source>Deleting is possible once the list has loaded: the Agent states are still coming.</source>
        <translation>列表加载完成后才能删除：Agent 状态仍在获取中。</translation>
    </message>
</context>
<context>
    <name>TaskProgressBar</name>
    <message>
        <source>Loading the Agent states… %1/%2 sources</source>
        <translation>正在加载 Agent 状态… %1/%2 个源端</translation>
    </message>
    <message>
        <source>Loading… %1/%2 tasks</source>
        <translation>正在加载… %1/%2 个任务</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Deleting… %1/%2 tasks</source>
        <translation>正在删除… %1/%2 个任务</translation>
    </message>
    <message>
        <source>Stopping and waiting… %1/%2 tasks</source>
        <translation>正在暂停并等待… %1/%2 个任务</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Migration succeeded</source>
        <translation>迁移成功</translation>
    </message>
    <message>
        <source>Sync succeeded</source>
        <translation>同步成功</translation>
    </message>
    <message>
        <source>Migration failed</source>
        <translation>迁移失败</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>中止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Skipping</source>
        <translation>跳过中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>回滚中</translation>
    </message>
    <message>
        <source>Rolling back after sync failure</source>
        <translation>同步失败回滚中</translation>
    </message>
    <message>
        <source>Rolled back after sync failure</source>
        <translation>同步失败回滚成功</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>TaskSummaryStrip</name>
    <message>
        <source>Deletion:</source>
        <translation>删除判定：</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Counted once the source servers have loaded.</source>
        <translation>源端服务器加载完成后再计数。</translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n task(s) of this class; click again to show all.</source>
        <translation>
            <numerusform>只显示这一类的 %n 个任务；再次单击显示全部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n task(s) in this state (%1); click again to show all.</source>
        <translation>
            <numerusform>只显示处于此状态（%1）的 %n 个任务；再次单击显示全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Block</source>
        <translation>块级</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
    <message>
        <source>Task state</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>源端服务器</translation>
    </message>
    <message>
        <source>Source state</source>
        <translation>源端状态</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>预估完成时间</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除判定</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The source servers are still loading: the Agent&apos;s state, and with it whether the task can be deleted, follows.</source>
        <translation>源端服务器仍在加载：稍后将显示 Agent 状态以及任务能否删除。</translation>
    </message>
    <message>
        <source>Target server</source>
        <translation>目的端服务器</translation>
    </message>
    <message>
        <source>Target ECS ID: %1</source>
        <translation>目的端 ECS ID：%1</translation>
    </message>
    <message>
        <source>Target ECS ID</source>
        <translation>目的端 ECS ID</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>Copy &amp;target ECS IDs</source>
        <translation>复制目的端 ECS ID(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Deleting removes the migration task records from SMS only. The target server, its snapshots (which keep costing money until you delete them) and the Agent on the source server all stay.</source>
        <translation>删除操作仅从主机迁移服务中移除迁移任务记录。目的端服务器、其快照（在您删除之前会持续计费）以及源端服务器上的Agent都会保留。</translation>
    </message>
    <message>
        <source>Stopping halts the migration or synchronization of that server; it can be started again later.</source>
        <translation>暂停会中止该服务器的迁移或同步；之后可以重新启动。</translation>
    </message>
    <message>
        <source>A task can end stopped but not deleted (Cancel, a refusal, a state that is not deletable): its migration is then halted, and must be started again by hand if it was wanted.</source>
        <translation>任务可能最终已暂停但未删除（取消、被拒绝、状态不可删除）：此时其迁移已中止，如仍需迁移，须手动重新启动。</translation>
    </message>
</context>
<context>
    <name>TasksCli</name>
    <message>
        <source>sms-tasks: %1</source>
        <translation>sms-tasks：%1</translation>
    </message>
    <message>
        <source>Listing the tasks failed.</source>
        <translation>列出任务失败。</translation>
    </message>
    <message>
        <source>warning: the service reported %1 tasks but %2 distinct ones arrived; the list may be incomplete (tasks changed while listing). Run the command again to re-list.</source>
        <translation>警告：服务报告共有 %1 个任务，但实际收到 %2 个不同的任务；列表可能不完整（列出期间任务发生了变化）。请再次运行该命令以重新列出。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TASK STATE</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>SOURCE STATE</source>
        <translation>源端状态</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>DELETION</source>
        <translation>删除判定</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何请求。</translation>
    </message>
    <message>
        <source>Account: %1 · AK %2 · region %3 · endpoint %4</source>
        <translation>账号：%1 · AK %2 · 区域 %3 · 终端节点 %4</translation>
    </message>
    <message>
        <source>(IAM token)</source>
        <translation>（IAM令牌）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>Will be deleted: %n task(s)</source>
        <translation>
            <numerusform>将删除：%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, each sent on its own (--allow-uncertain): %n</source>
        <translation>
            <numerusform>不确定，逐个单独发送（--allow-uncertain）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncertain, skipped without --allow-uncertain: %n</source>
        <translation>
            <numerusform>不确定，因未指定 --allow-uncertain 而跳过：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked, skipped: %n</source>
        <translation>
            <numerusform>不可删除，已跳过：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, skipped: %n</source>
        <translation>
            <numerusform>未找到，已跳过：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: standard input is not a terminal. Pass --yes to delete without asking.</source>
        <translation>未经确认，拒绝删除：标准输入不是终端。如需不经询问直接删除，请传入 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)? Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>确定要删除 %n 个任务吗？输入 &quot;yes&quot; 继续：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted.</source>
        <translation>已取消：未删除任何任务。</translation>
    </message>
    <message>
        <source>warning: the audit log %1 could not be written.</source>
        <translation>警告：无法写入审计日志 %1。</translation>
    </message>
    <message>
        <source>warning: refreshing the IAM token failed; requests fail once the current token expires.</source>
        <translation>警告：刷新 IAM 令牌失败；当前令牌过期后，请求将失败。</translation>
    </message>
    <message>
        <source>No listed task matches the filter: nothing was sent.</source>
        <translation>没有列出的任务符合过滤条件：未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>Filter: %1 — %2 of %n listed task(s) match.</source>
        <translation>
            <numerusform>过滤条件：%1 — 列出的 %n 个任务中有 %2 个符合。</numerusform>
        </translation>
    </message>
    <message>
        <source>The listing was incomplete (tasks changed while listing): a task that matches may be missing here; the next run will see it.</source>
        <translation>任务列表不完整（列出期间任务有变化）：可能遗漏了符合条件的任务；下次运行时会看到。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Run sms-tasks --help for the usage.</source>
        <translation>运行 sms-tasks --help 查看用法。</translation>
    </message>
    <message>
        <source>SMS endpoint URL.</source>
        <translation>SMS终端节点URL。</translation>
    </message>
    <message>
        <source>Region, e.g. cn-north-4.</source>
        <translation>区域，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>IAM endpoint URL.</source>
        <translation>IAM终端节点URL。</translation>
    </message>
    <message>
        <source>Project id (X-Project-Id).</source>
        <translation>项目ID（X-Project-Id）。</translation>
    </message>
    <message>
        <source>Account (domain) id (X-Domain-Id).</source>
        <translation>账号ID（X-Domain-Id）。</translation>
    </message>
    <message>
        <source>Extra CA certificates to trust (PEM).</source>
        <translation>额外信任的CA证书（PEM）。</translation>
    </message>
    <message>
        <source>IAM user name.</source>
        <translation>IAM用户名。</translation>
    </message>
    <message>
        <source>Account (domain) name for the IAM login.</source>
        <translation>IAM登录使用的账号名。</translation>
    </message>
    <message>
        <source>A saved profile of the app (secrets from the keychain), or &quot;environment&quot;.</source>
        <translation>应用中保存的配置（凭据取自系统密钥环），或 &quot;environment&quot;。</translation>
    </message>
    <message>
        <source>Transfer timeout per request, seconds.</source>
        <translation>每个请求的传输超时时间（秒）。</translation>
    </message>
    <message>
        <source>zh_CN or en.</source>
        <translation>zh_CN 或 en。</translation>
    </message>
    <message>
        <source>list: task state filter.</source>
        <translation>list：按任务状态筛选。</translation>
    </message>
    <message>
        <source>list: task name filter.</source>
        <translation>list：按任务名称筛选。</translation>
    </message>
    <message>
        <source>Machine-readable JSON.</source>
        <translation>输出机器可读的JSON。</translation>
    </message>
    <message>
        <source>delete: print the plan, send nothing.</source>
        <translation>delete：仅打印删除计划，不发送任何请求。</translation>
    </message>
    <message>
        <source>delete: do not ask.</source>
        <translation>delete：不询问确认。</translation>
    </message>
    <message>
        <source>delete: also send uncertain tasks, one per call.</source>
        <translation>delete：同时发送不确定的任务，每次调用一个。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>list takes no ids.</source>
        <translation>list 不接受任务ID。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Give --project-id or --domain-id, not both.</source>
        <translation>请指定 --project-id 或 --domain-id，不能同时指定。</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 600 seconds.</source>
        <translation>--timeout 必须为1到600秒。</translation>
    </message>
    <message>
        <source>--iam-user cannot be combined with --profile.</source>
        <translation>--iam-user 不能与 --profile 同时使用。</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <source>--iam-user needs --iam-domain (the account name).</source>
        <translation>--iam-user 需要同时指定 --iam-domain（账号名）。</translation>
    </message>
    <message>
        <source>IAM password for %1: </source>
        <translation>%1 的IAM密码：</translation>
    </message>
    <message>
        <source>No IAM password: set SMS_IAM_PASSWORD or run on a terminal.</source>
        <translation>缺少IAM密码：请设置 SMS_IAM_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>Lists and deletes Huawei Cloud SMS migration tasks.</source>
        <translation>列出并删除华为云主机迁移服务（SMS）的迁移任务。</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (no real account).</source>
        <translation>在内置沙箱上运行（不连接真实账号）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Number of sandbox tasks in demo mode.</source>
        <translation>演示模式下沙箱中的任务数量。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation>未知的语言“%1”（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>A task id is empty.</source>
        <translation>有一个任务ID为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id: ids are 1 to 128 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>“%1”不是任务ID：任务ID由 1 到 128 个字母、数字、“-”、“_”或“.”组成。</translation>
    </message>
    <message>
        <source>delete: at most this long confirming the outcome, seconds.</source>
        <translation>delete：确认删除结果的最长时间（秒）。</translation>
    </message>
    <message>
        <source>--%1 is empty.</source>
        <translation>--%1 的值为空。</translation>
    </message>
    <message>
        <source>--confirm-deadline must be 1 to 3600 seconds.</source>
        <translation>--confirm-deadline 必须为 1 到 3600 秒。</translation>
    </message>
    <message>
        <source>With --demo: list the demo, print what a standard button of the interface language reads, and quit (a check of an installation).</source>
        <translation>与 --demo 一起使用：列出演示任务，打印界面语言中一个标准按钮的文字后退出（用于检查安装）。</translation>
    </message>
    <message>
        <source>delete: stop running tasks first, wait, then delete them.</source>
        <translation>delete：先暂停运行中的任务，等待后再删除。</translation>
    </message>
    <message>
        <source>stop: wait until each source shows Paused.</source>
        <translation>stop：等待各源端显示“已暂停”。</translation>
    </message>
    <message>
        <source>stop --wait, delete --stop-first: wait at most this long a task, seconds.</source>
        <translation>stop --wait、delete --stop-first：每个任务最多等待的秒数。</translation>
    </message>
    <message>
        <source>%1 needs at least one task id.</source>
        <translation>%1 至少需要一个任务ID。</translation>
    </message>
    <message>
        <source>--stop-timeout must be 1 to 86400 seconds.</source>
        <translation>--stop-timeout 必须为 1 到 86400 秒。</translation>
    </message>
    <message>
        <source>--stop-first belongs to delete.</source>
        <translation>--stop-first 只用于 delete。</translation>
    </message>
    <message>
        <source>--wait belongs to stop (delete --stop-first always waits).</source>
        <translation>--wait 只用于 stop（delete --stop-first 总会等待）。</translation>
    </message>
    <message>
        <source>--stop-first does not send uncertain tasks; drop --allow-uncertain.</source>
        <translation>--stop-first 不发送不确定的任务；请去掉 --allow-uncertain。</translation>
    </message>
    <message>
        <source>--where, --source-state and --older-than belong to delete.</source>
        <translation>--where、--source-state 和 --older-than 只用于 delete。</translation>
    </message>
    <message>
        <source>Give task ids or a filter (--where, --source-state, --older-than), not both.</source>
        <translation>请给出任务ID或过滤条件（--where、--source-state、--older-than），不能同时给出。</translation>
    </message>
    <message>
        <source>--state and --name filter the list command; delete filters with --where state=... and --where name=...</source>
        <translation>--state 和 --name 用于 list 命令的过滤；delete 请使用 --where state=... 和 --where name=...</translation>
    </message>
    <message>
        <source>--older-than is given twice.</source>
        <translation>--older-than 给出了两次。</translation>
    </message>
    <message>
        <source>delete: only listed tasks where KEY is one of the values (repeatable).</source>
        <translation>delete：只处理 KEY 为所给值之一的已列出任务（可重复）。</translation>
    </message>
    <message>
        <source>delete: short for --where source_state=STATES.</source>
        <translation>delete：--where source_state=STATES 的简写。</translation>
    </message>
    <message>
        <source>delete: only tasks created more than N days (Nd) or hours (Nh) ago.</source>
        <translation>delete：只处理创建时间早于 N 天（Nd）或 N 小时（Nh）之前的任务。</translation>
    </message>
    <message>
        <source>--stop-first cannot be combined with a filter: a filter must never stop live migrations from a cron job. Give the task ids.</source>
        <translation>--stop-first 不能与过滤条件同时使用：过滤条件绝不能从定时任务中暂停正在进行的迁移。请给出任务ID。</translation>
    </message>
    <message>
        <source>Lists, stops and deletes Huawei Cloud SMS migration tasks.

Commands:
  list [--state S] [--name N] [--json]
  delete ID... [--dry-run] [--yes] [--allow-uncertain] [--stop-first] [--json]
  delete --where KEY=V1[,V2...]... [--source-state S1[,S2...]] [--older-than N(d|h)]
         [--dry-run] [--yes] [--allow-uncertain] [--json]
    KEY: state (task state), source_state, name (part of the name, any case); every --where
    must match, any value of one does. --older-than: created more than N days (or hours) ago;
    a task without a creation date never matches. Not with ids or --stop-first; the plan is
    printed before anything is sent.
  stop ID... [--wait] [--dry-run] [--yes] [--json]

Credentials come from the environment: HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK (these win), or
CLOUD_SDK_AK/CLOUD_SDK_SK; HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys;
HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_DOMAIN_ID, HUAWEICLOUD_SDK_IAM_ENDPOINT.
For an IAM password login give --iam-user and --iam-domain; the password comes from
SMS_IAM_PASSWORD or is asked on the terminal. --profile NAME uses a profile saved in the app,
with its secrets from the system keychain.

Exit status: 0 every requested id deleted or already deleted (stop: stopped; a filter: every
matched task that was sent; none matching is 0 too), 1 some not, 2 usage, configuration or
authentication error before anything was deleted.</source>
        <translation>列出、暂停并删除华为云主机迁移服务（SMS）的迁移任务。

命令：
  list [--state S] [--name N] [--json]
  delete ID... [--dry-run] [--yes] [--allow-uncertain] [--stop-first] [--json]
  delete --where KEY=V1[,V2...]... [--source-state S1[,S2...]] [--older-than N(d|h)]
         [--dry-run] [--yes] [--allow-uncertain] [--json]
    KEY：state（任务状态）、source_state（源端状态）、name（名称的一部分，不区分大小写）；
    每个 --where 都须满足，同一个 --where 中任一值满足即可。--older-than：创建时间早于 N 天
    （或小时）之前；创建时间未知的任务永不匹配。不能与任务ID或 --stop-first 同时使用；
    发送任何请求之前会先打印计划。
  stop ID... [--wait] [--dry-run] [--yes] [--json]

凭据取自环境变量：HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK（优先），或
CLOUD_SDK_AK/CLOUD_SDK_SK；临时AK/SK另需 HUAWEICLOUD_SDK_SECURITY_TOKEN；
此外还有 HUAWEICLOUD_SDK_PROJECT_ID、HUAWEICLOUD_SDK_DOMAIN_ID、HUAWEICLOUD_SDK_IAM_ENDPOINT。
使用IAM用户密码登录时，请指定 --iam-user 和 --iam-domain；密码取自
SMS_IAM_PASSWORD，否则在终端中询问。--profile NAME 使用应用中保存的配置，
其凭据取自系统密钥环。

退出状态：0 所有请求的ID均已删除或此前已删除（stop：均已暂停；过滤条件：所有已发送的匹配任务均已删除；
无匹配任务时也为 0）；1 部分未完成；2 在删除任何任务之前发生用法、配置或认证错误。</translation>
    </message>
</context>
</TS>
