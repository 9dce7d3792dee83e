// `sms-tasks list --json` is written straight to bytes; scripts parse it, and the benchmark's
// fidelity hash holds it to what QJsonDocument wrote before. Here every byte is compared with
// QJsonDocument's own output for the same object, on the values that are hard to write.
#include "cli/ListJsonWriter.h"

#include "model/DeletionRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString keyword(Deletability d)
{
    switch (d) {
    case Deletability::Deletable:
        return QStringLiteral("deletable");
    case Deletability::Blocked:
        return QStringLiteral("blocked");
    case Deletability::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

// The list as it was written through QJsonObject (the oracle).
QByteArray throughQt(const QList<Task> &tasks, bool complete, int count)
{
    QJsonArray items;
    for (const Task &t : tasks) {
        const RuleVerdict v = DeletionRule::classify(t.sourceState, t.connected);
        items.append(QJsonObject {
            { QStringLiteral("id"), t.id },
            { QStringLiteral("name"), t.name },
            { QStringLiteral("state"), t.state },
            { QStringLiteral("source_id"), t.sourceId },
            { QStringLiteral("source_name"), t.sourceName },
            { QStringLiteral("source_ip"), t.sourceIp },
            { QStringLiteral("source_state"), t.sourceState },
            { QStringLiteral("connected"), t.connected.has_value() ? QJsonValue(*t.connected) : QJsonValue() },
            { QStringLiteral("classification"), keyword(v.deletability) },
            { QStringLiteral("reason"), DeletionRule::explain(v) },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("count"), count },
                                       { QStringLiteral("complete"), complete },
                                       { QStringLiteral("tasks"), items } })
        .toJson(QJsonDocument::Indented);
}

Task task(const QString &id, const QString &name, const QString &sourceState, std::optional<bool> connected)
{
    Task t;
    t.id = id;
    t.name = name;
    t.state = QStringLiteral("MIGRATE_FAIL");
    t.sourceId = QStringLiteral("src-") + id;
    t.sourceName = name + QStringLiteral("-src");
    t.sourceIp = QStringLiteral("10.0.0.1");
    t.sourceState = sourceState;
    t.connected = connected;
    return t;
}

} // namespace

class tst_ListJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesAreQtsBytes_data()
    {
        QTest::addColumn<QList<Task>>("tasks");
        QTest::addColumn<bool>("complete");
        QTest::newRow("no tasks") << QList<Task> {} << true;
        QTest::newRow("plain, every verdict")
            << QList<Task> { task(QStringLiteral("a"), QStringLiteral("web-1"), QStringLiteral("stopped"), false),
                             task(QStringLiteral("b"), QStringLiteral("db-2"), QStringLiteral("syncing"), true),
                             task(QStringLiteral("c"), QStringLiteral("app"), QStringLiteral("finished"), {}) }
            << false;
        QTest::newRow("quotes, backslashes, control characters") << QList<Task> {
            task(QStringLiteral("q\"1"), QStringLiteral("C:\\srv\\x\ttab\nline\x01"), QStringLiteral("stopped"), false)
        } << true;
        QTest::newRow("non-ASCII and empty")
            << QList<Task> { task(QStringLiteral("z"), QStringLiteral("数据库-主 ✓ 😀"), QString(), {}),
                             task(QString(), QString(), QStringLiteral("未知"), true) }
            << true;
        QTest::newRow("DEL and the last printable")
            << QList<Task> { task(QStringLiteral("~"), QStringLiteral("a\x7f"), QStringLiteral("error"), true) }
            << true;
    }
    void bytesAreQtsBytes()
    {
        QFETCH(QList<Task>, tasks);
        QFETCH(bool, complete);
        const int count = int(tasks.size()) + 3;
        QCOMPARE(ListJsonWriter::write(tasks, complete, count), throughQt(tasks, complete, count));
    }
};

QTEST_APPLESS_MAIN(tst_ListJson)
#include "tst_listjson.moc"
