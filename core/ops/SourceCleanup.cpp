#include "ops/SourceCleanup.h"

#include "api/SmsClient.h"
#include "ops/LoadOperation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int ChunkSize = 50; // the newest docs allow 1–50 ids a call
}

SourceCleanup::SourceCleanup(SmsClient *client, const QStringList &confirmed, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    QSet<QString> seen;
    for (const QString &id : confirmed) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        m_results.append({ id, Outcome::Unknown, {}, {} });
    }
}

void SourceCleanup::start()
{
    sendNext();
}

void SourceCleanup::sendNext()
{
    if (m_stopped || m_next >= m_results.size())
        return confirm();
    const int from = m_next;
    const int count = int(qMin<qsizetype>(ChunkSize, m_results.size() - from));
    m_next += count;
    QJsonArray ids;
    for (int i = from; i < from + count; ++i)
        ids.append(m_results.at(i).id);
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/v3/sources/delete");
    req.body = QJsonDocument(QJsonObject { { QStringLiteral("ids"), ids } }).toJson(QJsonDocument::Compact);
    // send(), never sendRead(): a delete is not resent blindly; the re-list tells what happened.
    m_client->send(req, this, [this, from, count](const ApiResponse &r) {
        onAnswer(from, count, r);
        sendNext();
    });
}

void SourceCleanup::onAnswer(int from, int count, const ApiResponse &r)
{
    for (int i = from; i < from + count; ++i) {
        m_results[i].requestId = r.requestId;
        if (!r.ok())
            m_results[i].error = r.error;
    }
    if (r.httpStatus == 401 || r.error.kind == SmsErrorKind::NotSent)
        m_stopped = true; // five failed signatures lock the AK
}

void SourceCleanup::confirm()
{
    LoadOperation::Options options;
    options.keepSourceIds = true;
    auto *load = new LoadOperation(m_client, options, this);
    connect(load, &LoadOperation::finished, this, [this, load] {
        load->deleteLater();
        // Only a complete list of the sources proves a record gone.
        const bool complete = !load->error().isError();
        for (Result &r : m_results) {
            if (!complete)
                r.outcome = Outcome::Unknown;
            else
                r.outcome = load->sourceIds().contains(r.id) ? Outcome::Failed : Outcome::Removed;
        }
        m_finished = true;
        Q_EMIT finished();
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
    }
    return {};
}
