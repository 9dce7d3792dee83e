#include "ops/ParsedPage.h"

#include "model/JsonRead.h"
#include "ops/PageScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
template<typename Item, typename Parse>
ParsedPage parse(const QByteArray &body, QLatin1String listKey, QList<Item> ParsedPage::*into, Parse fromJson)
{
    ParsedPage p;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(listKey).isArray())
        return p;
    p.readable = true;
    p.count = int(JsonRead::integer(o.value(QLatin1String("count"))).value_or(-1));
    const QJsonArray items = o.value(listKey).toArray();
    (p.*into).reserve(items.size());
    for (const QJsonValue &v : items)
        (p.*into).append(fromJson(v.toObject()));
    return p;
}

// The end of the string whose opening quote is at p, just past its closing quote; nullptr if cut.
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\') {
            if (++p == end)
                return nullptr;
            continue; // the escaped character, whatever it is
        }
        if (*p == '"')
            return p + 1;
    }
    return nullptr;
}

// The end of the value that starts at p, or nullptr. Only the structure is followed (strings,
// brackets): whether the value is valid JSON is the parse's business.
const char *skipValue(const char *p, const char *end)
{
    if (p < end && *p == '"')
        return skipString(p, end);
    if (p < end && (*p == '{' || *p == '[')) {
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                p = skipString(p, end);
                if (!p)
                    return nullptr;
                continue;
            }
            if (*p == '{' || *p == '[')
                ++depth;
            else if ((*p == '}' || *p == ']') && --depth == 0)
                return p + 1;
            ++p;
        }
        return nullptr;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        ++p;
    return p;
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p;
}

} // namespace

ParsedPage ParsedPage::tasksPage(const QByteArray &body)
{
    if (std::optional<ParsedPage> p = PageScanner::tasksPage(body))
        return std::move(*p);
    return tasksPageThroughQt(body);
}

ParsedPage ParsedPage::sourcesPage(const QByteArray &body)
{
    if (std::optional<ParsedPage> p = PageScanner::sourcesPage(body))
        return std::move(*p);
    return sourcesPageThroughQt(body);
}

ParsedPage ParsedPage::tasksPageThroughQt(const QByteArray &body)
{
    return parse(body, QLatin1String("tasks"), &ParsedPage::tasks, &Task::fromJson);
}

ParsedPage ParsedPage::sourcesPageThroughQt(const QByteArray &body)
{
    return parse(body, QLatin1String("source_servers"), &ParsedPage::sources, &SourceServer::fromJson);
}

std::optional<int> ParsedPage::peekCount(const QByteArray &body)
{
    const char *p = skipSpace(body.constBegin(), body.constEnd());
    const char *const end = body.constEnd();
    if (p == end || *p != '{')
        return std::nullopt;
    ++p;
    std::optional<int> count;
    bool seen = false;
    while (true) {
        p = skipSpace(p, end);
        if (p == end || *p != '"')
            return std::nullopt;
        const char *const keyStart = p + 1;
        p = skipString(p, end);
        if (!p)
            return std::nullopt;
        const QByteArrayView key(keyStart, p - 1 - keyStart);
        if (key.contains('\\'))
            return std::nullopt; // an escaped key may spell "count": the parser decodes it
        p = skipSpace(p, end);
        if (p == end || *p != ':')
            return std::nullopt;
        p = skipSpace(p + 1, end);
        if (key == "count") {
            if (seen)
                return std::nullopt; // twice: which one counts is the parser's call
            seen = true;
            qint64 n = 0;
            const char *const digits = p;
            while (p < end && *p >= '0' && *p <= '9' && p - digits < 10)
                n = n * 10 + (*p++ - '0');
            const char *const after = skipSpace(p, end);
            if (p == digits || p - digits > 9 || after == end || (*after != ',' && *after != '}'))
                return std::nullopt; // not a plain integer (sign, fraction, exponent, string, too long)
            count = int(n);
            p = after;
        } else {
            p = skipValue(p, end);
            if (!p)
                return std::nullopt;
            p = skipSpace(p, end);
        }
        if (p == end)
            return std::nullopt;
        if (*p == '}')
            return count;
        if (*p != ',')
            return std::nullopt;
        ++p;
    }
}
