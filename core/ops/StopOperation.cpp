#include "ops/StopOperation.h"

#include "api/SmsClient.h"
#include "model/DeletionRule.h"
#include "ops/LoadOperation.h"
#include "ops/LookUpVerdict.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

StopOperation::StopOperation(SmsClient *client, const QList<Task> &confirmed, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_context(new QObject(this))
    , m_ticker(new QTimer(this))
{
    m_entries.reserve(size_t(confirmed.size()));
    for (const Task &t : confirmed) {
        Entry e;
        e.result.task = t;
        e.result.remedy = StopRule::remedy(t.sourceState, t.connected);
        m_entries.push_back(e);
    }
    m_ticker->setInterval(qBound(10, m_options.pollIntervalMs / 4, 250));
    connect(m_ticker, &QTimer::timeout, this, &StopOperation::tick);
}

QList<StopResult> StopOperation::results() const
{
    QList<StopResult> out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        out.append(e.result);
    return out;
}

void StopOperation::start()
{
    m_clock.start();
    if (m_client->signatureProven())
        m_parallel = m_options.maxParallel;
    for (int i = 0; i < total(); ++i) {
        switch (m_entries[size_t(i)].result.remedy) {
        case StopRemedy::Stop:
            m_queue.append({ CallKind::Stop, i });
            break;
        case StopRemedy::WaitOnly:
            wait(i);
            break;
        case StopRemedy::NotNeeded:
        case StopRemedy::NotStoppable:
        case StopRemedy::Unsure:
            settle(i, StopOutcome::NotStoppable);
            break;
        }
    }
    m_ticker->start();
    pump();
    maybeFinish();
}

void StopOperation::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    // What is in flight is dropped unanswered (detached, no callback): a stop in flight may have
    // reached the service, and says so.
    delete m_context;
    m_context = new QObject(this);
    m_inFlight = 0;
    m_relisting = false;
    halt(StopOutcome::Cancelled, {});
}

void StopOperation::halt(StopOutcome outcome, const SmsError &error)
{
    // Nothing more goes; what is still in flight lands on settled tasks.
    m_halted = true;
    m_queue.clear();
    for (int i = 0; i < total(); ++i) {
        Entry &e = m_entries[size_t(i)];
        if (e.phase == Phase::Done)
            continue;
        e.result.stopSent = e.result.stopSent || e.phase == Phase::Sending;
        // A stop the service accepted was not refused: after a 401 it is only not confirmed.
        const bool accepted = e.phase == Phase::Waiting && outcome == StopOutcome::Failed;
        settle(i, accepted ? StopOutcome::Stopping : outcome, error.isError() ? error : e.result.error);
    }
    maybeFinish();
}

void StopOperation::pump()
{
    while (!m_halted && m_inFlight < m_parallel && !m_queue.isEmpty())
        send(m_queue.takeFirst());
}

void StopOperation::send(const Call &call)
{
    Entry &e = m_entries[size_t(call.index)];
    ++m_inFlight;
    const QString path = QStringLiteral("/v3/tasks/") + e.result.task.id;
    const int index = call.index;
    switch (call.kind) {
    case CallKind::Stop: {
        e.phase = Phase::Sending;
        ApiRequest req;
        req.method = "POST";
        req.path = path + QStringLiteral("/action");
        req.body = QByteArrayLiteral("{\"operation\":\"stop\"}");
        // send(), never sendRead(): a stop is not resent blindly.
        m_client->send(req, m_context, [this, index](const ApiResponse &r) {
            --m_inFlight;
            onStopAnswer(index, r);
            pump();
            maybeFinish();
        });
        return;
    }
    case CallKind::LookUp:
        e.asking = true;
        e.lastAskedMs = now();
        m_client->sendRead(ApiRequest::get(path), m_context, [this, index](const ApiResponse &r) {
            --m_inFlight;
            m_entries[size_t(index)].asking = false;
            onLookUp(index, r);
            pump();
            maybeFinish();
        });
        return;
    }
}

void StopOperation::onStopAnswer(int index, const ApiResponse &r)
{
    Entry &e = m_entries[size_t(index)];
    e.result.requestIds.append(r.requestId);
    if (e.phase == Phase::Done)
        return;
    if (r.ok()) {
        m_parallel = m_options.maxParallel;
        e.result.stopSent = true;
        return wait(index);
    }
    if (r.error.blocksAccount()) {
        e.phase = Phase::Queued; // refused unrun
        return halt(StopOutcome::Failed, r.error); // five failed signatures lock the AK: send nothing more
    }
    // Refused, or broke off (it may have run): look the task up before calling it anything.
    e.result.error = r.error;
    e.result.stopSent = r.httpStatus == 0 || r.httpStatus >= 500;
    e.phase = Phase::Checking;
    m_queue.prepend({ CallKind::LookUp, index });
}

void StopOperation::onLookUp(int index, const ApiResponse &r)
{
    Entry &e = m_entries[size_t(index)];
    if (e.phase == Phase::Done)
        return;
    e.result.requestIds.append(r.requestId);
    if (LookUpVerdict::isServiceNotFound(r))
        return settle(index, StopOutcome::Gone);
    if (r.error.blocksAccount())
        return halt(StopOutcome::Failed, r.error);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!r.ok() || !doc.isObject()) {
        if (e.phase == Phase::Checking)
            settle(index, StopOutcome::Failed); // the stop's own error stands
        return; // a waiting task is asked again at its next turn
    }
    Task fresh = Task::fromJson(doc.object());
    if (fresh.id.isEmpty())
        fresh.id = e.result.task.id;
    see(index, fresh);
}

void StopOperation::see(int index, const Task &fresh)
{
    Entry &e = m_entries[size_t(index)];
    const QString before = e.result.task.sourceState;
    Task t = fresh;
    if (!t.connected.has_value())
        t.connected = e.result.task.connected; // a look-up may not say; the listing did
    if (t.name.isEmpty())
        t.name = e.result.task.name;
    e.result.task = t;
    if (DeletionRule::classify(t.sourceState, t.connected).deletability == Deletability::Deletable)
        return settle(index, StopOutcome::Stopped);
    if (e.phase == Phase::Checking) {
        // The stop was refused or broke off: it took only if the source is pausing now.
        if (t.sourceState.compare(QLatin1String("stopping"), Qt::CaseInsensitive) == 0)
            return wait(index);
        return settle(index, StopOutcome::Failed);
    }
    if (t.sourceState != before)
        Q_EMIT taskChanged(e.result, true);
}

void StopOperation::wait(int index)
{
    if (!m_options.waitForPause)
        return settle(index, StopOutcome::Stopping);
    Entry &e = m_entries[size_t(index)];
    e.phase = Phase::Waiting;
    e.deadlineMs = now() + m_options.timeoutMs;
    e.lastAskedMs = now(); // the first look-up one interval on: it has only just been asked to stop
    Q_EMIT taskChanged(e.result, true);
}

void StopOperation::tick()
{
    if (m_halted)
        return;
    int waiting = 0;
    for (int i = 0; i < total(); ++i) {
        Entry &e = m_entries[size_t(i)];
        if (e.phase != Phase::Waiting)
            continue;
        if (now() >= e.deadlineMs && !e.asking && !m_relisting) { // what is being asked is heard first
            settle(i, StopOutcome::TimedOut);
            continue;
        }
        ++waiting;
    }
    // After a re-list failed the look-ups carry the wait for a while, longer after each failure in a row.
    const qint64 restMs = qMin<qint64>(60000, qint64(m_options.relistIntervalMs) << qMin(m_relistFailures, 4));
    const bool resting = m_relistFailures > 0 && now() - m_lastRelistMs < restMs;
    if (relistPays(waiting) && !resting) {
        if (!m_relisting && (m_lastRelistMs < 0 || now() - m_lastRelistMs >= m_options.relistIntervalMs))
            relist();
    } else {
        for (int i = 0; i < total(); ++i) {
            const Entry &e = m_entries[size_t(i)];
            if (e.phase == Phase::Waiting && !e.asking && now() - e.lastAskedMs >= m_options.pollIntervalMs) {
                m_entries[size_t(i)].asking = true; // queued: not queued twice
                m_queue.append({ CallKind::LookUp, i });
            }
        }
    }
    pump();
    maybeFinish();
}

bool StopOperation::relistPays(int waiting) const
{
    // Requests a second: a look-up per waiting task each poll interval, or the pages of one
    // re-list each re-list interval.
    return waiting > m_options.relistAbove && m_options.relistPages >= 0
        && qint64(m_options.relistPages) * m_options.pollIntervalMs < qint64(waiting) * m_options.relistIntervalMs;
}

void StopOperation::relist()
{
    m_relisting = true;
    m_lastRelistMs = now();
    LoadOperation::Options listing;
    listing.taskFilter = m_options.relistFilter; // what an EP-scoped policy allows
    auto *load = new LoadOperation(m_client, listing, m_context);
    ++m_inFlight;
    connect(load, &LoadOperation::finished, m_context, [this, load] {
        load->deleteLater();
        --m_inFlight;
        m_relisting = false;
        const SmsError e = load->error();
        if (e.blocksAccount())
            return halt(StopOutcome::Failed, e); // five failed signatures lock the AK: send nothing more
        const bool complete = !e.isError() && load->isComplete();
        // What it did bring still counts; after a failure the next rounds ask each task, the rest
        // counted from now (a failing re-list can take longer than the interval).
        m_relistFailures = complete ? 0 : m_relistFailures + 1;
        if (!complete)
            m_lastRelistMs = now();
        onRelisted(complete, load->tasks());
        pump();
        maybeFinish();
    });
    load->start();
}

void StopOperation::onRelisted(bool complete, const QList<Task> &tasks)
{
    QHash<QString, int> byId;
    for (int i = 0; i < tasks.size(); ++i)
        byId.insert(tasks.at(i).id, i);
    for (int i = 0; i < total(); ++i) {
        const Entry &e = m_entries[size_t(i)];
        if (e.phase != Phase::Waiting)
            continue;
        const int at = byId.value(e.result.task.id, -1);
        if (at >= 0)
            see(i, tasks.at(at));
        else if (complete)
            settle(i, StopOutcome::Gone); // only a complete list proves absence
    }
}

void StopOperation::settle(int index, StopOutcome outcome, const SmsError &error)
{
    Entry &e = m_entries[size_t(index)];
    if (e.phase == Phase::Done)
        return;
    e.phase = Phase::Done;
    e.result.outcome = outcome;
    if (error.isError())
        e.result.error = error;
    else if (outcome == StopOutcome::Stopped || outcome == StopOutcome::Gone)
        e.result.error = {};
    ++m_settled;
    Q_EMIT taskChanged(e.result, false);
    Q_EMIT progress(m_settled, total());
}

void StopOperation::maybeFinish()
{
    if (m_finished || m_settled < total() || m_inFlight > 0)
        return;
    m_finished = true;
    m_ticker->stop();
    Q_EMIT finished();
}
