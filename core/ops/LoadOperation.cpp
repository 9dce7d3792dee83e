#include "ops/LoadOperation.h"

#include "api/SmsClient.h"
#include "ops/ParsedPage.h"
#include "ops/ReleaseOnThreadPool.h"
#include "ops/TaskCatalog.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QSet>

namespace {
constexpr int MaxOffset = 65535; // ListTasks caps offset (sms-api.md §9)
}

LoadOperation::LoadOperation(SmsClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{ }

LoadOperation::LoadOperation(SmsClient *client, QObject *parent)
    : LoadOperation(client, Options(), parent)
{ }

LoadOperation::~LoadOperation()
{
    releaseOnThreadPool(std::move(m_result), std::move(m_tasks)); // 50,000 tasks: ~9 ms on the GUI thread
}

void LoadOperation::start()
{
    m_context = new QObject(this);
    m_queue.clear();
    if (m_options.withTasks)
        m_queue.append({ Kind::Tasks, 0 });
    for (int off = m_options.pageSize; m_options.withTasks && off < m_options.expectedTasks && off <= MaxOffset;
         off += m_options.pageSize) {
        m_queue.append({ Kind::Tasks, off });
        m_speculatedUpTo = off + m_options.pageSize;
    }
    if (m_options.withSources) {
        m_queue.append({ Kind::Sources, 0 });
    }
    pump();
    maybeFinish(); // nothing asked for: finished, empty
}

void LoadOperation::cancel()
{
    if (m_finished)
        return;
    SmsError e;
    e.kind = SmsErrorKind::Canceled;
    fail(e);
}

bool LoadOperation::isComplete() const
{
    return m_finished && !m_failed && !m_countShifted && m_taskCount >= 0 && m_result.size() == m_taskCount;
}

void LoadOperation::pump()
{
    while (!m_failed && m_inFlight < m_options.maxParallel && !m_queue.isEmpty())
        request(m_queue.takeFirst());
}

void LoadOperation::request(const Page &page)
{
    ++m_inFlight;
    QList<Signer::QueryItem> query;
    if (page.kind == Kind::Tasks)
        query = m_options.taskFilter;
    query.append({ QStringLiteral("limit"), QString::number(m_options.pageSize) });
    query.append({ QStringLiteral("offset"), QString::number(page.offset) });
    const QString path = page.kind == Kind::Tasks ? QStringLiteral("/v3/tasks") : QStringLiteral("/v3/sources");
    m_client->sendRead(ApiRequest::get(path, query), m_context, [this, page](const ApiResponse &r) {
        --m_inFlight;
        onPage(page, r);
    });
}

void LoadOperation::onPage(const Page &page, const ApiResponse &r)
{
    if (m_failed)
        return;
    if (!r.ok())
        return fail(r.error);
    const auto parse = [kind = page.kind, body = r.body] {
        return kind == Kind::Tasks ? ParsedPage::tasksPage(body) : ParsedPage::sourcesPage(body);
    };
    if (page.offset == 0) {
        // Its count decides what comes next: read without parsing the page, so the next wave
        // goes out at once; an unusual body is parsed here and the parse decides.
        const std::optional<int> count = ParsedPage::peekCount(r.body);
        if (!count)
            return accept(page, r, parse());
        queueRest(page.kind, *count);
    }
    // The next request goes out first and the page is parsed on the thread pool: neither the
    // following requests nor the GUI wait for it. The watcher belongs to m_context, so a result
    // never reaches an operation that was cancelled or destroyed.
    pump();
    ++m_parsing;
    auto *watcher = new QFutureWatcher<ParsedPage>(m_context);
    connect(watcher, &QFutureWatcherBase::finished, watcher, [this, watcher, page, r] {
        --m_parsing;
        watcher->deleteLater();
        accept(page, r, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(parse));
}

void LoadOperation::accept(const Page &page, const ApiResponse &r, const ParsedPage &parsed)
{
    if (m_failed)
        return;
    if (!parsed.readable) {
        // A cut or garbled body is usually transient: ask for the page once more.
        if (!m_reasked.contains(pageKey(page))) {
            m_reasked.insert(pageKey(page));
            m_queue.prepend(page);
            pump();
            return;
        }
        SmsError e;
        e.kind = SmsErrorKind::InvalidResponse;
        e.httpStatus = r.httpStatus;
        e.requestId = r.requestId;
        e.message = QString::fromUtf8(r.body.left(200));
        return fail(e);
    }
    const int count = parsed.count;
    int &knownCount = page.kind == Kind::Tasks ? m_taskCount : m_sourceCount;
    bool &countKnown = page.kind == Kind::Tasks ? m_taskCountKnown : m_sourceCountKnown;
    // Every page carries the total: the first to arrive (a speculative one may beat the first
    // page) sets it, and any other total means tasks were added or removed while paging.
    if (!countKnown) {
        countKnown = true;
        knownCount = count;
    } else if (count != knownCount) {
        m_countShifted = true;
        m_sourceCountShifted = m_sourceCountShifted || page.kind == Kind::Sources;
    }
    if (page.offset == 0)
        queueRest(page.kind, count);
    if (page.kind == Kind::Tasks) {
        // Joined with the sources in so far; the rest are joined in place as their pages come
        // (below): what was delivered is the result, unless an id came twice.
        QList<Task> joined = parsed.tasks;
        TaskCatalog::join(joined, m_sources);
        for (qsizetype i = 0; i < joined.size(); ++i) {
            if (!joined.at(i).sourceId.isEmpty() && !joined.at(i).connected.has_value())
                m_waitingForSource[joined.at(i).sourceId].append(int(m_tasks.size() + i));
        }
        // Ids seen so far, page by page: the end of a load needs a de-duplication pass only if
        // shifted pages delivered a task twice.
        for (qsizetype i = 0; i < parsed.tasks.size() && !m_duplicates; ++i) {
            const qsizetype before = m_seenIds.size();
            m_seenIds.insert(parsed.tasks.at(i).id);
            m_duplicates = m_seenIds.size() == before;
        }
        m_tasks.append(joined);
        Q_EMIT tasksReceived(joined);
    } else {
        QList<Task> joined;
        for (const SourceServer &s : parsed.sources) {
            const qsizetype before = m_sources.size();
            m_sources.insert(s.id, s);
            m_duplicates = m_duplicates || m_sources.size() == before; // a source listed twice
            for (int at : m_waitingForSource.take(s.id)) {
                Task &t = m_tasks[at];
                TaskCatalog::join(t, m_sources);
                joined.append(t);
            }
        }
        if (!joined.isEmpty())
            Q_EMIT tasksJoined(joined);
    }
    // In tasks and sources, not requests: "56/466" were pages.
    Q_EMIT progress(int(m_tasks.size()), m_taskCount, int(m_sources.size()), m_options.withSources ? m_sourceCount : 0);
    pump();
    maybeFinish();
}

void LoadOperation::queueRest(Kind kind, int count)
{
    bool &queued = kind == Kind::Tasks ? m_taskPagesQueued : m_sourcePagesQueued;
    if (queued)
        return;
    queued = true;
    const int asked = kind == Kind::Tasks ? m_speculatedUpTo : 0;
    for (int off = qMax(m_options.pageSize, asked); off < count && off <= MaxOffset; off += m_options.pageSize) {
        m_queue.append({ kind, off });
    }
}

void LoadOperation::fail(const SmsError &e)
{
    if (m_finished)
        return;
    m_failed = true;
    m_error = e;
    m_queue.clear();
    m_result = TaskCatalog::deduplicated(m_tasks);
    TaskCatalog::join(m_result, m_sources);
    m_finished = true;
    if (m_context)
        m_context->deleteLater(); // aborts what is still in flight; late callbacks see m_failed
    m_context = nullptr;
    Q_EMIT finished();
}

void LoadOperation::maybeFinish()
{
    if (m_finished || m_inFlight > 0 || m_parsing > 0 || !m_queue.isEmpty())
        return;
    // Joined as the pages came: without an id (of a task or a source) listed twice, the tasks as
    // delivered are the result. A copy, a de-duplication and a join of 50,000 tasks took ~90 ms
    // of a frozen window at the end of a load.
    m_deliveredAsResult = !m_duplicates;
    if (m_duplicates) {
        m_result = TaskCatalog::deduplicated(m_tasks);
        TaskCatalog::join(m_result, m_sources); // the last copy of every source decides
    } else {
        m_result = std::move(m_tasks);
    }
    m_tasks = {};
    if (m_options.keepSourceIds) {
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
            m_sourceIds.insert(it.key());
    }
    // The sources and the indexes live on in m_result only; freed on the thread pool (tens of
    // thousands of strings).
    releaseOnThreadPool(std::move(m_sources), std::move(m_seenIds), std::move(m_waitingForSource));
    m_sources = {};
    m_seenIds = {};
    m_waitingForSource = {};
    m_finished = true;
    // In a turn of its own: the join above and what receivers do with 50,000 tasks (the table
    // merges them) are each tens of ms; together they froze the window for ~100 ms.
    QMetaObject::invokeMethod(this, &LoadOperation::finished, Qt::QueuedConnection);
}
