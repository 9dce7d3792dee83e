#include "ListJsonWriter.h"

#include "model/DeletionRule.h"
#include "model/JsonText.h"

#include <QHash>

namespace {

QLatin1String classificationKeyword(Deletability d)
{
    switch (d) {
    case Deletability::Deletable:
        return QLatin1String("deletable");
    case Deletability::Blocked:
        return QLatin1String("blocked");
    case Deletability::Uncertain:
        return QLatin1String("uncertain");
    }
    return {};
}

// The start of a "key": value line of a task object (three levels deep: document, "tasks", the task).
void key(QByteArray &out, const char *key)
{
    out += "            \"";
    out += key;
    out += "\": ";
}

void field(QByteArray &out, const char *name, const QString &value, bool last = false)
{
    key(out, name);
    JsonText::appendString(out, value);
    out += last ? "\n" : ",\n";
}

} // namespace

QByteArray ListJsonWriter::write(const QList<Task> &tasks, bool complete, int count)
{
    QByteArray out;
    out.reserve(64 + tasks.size() * 560);
    out += "{\n    \"complete\": ";
    out += complete ? "true" : "false";
    out += ",\n    \"count\": ";
    out += QByteArray::number(count);
    out += ",\n    \"tasks\": [\n";
    // A reason is one of a few sentences with quotes in it: each is translated and escaped once.
    QHash<std::pair<int, QString>, QByteArray> reasons;
    // Keys in QJsonObject's order: sorted.
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        const RuleVerdict v = DeletionRule::classify(t.sourceState, t.connected);
        out += "        {\n            \"classification\": \"";
        out += classificationKeyword(v.deletability);
        out += "\",\n            \"connected\": ";
        out += !t.connected.has_value() ? "null" : *t.connected ? "true" : "false";
        out += ",\n";
        field(out, "id", t.id);
        field(out, "name", t.name);
        key(out, "reason");
        QByteArray &reason = reasons[{ int(v.reason), v.sourceState }];
        if (reason.isEmpty())
            JsonText::appendString(reason, DeletionRule::explain(v));
        out += reason;
        out += ",\n";
        field(out, "source_id", t.sourceId);
        field(out, "source_ip", t.sourceIp);
        field(out, "source_name", t.sourceName);
        field(out, "source_state", t.sourceState);
        field(out, "state", t.state, true);
        out += i + 1 < tasks.size() ? "        },\n" : "        }\n";
    }
    out += "    ]\n}\n";
    return out;
}
