// The emulator's deletion verdict for every documented source state, connected and not, under both
// wordings of the rule: a literal table copied by hand from reference/sms-api.md, checked against
// POST /v3/tasks/delete over real HTTP. Never computed from code, so a wrong emulator table fails here.
#include "SandboxTestServer.h"

#include <QTest>

#include <iterator>

namespace {

constexpr bool Deleted = true;
constexpr bool Refused = false;

struct Expected
{
    const char *state;
    bool denyConnected, denyDisconnected, allowConnected, allowDisconnected;
};

// reference/sms-api.md §6.3 "When a task may be deleted — two wordings", for the source states of
// §3.5 (all 19 values, plus the variant `premiging` of the newer wording):
//
// Older wording (allow-list): "只有当Agent与主机迁移服务服务端断开连接,或者源端状态为源端校验失败、就绪中、
//   迁移完成、错误、已暂停可以删除" — "deletable iff Agent disconnected OR source state ∈ {源端校验失败,
//   就绪中, 迁移完成, 错误, 已暂停}", mapped to `unavailable`, `waiting` (inferred), `finished`, `error`,
//   `stopped`.
// Newer wording (deny-list): "Migration tasks cannot be deleted if the source server is connected to SMS,
//   and the source server is in one of the following statuses: initialize, stopping, deleting, cloning,
//   replicate, syncing, cutovering, skipping, clearing, premiging." — "not deletable iff connected AND
//   state ∈ {initialize, stopping, deleting, cloning, replicate, syncing, cutovering, skipping, clearing,
//   premiging}".
// "They disagree on cleared, clearfailed, premigready, premiged and premigfailed: deletable under the
// newer wording, not listed in the older one."
// clang-format off
const Expected table[] = {
    // source state    deny-list             allow-list
    //                 connected  disconn.   connected  disconn.
    { "unavailable",   Deleted,   Deleted,   Deleted,   Deleted  },
    { "waiting",       Deleted,   Deleted,   Deleted,   Deleted  },
    { "initialize",    Refused,   Deleted,   Refused,   Deleted  },
    { "replicate",     Refused,   Deleted,   Refused,   Deleted  },
    { "syncing",       Refused,   Deleted,   Refused,   Deleted  },
    { "stopping",      Refused,   Deleted,   Refused,   Deleted  },
    { "stopped",       Deleted,   Deleted,   Deleted,   Deleted  },
    { "skipping",      Refused,   Deleted,   Refused,   Deleted  },
    { "deleting",      Refused,   Deleted,   Refused,   Deleted  },
    { "clearing",      Refused,   Deleted,   Refused,   Deleted  },
    { "cleared",       Deleted,   Deleted,   Refused,   Deleted  },
    { "clearfailed",   Deleted,   Deleted,   Refused,   Deleted  },
    { "premigready",   Deleted,   Deleted,   Refused,   Deleted  },
    { "premiged",      Deleted,   Deleted,   Refused,   Deleted  },
    { "premigfailed",  Deleted,   Deleted,   Refused,   Deleted  },
    { "cloning",       Refused,   Deleted,   Refused,   Deleted  },
    { "cutovering",    Refused,   Deleted,   Refused,   Deleted  },
    { "finished",      Deleted,   Deleted,   Deleted,   Deleted  },
    { "error",         Deleted,   Deleted,   Deleted,   Deleted  },
    { "premiging",     Refused,   Deleted,   Refused,   Deleted  },
};
// clang-format on
constexpr int RowsPerRule = int(std::size(table)) * 2; // one task per state and connection

} // namespace

class tst_SandboxRule : public QObject, private SandboxTestServer
{
    Q_OBJECT

private:
    // One sandbox per rule mode, started when the first row of that mode runs. One source per task,
    // so changing one task's source never changes another row's.
    void useRule(SandboxConfig::Rule rule)
    {
        if (m_host && m_host->config().rule == rule)
            return;
        SandboxConfig c;
        c.rule = rule;
        c.tasks = RowsPerRule;
        c.sources = RowsPerRule;
        startSandbox(c);
        m_ids = m_host ? m_host->taskIds() : QStringList(); // fixed now: deletions shift the list order
    }

    QStringList m_ids; // the running sandbox's tasks, one per row of its mode, in row order

private Q_SLOTS:
    void cleanupTestCase() { stopSandbox(); }

    void verdict_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("task"); // index in the mode's sandbox
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<bool>("deleted");
        const struct
        {
            const char *name;
            SandboxConfig::Rule rule;
        } modes[] = { { "deny", SandboxConfig::Rule::DenyList }, { "allow", SandboxConfig::Rule::AllowList } };
        for (const auto &mode : modes) {
            int task = 0;
            for (const Expected &e : table) {
                const bool deny = mode.rule == SandboxConfig::Rule::DenyList;
                for (const bool connected : { true, false }) {
                    const bool deleted = deny ? (connected ? e.denyConnected : e.denyDisconnected)
                                              : (connected ? e.allowConnected : e.allowDisconnected);
                    QTest::addRow("%s/%s/%s", mode.name, e.state, connected ? "connected" : "disconnected")
                        << int(mode.rule) << task++ << QString::fromLatin1(e.state) << connected << deleted;
                }
            }
        }
    }
    void verdict()
    {
        QFETCH(int, rule);
        QFETCH(int, task);
        QFETCH(QString, state);
        QFETCH(bool, connected);
        QFETCH(bool, deleted);
        useRule(SandboxConfig::Rule(rule));
        QVERIFY(m_client);
        QCOMPARE(m_ids.size(), RowsPerRule);
        const QString id = m_ids.at(task);
        // The rule speaks of the source, never the task's own state: every task gets the same plain
        // one (not DELETING, which the service answers with 200 without deleting anything).
        QVERIFY(m_host->setTaskState(id, QStringLiteral("MIGRATE_FAIL")));
        QVERIFY(m_host->setTaskSource(id, state, connected, true));
        const auto shown = m_client->get("/v3/tasks/" + id.toLatin1());
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json()[QStringLiteral("connected")].toBool(), connected);
        QCOMPARE(shown.json()[QStringLiteral("source_server")][QStringLiteral("state")].toString(), state);

        const auto r = m_client->deleteTasks({ id });
        const QJsonObject entry = lastJournal(QStringLiteral("delete"));
        QCOMPARE(entry[QStringLiteral("ids_sent")].toArray(), QJsonArray { id });
        const auto after = m_client->get("/v3/tasks/" + id.toLatin1());
        if (deleted) {
            QCOMPARE(r.status, 200);
            QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray { id });
            // Gone, or on its way (DELETING) when the sandbox delays deletions.
            QVERIFY2(after.status == 404
                         || (after.status == 200 && after.json()[QStringLiteral("state")].toString() == u"DELETING"),
                     after.body.constData());
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("SMS.2015"));
            QCOMPARE(r.json()[QStringLiteral("error_param")].toArray(), QJsonArray { id });
            QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("error_code")].toString(),
                     QStringLiteral("SMS.2015"));
            QCOMPARE(entry[QStringLiteral("ids_deleted")].toArray(), QJsonArray());
            QCOMPARE(after.status, 200);
            QCOMPARE(after.json()[QStringLiteral("state")].toString(), QStringLiteral("MIGRATE_FAIL"));
            QVERIFY(m_host->taskIds().contains(id));
        }
    }
};

QTEST_MAIN(tst_SandboxRule)
#include "tst_sandbox_rule.moc"
