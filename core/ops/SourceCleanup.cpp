#include "ops/SourceCleanup.h"

#include "api/SmsClient.h"
#include "model/JsonRead.h"
#include "ops/LoadOperation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace {
constexpr int ChunkSize = 50; // the newest docs allow 1–50 ids a call

// The `count` of a filtered list: how many tasks (or sources) match.
std::optional<qint64> countOf(const ApiResponse &r)
{
    if (!r.ok())
        return std::nullopt;
    return JsonRead::integer(QJsonDocument::fromJson(r.body).object().value(QLatin1String("count")));
}

SmsError unreadable(const ApiResponse &r)
{
    if (r.error.isError())
        return r.error;
    SmsError e;
    e.kind = SmsErrorKind::InvalidResponse;
    e.httpStatus = r.httpStatus;
    e.requestId = r.requestId;
    e.message = QString::fromUtf8(r.body.left(200));
    return e;
}

SmsError incompleteListing(const LoadOperation *load)
{
    if (load->error().isError())
        return load->error();
    SmsError e; // every page came, but tasks or sources were added or removed while paging
    e.kind = SmsErrorKind::InvalidResponse;
    e.message = QStringLiteral("the listing changed while it was read");
    return e;
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
}

SourceCleanup::SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent)
    : SourceCleanup(client, confirmed, Options(), parent)
{ }

void SourceCleanup::start()
{
    if (m_results.size() <= m_options.lookUpAtMost)
        checkEach();
    else
        checkByListing();
}

void SourceCleanup::cancel()
{
    SmsError why;
    why.kind = SmsErrorKind::Canceled;
    stopSending(why); // what is in flight is still heard, so what was sent is still confirmed
}

void SourceCleanup::stopSending(const SmsError &why)
{
    if (!m_stopped)
        m_stopReason = why;
    m_stopped = true;
}

bool SourceCleanup::isBlocking(const SmsError &e)
{
    return e.httpStatus == 401 || e.kind == SmsErrorKind::NotSent; // five failed signatures lock the AK
}

void SourceCleanup::checkEach()
{
    m_pending = int(m_results.size());
    if (m_pending == 0)
        return stepDone();
    for (int i = 0; i < m_results.size(); ++i) {
        // No enterprise-project filter: a task of any project keeps its source.
        const ApiRequest req = ApiRequest::get(QStringLiteral("/v3/tasks"),
                                               { { QStringLiteral("source_server_id"), m_results.at(i).id },
                                                 { QStringLiteral("limit"), QStringLiteral("1") },
                                                 { QStringLiteral("offset"), QStringLiteral("0") } });
        m_client->sendRead(req, this, [this, i](const ApiResponse &r) {
            onChecked(i, r);
            if (--m_pending == 0)
                stepDone();
        });
    }
}

void SourceCleanup::onChecked(int index, const ApiResponse &r)
{
    Result &res = m_results[index];
    const std::optional<qint64> count = countOf(r);
    if (!count) {
        res.outcome = Outcome::NotSent;
        res.error = unreadable(r);
    } else if (*count > 0) {
        res.outcome = Outcome::InUse;
    }
    if (isBlocking(r.error))
        stopSending(r.error);
}

void SourceCleanup::checkByListing()
{
    LoadOperation::Options options; // tasks only, every project
    options.withSources = false;
    auto *load = new LoadOperation(m_client, options, this);
    connect(load, &LoadOperation::finished, this, [this, load] {
        load->deleteLater();
        if (!load->isComplete()) {
            // Only a complete list proves that no task uses a source.
            const SmsError why = incompleteListing(load);
            for (Result &r : m_results) {
                r.outcome = Outcome::NotSent;
                r.error = why;
            }
            if (isBlocking(why))
                stopSending(why);
            return stepDone();
        }
        QSet<QString> used;
        const QList<Task> tasks = load->tasks();
        for (const Task &t : tasks)
            used.insert(t.sourceId);
        for (Result &r : m_results) {
            if (used.contains(r.id))
                r.outcome = Outcome::InUse;
        }
        stepDone();
    });
    load->start();
}

void SourceCleanup::stepDone()
{
    switch (m_step) {
    case Step::Check:
        for (int i = 0; i < m_results.size(); ++i) {
            if (m_results.at(i).outcome == Outcome::Unknown)
                m_toSend.append(i);
        }
        m_step = Step::Remove;
        return sendNext();
    case Step::Remove:
        m_step = Step::Confirm;
        if (m_next == 0) // nothing was sent: nothing to confirm
            break;
        if (m_next <= m_options.lookUpAtMost)
            return confirmEach();
        return confirmByListing();
    case Step::Confirm:
        break;
    }
    m_finished = true;
    Q_EMIT finished();
}

void SourceCleanup::holdBack(const SmsError &why)
{
    for (int k = m_next; k < m_toSend.size(); ++k) {
        Result &r = m_results[m_toSend.at(k)];
        r.outcome = Outcome::NotSent;
        r.error = why;
    }
    m_toSend.resize(m_next);
}

void SourceCleanup::sendNext()
{
    if (m_stopped)
        holdBack(m_stopReason);
    if (m_next >= m_toSend.size())
        return stepDone();
    const int from = m_next;
    const int count = int(qMin<qsizetype>(ChunkSize, m_toSend.size() - from));
    m_next += count;
    QJsonArray ids;
    for (int k = from; k < from + count; ++k)
        ids.append(m_results.at(m_toSend.at(k)).id);
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/v3/sources/delete");
    req.body = QJsonDocument(QJsonObject { { QStringLiteral("ids"), ids } }).toJson(QJsonDocument::Compact);
    // send(), never sendRead(): a delete is not resent blindly; the confirmation tells what happened.
    m_client->send(req, this, [this, from, count](const ApiResponse &r) {
        onRemoveAnswer(from, count, r);
        sendNext();
    });
}

void SourceCleanup::onRemoveAnswer(int from, int count, const ApiResponse &r)
{
    for (int k = from; k < from + count; ++k) {
        Result &res = m_results[m_toSend.at(k)];
        res.requestId = r.requestId;
        if (!r.ok())
            res.error = r.error;
    }
    if (isBlocking(r.error))
        stopSending(r.error);
}

void SourceCleanup::confirmEach()
{
    m_pending = m_next;
    for (int k = 0; k < m_next; ++k) {
        const int index = m_toSend.at(k);
        const ApiRequest req = ApiRequest::get(QStringLiteral("/v3/sources"),
                                               { { QStringLiteral("id"), m_results.at(index).id },
                                                 { QStringLiteral("limit"), QStringLiteral("1") },
                                                 { QStringLiteral("offset"), QStringLiteral("0") } });
        m_client->sendRead(req, this, [this, index](const ApiResponse &r) {
            onConfirmed(index, r);
            if (--m_pending == 0)
                stepDone();
        });
    }
}

void SourceCleanup::onConfirmed(int index, const ApiResponse &r)
{
    Result &res = m_results[index];
    const std::optional<qint64> count = countOf(r);
    if (!count) {
        if (!res.error.isError())
            res.error = unreadable(r);
        return; // stays Unknown
    }
    res.outcome = *count == 0 ? Outcome::Removed : Outcome::Failed;
    if (res.outcome == Outcome::Removed)
        res.error = {}; // an answer lost on the way, the record gone all the same
}

void SourceCleanup::confirmByListing()
{
    LoadOperation::Options options;
    options.keepSourceIds = true;
    auto *load = new LoadOperation(m_client, options, this);
    connect(load, &LoadOperation::finished, this, [this, load] {
        load->deleteLater();
        // Only a complete list of the sources proves a record gone.
        const bool complete = load->sourcesComplete();
        for (int k = 0; k < m_next; ++k) {
            Result &r = m_results[m_toSend.at(k)];
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
