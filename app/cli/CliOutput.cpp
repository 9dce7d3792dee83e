#include "CliOutput.h"

#include "model/ErrorCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <unistd.h>

namespace {
// Terminal columns: CJK and other wide characters take two.
int displayWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6)
        ? 2
        : 1;
}

} // namespace

QString CliOutput::pad(const QString &s, int width)
{
    QString out;
    int used = 0;
    for (const QChar c : s) {
        if (used + displayWidth(c) > width - 1) {
            out += u'…';
            ++used;
            break;
        }
        out += c;
        used += displayWidth(c);
    }
    return out + QString(qMax(0, width - used), u' ');
}

namespace {
template<typename T, typename IdOf> QList<T> inOrder(QList<T> items, const QStringList &order, IdOf idOf)
{
    // In the order the ids were given, however the calls went.
    QHash<QString, int> position;
    for (const QString &id : order)
        position.insert(id, int(position.size()));
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) {
        return position.value(idOf(a), INT_MAX) < position.value(idOf(b), INT_MAX);
    });
    return items;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject errorJson(const SmsError &e, const QStringList &requestIds)
{
    return {
        { QStringLiteral("code"), orNull(e.code) },
        { QStringLiteral("http_status"), e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue() },
        { QStringLiteral("request_id"),
          e.requestId.isEmpty() ? (requestIds.isEmpty() ? QJsonValue() : QJsonValue(requestIds.last()))
                                : QJsonValue(e.requestId) },
        { QStringLiteral("message"), orNull(e.message) },
    };
}

void printJson(const QJsonArray &items, QJsonObject summary, int requested)
{
    summary[QStringLiteral("requested")] = requested;
    CliOutput::out() << QJsonDocument(QJsonObject { { QStringLiteral("results"), items },
                                                    { QStringLiteral("summary"), summary } })
                            .toJson(QJsonDocument::Indented);
    CliOutput::out().flush();
}

void printLine(const QString &id, const QString &keyword, const SmsError &e, const QString &reason)
{
    QString detail = e.isError() ? CliOutput::errorDetail(e) : QString();
    if (!reason.isEmpty())
        detail = detail.isEmpty() ? reason : detail + QStringLiteral(" — ") + reason;
    CliOutput::out() << id << '\t' << keyword << '\t' << detail << '\n';
}
} // namespace

QString CliOutput::errorDetail(const SmsError &e)
{
    QStringList parts;
    if (!e.allCodes().isEmpty())
        parts.append(e.allCodes().join(u','));
    if (e.httpStatus > 0)
        parts.append(QStringLiteral("HTTP %1").arg(e.httpStatus));
    if (!e.requestId.isEmpty())
        parts.append(QStringLiteral("request-id %1").arg(e.requestId));
    parts.append(e.message.isEmpty() ? ErrorCatalog::explain(e) : e.message);
    return parts.join(u' ');
}

DeleteResult CliOutput::notListed(const QString &id, bool listingComplete)
{
    DeleteResult r;
    r.id = id;
    r.outcome = DeleteOutcome::Skipped;
    r.note = listingComplete ? DeleteNote::NotListed : DeleteNote::NotListedMaybeIncomplete;
    return r;
}

void CliOutput::printResults(const QList<DeleteResult> &unordered, const QStringList &order, int requested, bool json)
{
    const QList<DeleteResult> results = inOrder(unordered, order, [](const DeleteResult &r) { return r.id; });
    if (json) {
        QJsonArray items;
        QJsonObject summary;
        for (const DeleteResult &r : results) {
            const QString keyword = r.stepsKeyword();
            summary[keyword] = summary.value(keyword).toInt() + 1;
            QJsonObject item = errorJson(r.error, r.requestIds);
            item.insert(QStringLiteral("id"), r.id);
            item.insert(QStringLiteral("outcome"), keyword);
            item.insert(QStringLiteral("reason"), orNull(r.reason()));
            if (r.stop) {
                QJsonObject stop = errorJson(r.stop->error, r.stop->requestIds);
                stop.insert(QStringLiteral("outcome"), StopResult::keyword(r.stop->outcome));
                stop.insert(QStringLiteral("sent"), r.stop->stopSent);
                stop.insert(QStringLiteral("source_state"), orNull(r.stop->task.sourceState));
                item.insert(QStringLiteral("stop"), stop);
            }
            items.append(item);
        }
        return printJson(items, summary, requested);
    }
    for (const DeleteResult &r : results) {
        // A stop that failed carries the error worth reading; the delete then only says "not sent".
        const bool stopSpeaks = r.stop && r.stop->error.isError() && !r.error.isError();
        printLine(r.id, r.stepsKeyword(), stopSpeaks ? r.stop->error : r.error, r.reason());
    }
    out().flush();
}

void CliOutput::printStops(const QList<StopResult> &unordered, const QStringList &order, int requested, bool json)
{
    const QList<StopResult> stops = inOrder(unordered, order, [](const StopResult &r) { return r.task.id; });
    if (json) {
        QJsonArray items;
        QJsonObject summary;
        for (const StopResult &r : stops) {
            const QString keyword = StopResult::keyword(r.outcome);
            summary[keyword] = summary.value(keyword).toInt() + 1;
            QJsonObject item = errorJson(r.error, r.requestIds);
            item.insert(QStringLiteral("id"), r.task.id);
            item.insert(QStringLiteral("outcome"), keyword);
            item.insert(QStringLiteral("sent"), r.stopSent);
            item.insert(QStringLiteral("source_state"), orNull(r.task.sourceState));
            item.insert(QStringLiteral("reason"), orNull(r.reason()));
            items.append(item);
        }
        return printJson(items, summary, requested);
    }
    for (const StopResult &r : stops)
        printLine(r.task.id, StopResult::keyword(r.outcome), r.error, r.reason());
    out().flush();
}

CliOutput::Answer CliOutput::askYes(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return Answer::NotATerminal;
    err() << question;
    err().flush();
    char line[64] = {};
    const bool answered = std::fgets(line, sizeof line, stdin) != nullptr;
    return answered && QString::fromLocal8Bit(line).trimmed() == u"yes" ? Answer::Yes : Answer::No;
}
