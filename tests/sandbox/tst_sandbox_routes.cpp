// The SMS routes over real HTTP: paging, filters, ShowTask, ListServers, both deletes, batch
// semantics, the deletion rule, delete delay and the time unit.
#include "SandboxTestServer.h"

#include <QSet>
#include <QTest>

class tst_SandboxRoutes : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    // Every task over all pages of the given size.
    QJsonArray listAll(int pageSize, const QByteArray &extraQuery = {})
    {
        QJsonArray all;
        for (int offset = 0;; offset += pageSize) {
            QByteArray q = "limit=" + QByteArray::number(pageSize) + "&offset=" + QByteArray::number(offset);
            if (!extraQuery.isEmpty())
                q += '&' + extraQuery;
            const auto r = m_client->get("/v3/tasks", q);
            if (r.status != 200)
                return {};
            const QJsonArray page = r.json().value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue &t : page)
                all.append(t);
            if (page.isEmpty() || offset + pageSize >= r.json().value(QStringLiteral("count")).toInt())
                break;
        }
        return all;
    }

    // A task id whose source the rule refuses: its source is made connected and replicating.
    QString makeBusy(const QString &id)
    {
        m_host->setTaskSource(id, QStringLiteral("replicate"), true, true);
        return id;
    }
    QString makeDeletable(const QString &id)
    {
        m_host->setTaskSource(id, QStringLiteral("stopped"), false, true);
        return id;
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig c;
        c.tasks = 230;
        startSandbox(c);
    }
    void cleanup() { stopSandbox(); }

    void everyResponseHasRequestIdAndContentType()
    {
        const auto r = m_client->get("/v3/tasks");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(QString::fromLatin1(r.header("X-Request-Id")))
                    .hasMatch());
        const auto unknown = m_client->get("/v3/nothing");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("APIGW.0101"));
        QVERIFY(!unknown.header("X-Request-Id").isEmpty());
    }

    void pagingDefaultsAndCount()
    {
        const auto r = m_client->get("/v3/tasks");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 230);
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().size(), 100); // default limit
        const auto last = m_client->get("/v3/tasks", "limit=200&offset=200");
        QCOMPARE(last.json().value(QStringLiteral("count")).toInt(), 230);
        QCOMPARE(last.json().value(QStringLiteral("tasks")).toArray().size(), 30);
        const auto beyond = m_client->get("/v3/tasks", "offset=65535");
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.json().value(QStringLiteral("tasks")).toArray().size(), 0);
        const auto zero = m_client->get("/v3/tasks", "limit=0");
        QCOMPARE(zero.status, 200);
        QCOMPARE(zero.json().value(QStringLiteral("tasks")).toArray().size(), 0);
        QCOMPARE(zero.json().value(QStringLiteral("count")).toInt(), 230);
    }

    void pagesAreStableAndComplete_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("50") << 50;
        QTest::newRow("200") << 200;
    }
    void pagesAreStableAndComplete()
    {
        QFETCH(int, pageSize);
        const QJsonArray all = listAll(pageSize);
        QCOMPARE(all.size(), 230);
        QSet<QString> ids;
        QStringList order;
        for (const QJsonValue &t : all) {
            ids.insert(t[QStringLiteral("id")].toString());
            order.append(t[QStringLiteral("id")].toString());
        }
        QCOMPARE(ids.size(), 230);
        QCOMPARE(order, m_host->taskIds()); // the same stable order for every page size
        // create_date descending
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1][QStringLiteral("create_date")].toDouble()
                    >= all[i][QStringLiteral("create_date")].toDouble());
    }

    void badParametersGet400_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("limit 201") << QByteArray("limit=201");
        QTest::newRow("limit -1") << QByteArray("limit=-1");
        QTest::newRow("limit abc") << QByteArray("limit=abc");
        QTest::newRow("limit empty") << QByteArray("limit=");
        QTest::newRow("limit 1.5") << QByteArray("limit=1.5");
        QTest::newRow("offset 65536") << QByteArray("offset=65536");
        QTest::newRow("offset -3") << QByteArray("offset=-3");
        QTest::newRow("state unknown") << QByteArray("state=FINISHED");
        QTest::newRow("id too long") << QByteArray("id=") + QByteArray(37, 'a');
        QTest::newRow("id empty") << QByteArray("id=");
        QTest::newRow("source id too long") << QByteArray("source_server_id=") + QByteArray(37, 'b');
        QTest::newRow("name too long") << QByteArray("name=") + QByteArray(256, 'n');
    }
    void badParametersGet400()
    {
        QFETCH(QByteArray, query);
        const auto r = m_client->get("/v3/tasks", query);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorCode().startsWith(QStringLiteral("SMS.")));
        QVERIFY(!r.errorMsg().isEmpty());
    }

    void filters()
    {
        const QJsonArray all = listAll(200);
        const QJsonObject first = all.at(5).toObject();
        const QString id = first[QStringLiteral("id")].toString();
        auto r = m_client->get("/v3/tasks", "id=" + id.toLatin1());
        QCOMPARE(r.json()[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(r.json()[QStringLiteral("tasks")][0][QStringLiteral("id")].toString(), id);

        const QString state = first[QStringLiteral("state")].toString();
        int expected = 0;
        for (const QJsonValue &t : all)
            expected += t[QStringLiteral("state")].toString() == state ? 1 : 0;
        r = m_client->get("/v3/tasks", "limit=200&state=" + state.toLatin1());
        QCOMPARE(r.json()[QStringLiteral("count")].toInt(), expected);
        for (const QJsonValue &t : r.json()[QStringLiteral("tasks")].toArray())
            QCOMPARE(t[QStringLiteral("state")].toString(), state);

        const QString sourceId = first[QStringLiteral("source_server")][QStringLiteral("id")].toString();
        r = m_client->get("/v3/tasks", "source_server_id=" + sourceId.toLatin1());
        QVERIFY(r.json()[QStringLiteral("count")].toInt() >= 1);
        for (const QJsonValue &t : r.json()[QStringLiteral("tasks")].toArray())
            QCOMPARE(t[QStringLiteral("source_server")][QStringLiteral("id")].toString(), sourceId);

        r = m_client->get("/v3/tasks", "limit=200&enterprise_project_id=0");
        QVERIFY(r.json()[QStringLiteral("count")].toInt() > 0);
        QVERIFY(r.json()[QStringLiteral("count")].toInt() < 230);
        for (const QJsonValue &t : r.json()[QStringLiteral("tasks")].toArray())
            QCOMPARE(t[QStringLiteral("enterprise_project_id")].toString(), QStringLiteral("0"));

        // A name that needs every kind of encoding, matched byte for byte through the signature.
        r = m_client->get("/v3/tasks", "name=web%20server%20%231%20%28prod%29%2A");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(r.json()[QStringLiteral("tasks")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("web server #1 (prod)*"));
        QCOMPARE(m_host->journal().last()[QStringLiteral("query")].toString(),
                 QStringLiteral("name=web%20server%20%231%20%28prod%29%2A"));
        // CJK in a query.
        r = m_client->get("/v3/tasks", "name=" + Signer::encode(QStringLiteral("财务").toUtf8()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("count")].toInt() >= 1);
    }

    void taskJsonShape()
    {
        const QJsonArray all = listAll(200);
        bool sawMissingEstimate = false;
        for (const QJsonValue &v : all) {
            const QJsonObject t = v.toObject();
            QVERIFY(t[QStringLiteral("id")].isString());
            QVERIFY(t[QStringLiteral("name")].isString());
            QVERIFY(t[QStringLiteral("create_date")].isDouble());
            QVERIFY(t[QStringLiteral("create_date")].toDouble() > 1.5e12); // milliseconds
            QVERIFY(t[QStringLiteral("source_server")].isObject());
            QVERIFY(t[QStringLiteral("sub_tasks")].isArray());
            QVERIFY(!t.contains(QStringLiteral("connected"))); // not in ListTasks
            QVERIFY(!t[QStringLiteral("source_server")].toObject().contains(QStringLiteral("connected")));
            sawMissingEstimate = sawMissingEstimate || !t.contains(QStringLiteral("estimate_complete_time"));
        }
        QVERIFY(sawMissingEstimate); // odd but legal records exist
    }

    void showTask()
    {
        const QString id = m_host->taskIds().at(3);
        auto r = m_client->get("/v3/tasks/" + id.toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("id")].toString(), id);
        QVERIFY(r.json()[QStringLiteral("connected")].isBool());
        QVERIFY(r.json().contains(QStringLiteral("region_id")));
        m_host->setTaskSource(id, {}, true);
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json()[QStringLiteral("connected")].toBool(), true);
        m_host->setTaskSource(id, {}, false);
        QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).json()[QStringLiteral("connected")].toBool(), false);

        r = m_client->get("/v3/tasks/00000000-0000-4000-8000-000000000000");
        QCOMPARE(r.status, 404);
        QVERIFY(r.errorCode().startsWith(QStringLiteral("SMS.")));
    }

    void listSources()
    {
        auto r = m_client->get("/v3/sources", "limit=0");
        QCOMPARE(r.status, 200);
        const int count = r.json()[QStringLiteral("count")].toInt();
        QVERIFY(count > 100);
        QCOMPARE(r.json()[QStringLiteral("source_servers")].toArray().size(), qMin(count, 200)); // 0 = default 200
        const QJsonObject s = r.json()[QStringLiteral("source_servers")][0].toObject();
        for (const char *field : { "id", "ip", "name", "os_type", "state", "connected", "add_date", "last_visit_time" })
            QVERIFY2(s.contains(QLatin1String(field)), field);

        int connected = 0;
        for (int offset = 0; offset < count; offset += 50) {
            const auto page
                = m_client->get("/v3/sources", "connected=true&limit=50&offset=" + QByteArray::number(offset));
            for (const QJsonValue &v : page.json()[QStringLiteral("source_servers")].toArray()) {
                QVERIFY(v[QStringLiteral("connected")].toBool());
                ++connected;
            }
        }
        const int disconnected
            = m_client->get("/v3/sources", "connected=false").json()[QStringLiteral("count")].toInt();
        QCOMPARE(connected + disconnected, count);
        QVERIFY(connected > 0 && disconnected > 0);
        QCOMPARE(m_client->get("/v3/sources", "connected=maybe").status, 400);
        QCOMPARE(m_client->get("/v3/sources", "limit=201").status, 400);

        // Some tasks' sources are absent from ListServers.
        QSet<QString> listed;
        for (int offset = 0; offset < count; offset += 200) {
            for (const QJsonValue &v : m_client->get("/v3/sources", "offset=" + QByteArray::number(offset))
                                           .json()[QStringLiteral("source_servers")]
                                           .toArray())
                listed.insert(v[QStringLiteral("id")].toString());
        }
        QCOMPARE(listed.size(), count);
        int absent = 0;
        for (const QJsonValue &t : listAll(200))
            absent += listed.contains(t[QStringLiteral("source_server")][QStringLiteral("id")].toString()) ? 0 : 1;
        QVERIFY(absent > 0);
    }

    void batchDeleteDeletesExactlyTheIds()
    {
        const QStringList all = m_host->taskIds();
        const QStringList ids { makeDeletable(all.at(10)), makeDeletable(all.at(11)), makeDeletable(all.at(12)) };
        const auto r = m_client->deleteTasks(ids);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(m_host->taskCount(), 227);
        for (const QString &id : ids) {
            QVERIFY(!m_host->taskIds().contains(id));
            QCOMPARE(m_client->get("/v3/tasks/" + id.toLatin1()).status, 404);
        }
        const QJsonArray journal = m_host->journal();
        QJsonObject entry;
        for (const QJsonValue &e : journal) {
            if (e[QStringLiteral("route")].toString() == u"delete")
                entry = e.toObject();
        }
        QCOMPARE(entry[QStringLiteral("method")].toString(), QStringLiteral("POST"));
        QCOMPARE(entry[QStringLiteral("path")].toString(), QStringLiteral("/v3/tasks/delete"));
        QCOMPARE(entry[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(entry[QStringLiteral("ids_sent")].toArray(), QJsonArray::fromStringList(ids));
        QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray::fromStringList(ids));
        QCOMPARE(entry[QStringLiteral("request_id")].toString().size(), 32);
    }

    void batchDeleteRefusesNonDeletableId()
    {
        const QStringList all = m_host->taskIds();
        const QString busy = makeBusy(all.at(20));
        const QString fine = makeDeletable(all.at(21));
        const auto r = m_client->deleteTasks({ fine, busy });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.2015"));
        QCOMPARE(r.json()[QStringLiteral("error_param")].toArray(), QJsonArray { busy });
        QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("error_code")].toString(),
                 QStringLiteral("SMS.2015"));
        QCOMPARE(m_host->taskCount(), 230); // atomic: nothing deleted
        QCOMPARE(m_host->journal().last()[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
        QCOMPARE(m_host->journal().last()[QStringLiteral("ids_sent")].toArray(), (QJsonArray { fine, busy }));
    }

    void batchDeleteLimits()
    {
        const QStringList all = m_host->taskIds();
        for (int i = 0; i < 60; ++i)
            makeDeletable(all.at(i));
        auto r = m_client->deleteTasks(all.mid(0, 51));
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorCode().startsWith(QStringLiteral("SMS.")));
        QCOMPARE(m_host->taskCount(), 230);
        r = m_client->deleteTasks({});
        QCOMPARE(r.status, 400);
        r = m_client->send("POST", "/v3/tasks/delete", {}, "{\"ids\":[1,2]}");
        QCOMPARE(r.status, 400);
        r = m_client->send("POST", "/v3/tasks/delete", {}, "not json");
        QCOMPARE(r.status, 400);
        r = m_client->deleteTasks(all.mid(0, 50));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_host->taskCount(), 180);
    }

    void batchSemantics_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("atomic-named") << int(SandboxConfig::BatchSemantics::AtomicNamed);
        QTest::newRow("atomic-unnamed") << int(SandboxConfig::BatchSemantics::AtomicUnnamed);
        QTest::newRow("partial") << int(SandboxConfig::BatchSemantics::Partial);
    }
    void batchSemantics()
    {
        QFETCH(int, mode);
        const auto semantics = SandboxConfig::BatchSemantics(mode);
        m_host->reconfigure([semantics](SandboxConfig &c) { c.batch = semantics; });
        const QStringList all = m_host->taskIds();
        const QString good = makeDeletable(all.at(0));
        const QString busy = makeBusy(all.at(1));
        const QString unknown = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const auto r = m_client->deleteTasks({ good, busy, unknown, good });
        const QJsonObject last = m_host->journal().last().toObject();
        switch (semantics) {
        case SandboxConfig::BatchSemantics::AtomicNamed: {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("SMS.2015"));
            const QJsonArray params = r.json()[QStringLiteral("error_param")].toArray();
            QVERIFY(params.contains(busy));
            QVERIFY(params.contains(unknown));
            QVERIFY(params.contains(good)); // the duplicate
            QCOMPARE(r.json()[QStringLiteral("details")].toArray().size(), 3);
            QCOMPARE(m_host->taskCount(), 230);
            break;
        }
        case SandboxConfig::BatchSemantics::AtomicUnnamed:
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("SMS.2015"));
            QVERIFY(!r.json().contains(QStringLiteral("error_param")));
            QVERIFY(!r.json().contains(QStringLiteral("details")));
            QVERIFY(!r.body.contains(busy.toLatin1()));
            QCOMPARE(m_host->taskCount(), 230);
            break;
        case SandboxConfig::BatchSemantics::Partial:
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("{}"));
            QCOMPARE(m_host->taskCount(), 229);
            QVERIFY(!m_host->taskIds().contains(good));
            QVERIFY(m_host->taskIds().contains(busy));
            QCOMPARE(last[QStringLiteral("ids_deleted")].toArray(), QJsonArray { good });
            break;
        }
        QCOMPARE(last[QStringLiteral("ids_sent")].toArray().size(), 4);
    }

    void singleDelete()
    {
        const QStringList all = m_host->taskIds();
        const QString ok = makeDeletable(all.at(30));
        auto r = m_client->send("DELETE", "/v3/tasks/" + ok.toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QVERIFY(!m_host->taskIds().contains(ok));
        QCOMPARE(m_host->journal().last()[QStringLiteral("ids_sent")].toArray(), QJsonArray { ok });
        QCOMPARE(m_host->journal().last()[QStringLiteral("ids_deleted")].toArray(), QJsonArray { ok });

        r = m_client->send("DELETE", "/v3/tasks/" + ok.toLatin1()); // again: gone
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.6527"));

        const QString busy = makeBusy(all.at(31));
        r = m_client->send("DELETE", "/v3/tasks/" + busy.toLatin1());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("SMS.2015"));
        QVERIFY(m_host->taskIds().contains(busy));
        QCOMPARE(m_host->journal().last()[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
    }

    void ruleWordings_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<bool>("deletable");
        const int deny = int(SandboxConfig::Rule::DenyList);
        const int allow = int(SandboxConfig::Rule::AllowList);
        QTest::newRow("deny-list cleared connected") << deny << QStringLiteral("cleared") << true << true;
        QTest::newRow("allow-list cleared connected") << allow << QStringLiteral("cleared") << true << false;
        QTest::newRow("deny-list premigready connected") << deny << QStringLiteral("premigready") << true << true;
        QTest::newRow("allow-list premigready connected") << allow << QStringLiteral("premigready") << true << false;
        QTest::newRow("deny-list syncing connected") << deny << QStringLiteral("syncing") << true << false;
        QTest::newRow("allow-list syncing connected") << allow << QStringLiteral("syncing") << true << false;
        QTest::newRow("deny-list syncing disconnected") << deny << QStringLiteral("syncing") << false << true;
        QTest::newRow("allow-list syncing disconnected") << allow << QStringLiteral("syncing") << false << true;
        QTest::newRow("allow-list waiting connected") << allow << QStringLiteral("waiting") << true << true;
        QTest::newRow("deny-list premiging connected") << deny << QStringLiteral("premiging") << true << false;
        QTest::newRow("deny-list future state connected") << deny << QStringLiteral("hibernating") << true << true;
        QTest::newRow("allow-list future state connected") << allow << QStringLiteral("hibernating") << true << false;
    }
    void ruleWordings()
    {
        QFETCH(int, rule);
        QFETCH(QString, state);
        QFETCH(bool, connected);
        QFETCH(bool, deletable);
        m_host->reconfigure([rule](SandboxConfig &c) { c.rule = SandboxConfig::Rule(rule); });
        const QString id = m_host->taskIds().at(40);
        m_host->setTaskSource(id, state, connected, false); // hidden from ListServers: the service still knows
        const auto r = m_client->deleteTasks({ id });
        QCOMPARE(r.status, deletable ? 200 : 400);
        QCOMPARE(m_host->taskIds().contains(id), !deletable);
    }

    void deleteDelayShowsDeleting()
    {
        m_host->reconfigure([](SandboxConfig &c) { c.deleteDelayMs = 300; });
        const QString id = makeDeletable(m_host->taskIds().at(50));
        QCOMPARE(m_client->deleteTasks({ id }).status, 200);
        const auto during = m_client->get("/v3/tasks/" + id.toLatin1());
        QCOMPARE(during.status, 200);
        QCOMPARE(during.json()[QStringLiteral("state")].toString(), QStringLiteral("DELETING"));
        QCOMPARE(
            m_client->get("/v3/tasks", "state=DELETING&id=" + id.toLatin1()).json()[QStringLiteral("count")].toInt(),
            1);
        QCOMPARE(m_client->deleteTasks({ id }).status, 200); // deleting again is harmless
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get("/v3/tasks/" + id.toLatin1()).status, 404, 5000);
        QCOMPARE(m_host->taskCount(), 229);
    }

    void timeUnitSeconds()
    {
        const QString id = m_host->taskIds().at(0);
        const double ms = m_client->get("/v3/tasks/" + id.toLatin1()).json()[QStringLiteral("create_date")].toDouble();
        m_host->reconfigure([](SandboxConfig &c) { c.timeUnit = SandboxConfig::TimeUnit::S; });
        const double s = m_client->get("/v3/tasks/" + id.toLatin1()).json()[QStringLiteral("create_date")].toDouble();
        QCOMPARE(qint64(s), qint64(ms) / 1000);
        const double add = m_client->get("/v3/sources")
                               .json()[QStringLiteral("source_servers")][0][QStringLiteral("add_date")]
                               .toDouble();
        QVERIFY(add < 1e11);
    }

    void journalServedOverHttp()
    {
        m_client->get("/v3/tasks", "limit=3");
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_host->url().toString() + QStringLiteral("/_sandbox/journal")));
        QNetworkReply *reply = nam.get(req);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonArray journal = QJsonDocument::fromJson(reply->readAll()).array();
        QCOMPARE(journal, m_host->journal());
        QCOMPARE(journal.last()[QStringLiteral("query")].toString(), QStringLiteral("limit=3"));
        delete reply;
    }
};

QTEST_MAIN(tst_SandboxRoutes)
#include "tst_sandbox_routes.moc"
