#include "ops/AccountSession.h"

#include "api/RequestLimiter.h"
#include "api/SmsClient.h"
#include "model/JsonRead.h"
#include "ops/AuditLog.h"
#include "ops/DeleteOperation.h"
#include "ops/LoadOperation.h"
#include "ops/SessionSetup.h"
#include "ops/StopThenDelete.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

QString AccountSession::Account::scopeLabel() const
{
    return Credentials::scopeLabel(projectId, domainId);
}

AccountSession::AccountSession(const ConnectionSpec &spec, const QString &profileName, const QString &frontEnd,
                               QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_profileName(profileName)
    , m_frontEnd(frontEnd)
    , m_limiter(new RequestLimiter(4, this))
    , m_setup(new SessionSetup(spec, this))
{
    m_setup->setLimiter(m_limiter);
    m_auditWriter.setMaxThreadCount(1);
    connect(m_limiter, &RequestLimiter::blocked, this, &AccountSession::held);
    connect(m_setup, &SessionSetup::ready, this, [this] {
        m_state = State::Ready;
        Q_EMIT ready();
    });
    connect(m_setup, &SessionSetup::failed, this, [this](const QString &problem, const SmsError &error) {
        m_state = State::Failed;
        Q_EMIT failed(problem, error);
    });
    connect(m_setup, &SessionSetup::tokenRefreshFailed, this, &AccountSession::tokenRefreshFailed);
}

AccountSession::~AccountSession()
{
    // Operations first: their requests are detached while the client still exists.
    delete m_load.data();
    delete m_delete.data();
    delete m_stop.data();
    delete m_sourceCleanup.data();
}

void AccountSession::open()
{
    if (m_state == State::Opening || m_state == State::Ready)
        return;
    m_state = State::Opening;
    m_setup->start();
}

AccountSession::Account AccountSession::account() const
{
    Account a;
    a.profileName = m_profileName;
    a.region = m_setup->endpoints().region.isEmpty() ? m_spec.region : m_setup->endpoints().region;
    a.endpoint = m_setup->endpoints().sms;
    const Credentials &c = m_setup->client() ? m_setup->client()->credentials() : m_spec.credentials;
    a.projectId = c.projectId;
    a.domainId = c.domainId;
    if (!m_spec.credentials.ak.isEmpty())
        a.maskedAk = m_spec.credentials.maskedAk();
    return a;
}

bool AccountSession::isLoading() const
{
    return m_load && !m_load->isFinished();
}

bool AccountSession::isDeleting() const
{
    return (m_delete && !m_delete->isFinished()) || m_reporting; // until its results are reported
}

bool AccountSession::isHeld() const
{
    return m_limiter->isBlocked();
}

bool AccountSession::refresh(const QList<QPair<QString, QString>> &taskFilter, bool byUser)
{
    if (!isReady() || isLoading() || isStopping() || (isHeld() && !byUser))
        return false;
    if (byUser)
        m_limiter->reset();
    LoadOperation::Options options;
    options.taskFilter = taskFilter;
    m_loadingUnfiltered = taskFilter.isEmpty();
    if (!m_spec.enterpriseProjectId.isEmpty())
        options.taskFilter.append({ QStringLiteral("enterprise_project_id"), m_spec.enterpriseProjectId });
    m_load = new LoadOperation(m_setup->client(), options, this);
    connect(m_load, &LoadOperation::tasksReceived, this, &AccountSession::tasksReceived);
    connect(m_load, &LoadOperation::tasksJoined, this, &AccountSession::tasksReceived); // an update, as a refresh
    connect(m_load, &LoadOperation::progress, this, &AccountSession::loadProgress);
    connect(m_load, &LoadOperation::finished, this, &AccountSession::onLoaded);
    Q_EMIT loadStarted();
    m_load->start();
    return true;
}

void AccountSession::onLoaded()
{
    LoadOperation *load = m_load;
    LoadResult r;
    r.tasks = load->tasks();
    r.reportedCount = load->reportedCount();
    r.error = load->error();
    const bool complete = !r.error.isError() && load->isComplete();
    r.merge = complete ? Merge::Replace : Merge::Upsert;
    r.incomplete = !complete;
    r.delivered = complete && load->deliveredAsResult();
    m_listedCount = complete ? int(r.tasks.size()) : -1;
    m_listedUnfiltered = m_loadingUnfiltered; // of the listing these counts are of
    // The account's size (within its enterprise project), for what a re-list would cost: kept from
    // the last listing that counted it (a filtered one counts fewer tasks, a failed one none; the
    // sources are never filtered).
    if (m_listedUnfiltered && load->reportedCount() >= 0)
        m_accountTasks = load->reportedCount();
    if (load->reportedSourceCount() >= 0)
        m_accountSources = load->reportedSourceCount();
    load->deleteLater();
    Q_EMIT loadFinished(r);
}

bool AccountSession::startDelete(const DeleteRequest &request)
{
    return beginDelete(request, false);
}

bool AccountSession::startOpenDelete(const QList<Task> &deletable)
{
    DeleteRequest first;
    first.inChunks = deletable;
    return beginDelete(first, true);
}

bool AccountSession::beginDelete(const DeleteRequest &request, bool open)
{
    // Never beside a stop (its own delete starts once it is over) or a source cleanup.
    if (!isReady() || isDeleting() || isStopping() || m_sourceCleanup)
        return false;
    m_results.clear();
    DeleteOperation::Options options;
    options.confirmDeadlineMs = m_confirmDeadlineMs;
    if (m_listedCount > 0 && !open)
        options.expectedRemaining = qMax(0, m_listedCount - request.sendCount());
    options.open = open;
    m_delete = new DeleteOperation(m_setup->client(), request, options, this);
    connect(m_delete, &DeleteOperation::progress, this, &AccountSession::deleteProgress);
    connect(m_delete, &DeleteOperation::finished, this, &AccountSession::onDeleted);
    Q_EMIT deleteStarted(m_delete->total());
    m_delete->start();
    return true;
}

void AccountSession::addToDelete(const QList<Task> &deletable)
{
    if (m_delete)
        m_delete->add(deletable);
}

void AccountSession::closeDelete(const DeleteRequest &rest, bool sendQueued)
{
    // The listing this delete ran beside is over: its count (if complete) tells what should remain.
    if (m_delete)
        m_delete->close(rest, m_listedCount, sendQueued);
}

QStringList AccountSession::failedAmong(const QStringList &ids) const
{
    QSet<QString> failed;
    for (const DeleteResult &r : m_results) {
        if (!r.isSuccess())
            failed.insert(r.id);
    }
    QStringList out;
    for (const QString &id : ids) {
        if (failed.contains(id))
            out.append(id);
    }
    return out;
}

void AccountSession::cancelDelete()
{
    if (isDeleting())
        m_delete->cancel();
}

void AccountSession::onDeleted()
{
    DeleteOperation *op = m_delete;
    m_results = op->results();
    op->deleteLater();
    if (m_stopThenDelete) {
        m_results = StopThenDelete::merge(m_stopsBeforeDelete, m_results);
        m_stopsBeforeDelete.clear();
        m_stopThenDelete = false;
    }
    m_reporting = true;
    writeAudit(
        [results = m_results](const QString &path, const AuditLog::Context &context) {
            return AuditLog::append(path, context, results);
        },
        [this] {
            m_reporting = false;
            Q_EMIT deleteFinished(m_results);
        });
}

bool AccountSession::startStop(const QList<Task> &confirmed, bool thenDelete, const StopOperation::Options &options)
{
    if (!isReady() || isBusy())
        return false;
    m_stopThenDelete = thenDelete;
    StopOperation::Options o = options;
    if (!m_spec.enterpriseProjectId.isEmpty())
        o.relistFilter.append({ QStringLiteral("enterprise_project_id"), m_spec.enterpriseProjectId });
    if (o.relistPages < 0 && m_accountTasks >= 0 && m_accountSources >= 0)
        o.relistPages = pagesOf(m_accountTasks) + pagesOf(m_accountSources);
    m_stop = new StopOperation(m_setup->client(), confirmed, o, this);
    connect(m_stop, &StopOperation::taskChanged, this, &AccountSession::stopTaskChanged);
    connect(m_stop, &StopOperation::progress, this, &AccountSession::stopProgress);
    connect(m_stop, &StopOperation::finished, this, &AccountSession::onStopped);
    Q_EMIT stopStarted(m_stop->total());
    Q_EMIT busyChanged();
    m_stop->start();
    return true;
}

bool AccountSession::startSourceCleanup(const QStringList &sourceIds)
{
    if (!isReady() || isBusy() || !canOfferSourceCleanup() || sourceIds.isEmpty())
        return false;
    SourceCleanup::Options options;
    options.taskPages = m_accountTasks >= 0 ? pagesOf(m_accountTasks) : -1;
    options.sourcePages = m_accountSources >= 0 ? pagesOf(m_accountSources) : -1;
    m_sourceCleanup = new SourceCleanup(m_setup->client(), sourceIds, options, this);
    connect(m_sourceCleanup, &SourceCleanup::finished, this, [this] {
        SourceCleanup *op = m_sourceCleanup;
        const QList<SourceCleanup::Result> results = op->results();
        // Busy (m_sourceCleanup set) until the audit line is written.
        writeAudit(
            [results](const QString &path, const AuditLog::Context &context) {
                return AuditLog::appendSourceRemoval(path, context, results);
            },
            [this, op, results] {
                op->deleteLater();
                m_sourceCleanup = nullptr;
                Q_EMIT sourceCleanupFinished(results);
                Q_EMIT busyChanged();
            });
    });
    m_sourceCleanup->start();
    Q_EMIT busyChanged();
    return true;
}

void AccountSession::cancelSourceCleanup()
{
    if (m_sourceCleanup)
        m_sourceCleanup->cancel();
}

bool AccountSession::isStopping() const
{
    return m_stop && !m_stop->isFinished();
}

void AccountSession::cancelStop()
{
    if (isStopping())
        m_stop->cancel();
}

void AccountSession::onStopped()
{
    StopOperation *op = m_stop;
    const QList<StopResult> stops = op->results();
    const bool cancelled = op->wasCancelled();
    op->deleteLater();
    if (m_stopThenDelete) {
        // The delete plans with the fresh records; after Cancel nothing more is sent.
        m_stopsBeforeDelete = stops;
        DeleteRequest request = StopThenDelete::requestAfter(stops);
        if (cancelled) {
            for (const Task &t : std::as_const(request.inChunks)) {
                DeleteResult r;
                r.id = t.id;
                r.name = t.name;
                r.outcome = DeleteOutcome::Skipped;
                r.note = DeleteNote::CancelledBeforeSent;
                request.skipped.append(r);
            }
            request.inChunks.clear();
        }
        beginDelete(request, false);
        return;
    }
    m_reporting = true;
    writeAudit([stops](const QString &path,
                       const AuditLog::Context &context) { return AuditLog::appendStops(path, context, stops); },
               [this, stops] {
                   m_reporting = false;
                   Q_EMIT stopFinished(stops);
                   Q_EMIT busyChanged();
               });
}

void AccountSession::writeAudit(const std::function<bool(const QString &, const AuditLog::Context &)> &write,
                                const std::function<void()> &then)
{
    // The audit line is written on a thread of its own (41,000 results are a quarter of a second
    // of JSON), in order, one at a time; the results are reported once it is written or failed, so
    // nothing reports an operation the log does not hold. ~QThreadPool waits for a write in progress.
    const Account a = account();
    const AuditLog::Context context {
        a.profileName, a.endpoint.toString(), a.region, a.projectId, a.domainId, a.maskedAk, m_frontEnd
    };
    const QString path = AuditLog::defaultPath();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, then] {
        watcher->deleteLater();
        if (!watcher->result())
            Q_EMIT auditLogFailed(path);
        then();
    });
    watcher->setFuture(QtConcurrent::run(&m_auditWriter, [write, path, context] { return write(path, context); }));
}

void AccountSession::probe()
{
    if (!isReady()) {
        // Open first; the probe follows once, on this opening only.
        auto *once = new QObject(this);
        connect(this, &AccountSession::ready, once, [this, once] {
            once->deleteLater();
            probe();
        });
        connect(this, &AccountSession::failed, once, &QObject::deleteLater);
        return open();
    }
    QList<Signer::QueryItem> query { { QStringLiteral("limit"), QStringLiteral("1") } };
    if (!m_spec.enterpriseProjectId.isEmpty())
        query.append({ QStringLiteral("enterprise_project_id"), m_spec.enterpriseProjectId });
    // send(), not sendRead(): exactly one request, no retry.
    m_setup->client()->send(ApiRequest::get(QStringLiteral("/v3/tasks"), query), this, [this](const ApiResponse &r) {
        ProbeResult p;
        p.error = r.error;
        p.httpStatus = r.httpStatus;
        p.requestId = r.requestId;
        if (r.ok())
            p.taskCount = int(
                JsonRead::integer(QJsonDocument::fromJson(r.body).object().value(QLatin1String("count"))).value_or(-1));
        Q_EMIT probeFinished(p);
    });
}
