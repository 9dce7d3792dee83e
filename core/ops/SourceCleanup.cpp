#include "ops/SourceCleanup.h"

#include "api/SmsClient.h"
#include "model/JsonRead.h"
#include "ops/LoadOperation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <numeric>
#include <optional>

namespace {
constexpr int ChunkSize = 50; // the newest docs allow 1–50 ids a call

// A filtered list's answer: its `count` and its first element (limit 1).
struct Match
{
    qint64 count = 0;
    QJsonObject first;
};

std::optional<Match> matchOf(const ApiResponse &r, QLatin1String listKey)
{
    if (!r.ok())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const std::optional<qint64> count = JsonRead::integer(o.value(QLatin1String("count")));
    if (!count)
        return std::nullopt;
    return Match { *count, o.value(listKey).toArray().first().toObject() };
}

SmsError unproven(const ApiResponse &r)
{
    SmsError e;
    e.kind = SmsErrorKind::Unproven;
    e.httpStatus = r.httpStatus;
    e.requestId = r.requestId;
    return e;
}

SmsError unreadable(const ApiResponse &r)
{
    if (r.error.isError())
        return r.error;
    SmsError e = unproven(r);
    e.kind = SmsErrorKind::InvalidResponse;
    e.message = QString::fromUtf8(r.body.left(200));
    return e;
}

SmsError incompleteListing(const LoadOperation *load)
{
    if (load->error().isError())
        return load->error();
    SmsError e; // every page came, but tasks or sources were added or removed while paging
    e.kind = SmsErrorKind::Unproven;
    return e;
}

ApiRequest filteredGet(const QString &path, const QString &key, const QString &value)
{
    // Never the enterprise-project filter: a task of any project keeps its source.
    return ApiRequest::get(path,
                           { { key, value },
                             { QStringLiteral("limit"), QStringLiteral("1") },
                             { QStringLiteral("offset"), QStringLiteral("0") } });
}
} // namespace

SourceCleanup::SourceCleanup(SmsClient *client, const QStringList &confirmed, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    QSet<QString> seen;
    for (const QString &id : confirmed) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        m_results.append({ id, Outcome::Unknown, {}, {} });
    }
    m_checked.assign(size_t(m_results.size()), false);
}

SourceCleanup::SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent)
    : SourceCleanup(client, confirmed, Options(), parent)
{ }

bool SourceCleanup::byListing(int ids, int pages) const
{
    return pages >= 0 ? pages < ids : ids > m_options.lookUpAtMost;
}

void SourceCleanup::start()
{
    m_checks = new QObject(this);
    if (m_stopped) { // cancelled before it began
        for (Result &r : m_results)
            r = { r.id, Outcome::NotSent, m_stopReason, {} };
    }
    if (m_stopped || m_results.isEmpty())
        return stepDone();
    if (byListing(int(m_results.size()), m_options.taskPages))
        checkByListing();
    else
        checkEach();
}

void SourceCleanup::cancel()
{
    SmsError why;
    why.kind = SmsErrorKind::Canceled;
    stopSending(why);
    if (m_step != Step::Check || !m_checks)
        return; // a removal in flight is still heard; a confirmation still ends
    delete m_checks; // the checks still out are dropped unanswered
    m_checks = nullptr;
    for (size_t i = 0; i < m_checked.size(); ++i) {
        if (!m_checked[i] && m_results.at(qsizetype(i)).outcome == Outcome::Unknown)
            m_results[qsizetype(i)] = { m_results.at(qsizetype(i)).id, Outcome::NotSent, why, {} };
    }
    m_pending = 0;
    stepDone();
}

void SourceCleanup::stopSending(const SmsError &why)
{
    // A 401 outranks a Cancel: nothing signed may follow it, not even a confirmation.
    if (!m_stopped || (why.blocksAccount() && !m_stopReason.blocksAccount()))
        m_stopReason = why;
    m_stopped = true;
}

void SourceCleanup::lookUpEach(const QList<int> &indexes, const QString &path, const QString &key, QObject *context,
                               void (SourceCleanup::*heard)(int, const ApiResponse &))
{
    m_pending = int(indexes.size());
    const Step step = m_step;
    for (int index : indexes) {
        const ApiRequest req = filteredGet(path, key, m_results.at(index).id);
        m_client->sendRead(req, context, [this, index, heard, step](const ApiResponse &r) {
            if (m_step != step)
                return; // the step ended without it (Cancel)
            (this->*heard)(index, r);
            if (--m_pending == 0)
                stepDone();
        });
    }
}

void SourceCleanup::checkEach()
{
    QList<int> all(m_results.size());
    std::iota(all.begin(), all.end(), 0);
    lookUpEach(all, QStringLiteral("/v3/tasks"), QStringLiteral("source_server_id"), m_checks,
               &SourceCleanup::onChecked);
}

void SourceCleanup::onChecked(int index, const ApiResponse &r)
{
    Result &res = m_results[index];
    const std::optional<Match> match = matchOf(r, QLatin1String("tasks"));
    if (!match) {
        res.outcome = Outcome::NotSent;
        res.error = unreadable(r);
    } else if (match->count == 0) {
        m_checked[size_t(index)] = true;
    } else {
        // A task of this source: it stays. A task of another means the filter was not applied,
        // which proves nothing: not sent either.
        const QJsonObject source = match->first.value(QLatin1String("source_server")).toObject();
        const bool ours = JsonRead::text(source.value(QLatin1String("id"))) == res.id;
        res.outcome = ours ? Outcome::InUse : Outcome::NotSent;
        if (!ours)
            res.error = unproven(r);
    }
    if (r.error.blocksAccount())
        stopSending(r.error);
}

void SourceCleanup::checkByListing()
{
    LoadOperation::Options options; // tasks only, every project
    options.withSources = false;
    auto *load = new LoadOperation(m_client, options, m_checks);
    connect(load, &LoadOperation::finished, this, [this, load] {
        load->deleteLater();
        // Only a complete list proves that no task uses a source.
        const bool complete = !load->error().isError() && load->isComplete();
        const SmsError why = complete ? SmsError() : incompleteListing(load);
        QSet<QString> used;
        const QList<Task> tasks = complete ? load->tasks() : QList<Task>();
        for (const Task &t : tasks)
            used.insert(t.sourceId);
        for (int i = 0; i < m_results.size(); ++i) {
            Result &r = m_results[i];
            if (!complete) {
                r.outcome = Outcome::NotSent;
                r.error = why;
            } else if (used.contains(r.id)) {
                r.outcome = Outcome::InUse;
            } else {
                m_checked[size_t(i)] = true;
            }
        }
        if (why.blocksAccount())
            stopSending(why);
        stepDone();
    });
    load->start();
}

void SourceCleanup::stepDone()
{
    switch (m_step) {
    case Step::Check:
        m_step = Step::Remove;
        for (int i = 0; i < m_results.size(); ++i) {
            if (m_checked[size_t(i)] && m_results.at(i).outcome == Outcome::Unknown)
                m_toSend.append(i);
        }
        return sendNext();
    case Step::Remove:
        m_step = Step::Confirm;
        // After a 401 a look-up would be refused too: what was sent stays unconfirmed.
        if (!m_sent.isEmpty() && !(m_stopped && m_stopReason.blocksAccount()))
            return byListing(int(m_sent.size()), m_options.sourcePages) ? confirmByListing() : confirmEach();
        for (int index : std::as_const(m_sent)) {
            if (!m_results.at(index).error.isError())
                m_results[index].error = m_stopReason;
        }
        break;
    case Step::Confirm:
    case Step::Done:
        break;
    }
    m_step = Step::Done;
    m_finished = true;
    Q_EMIT finished();
}

void SourceCleanup::holdBack(const SmsError &why)
{
    for (int index : std::as_const(m_toSend)) {
        m_results[index].outcome = Outcome::NotSent;
        m_results[index].error = why;
    }
    m_toSend.clear();
}

void SourceCleanup::sendNext()
{
    if (m_stopped)
        holdBack(m_stopReason);
    if (m_toSend.isEmpty())
        return stepDone();
    const QList<int> chunk = m_toSend.mid(0, ChunkSize);
    m_toSend.remove(0, chunk.size());
    QJsonArray ids;
    for (int index : chunk)
        ids.append(m_results.at(index).id);
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/v3/sources/delete");
    req.body = QJsonDocument(QJsonObject { { QStringLiteral("ids"), ids } }).toJson(QJsonDocument::Compact);
    // send(), never sendRead(): a delete is not resent blindly; the confirmation tells what happened.
    m_client->send(req, this, [this, chunk](const ApiResponse &r) {
        onRemoveAnswer(chunk, r);
        sendNext();
    });
}

void SourceCleanup::onRemoveAnswer(const QList<int> &chunk, const ApiResponse &r)
{
    // A 401 is refused before it runs, and NotSent never left: nothing of it was removed.
    const bool unrun = r.error.blocksAccount();
    for (int index : chunk) {
        Result &res = m_results[index];
        res.requestId = r.requestId;
        if (!r.ok())
            res.error = r.error;
        if (unrun)
            res.outcome = Outcome::NotSent;
        else
            m_sent.append(index);
    }
    if (unrun)
        stopSending(r.error);
}

void SourceCleanup::confirmEach()
{
    lookUpEach(m_sent, QStringLiteral("/v3/sources"), QStringLiteral("id"), this, &SourceCleanup::onConfirmed);
}

void SourceCleanup::onConfirmed(int index, const ApiResponse &r)
{
    Result &res = m_results[index];
    const std::optional<Match> match = matchOf(r, QLatin1String("source_servers"));
    if (!match) {
        if (!res.error.isError())
            res.error = unreadable(r);
        return; // stays Unknown
    }
    if (match->count == 0) {
        res.outcome = Outcome::Removed;
        res.error = {}; // an answer lost on the way, the record gone all the same
        return;
    }
    // Still listed only if it is this very record (as a listing would show it); another one means
    // the filter was not applied, which proves nothing.
    if (JsonRead::text(match->first.value(QLatin1String("id"))) == res.id)
        res.outcome = Outcome::Failed;
    else if (!res.error.isError())
        res.error = unproven(r);
}

void SourceCleanup::confirmByListing()
{
    LoadOperation::Options options; // the sources alone
    options.withTasks = false;
    options.keepSourceIds = true;
    auto *load = new LoadOperation(m_client, options, this);
    connect(load, &LoadOperation::finished, this, [this, load] {
        load->deleteLater();
        // Only a complete list of the sources proves a record gone.
        const bool complete = load->sourcesComplete();
        for (int index : std::as_const(m_sent)) {
            Result &r = m_results[index];
            if (!complete) {
                if (!r.error.isError())
                    r.error = incompleteListing(load);
                continue;
            }
            r.outcome = load->sourceIds().contains(r.id) ? Outcome::Failed : Outcome::Removed;
            if (r.outcome == Outcome::Removed)
                r.error = {};
        }
        stepDone();
    });
    load->start();
}

QString SourceCleanup::label(Outcome o)
{
    switch (o) {
    case Outcome::Removed:
        return QCoreApplication::translate("SourceCleanup", "Removed");
    case Outcome::Failed:
        return QCoreApplication::translate("SourceCleanup", "Still listed");
    case Outcome::Unknown:
        return QCoreApplication::translate("SourceCleanup", "Not confirmed");
    case Outcome::InUse:
        return QCoreApplication::translate("SourceCleanup", "Not sent: a task uses this server again");
    case Outcome::NotSent:
        return QCoreApplication::translate("SourceCleanup", "Not sent");
    }
    return {};
}

QString SourceCleanup::keyword(Outcome o)
{
    switch (o) {
    case Outcome::Removed:
        return QStringLiteral("removed");
    case Outcome::Failed:
        return QStringLiteral("still-listed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::InUse:
        return QStringLiteral("in-use");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}
