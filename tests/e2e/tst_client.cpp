#include "ListAll.h"
#include "SandboxFixture.h"
#include "ops/DeleteOperation.h"
#include "ops/DeletePlan.h"
#include "ops/LoadOperation.h"

#include <QSignalSpy>
#include <QTest>

// The core client against a running sandbox, over real HTTP.
class tst_Client : public QObject
{
    Q_OBJECT

private:
    static QList<Task> loadAll(SmsClient *client, bool *complete = nullptr, SmsError *error = nullptr)
    {
        const Listing l = listAll(client, 20000);
        if (complete)
            *complete = l.complete;
        if (error)
            *error = l.error;
        return l.tasks;
    }

    static QList<DeleteResult> runDelete(SmsClient *client, const DeleteRequest &in,
                                         DeleteOperation::Options options = {})
    {
        options.pollIntervalMs = 20;
        DeleteOperation op(client, in, options);
        QSignalSpy done(&op, &DeleteOperation::finished);
        op.start();
        if (!done.wait(30000))
            return {};
        return op.results();
    }

private Q_SLOTS:
    void listsEveryTaskAcrossPages()
    {
        SandboxConfig config;
        config.tasks = 1200;
        SandboxFixture sb(config);
        QVERIFY(sb.url.isValid());
        auto client = sb.client();
        bool complete = false;
        SmsError error;
        const QList<Task> tasks = loadAll(client.get(), &complete, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(tasks.size(), 1200);
        QVERIFY(complete);
        QSet<QString> ids;
        for (const Task &t : tasks)
            ids.insert(t.id);
        QCOMPARE(ids.size(), 1200);
        // 6 pages of 200 tasks, at least one page of sources.
        QCOMPARE(sb.journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).size(), 6);
    }

    void joinsTheAgentConnectionTriState()
    {
        SandboxFixture sb;
        auto client = sb.client();
        const QList<Task> tasks = loadAll(client.get());
        QVERIFY(!tasks.isEmpty());
        int yes = 0, no = 0, unknown = 0;
        for (const Task &t : tasks) {
            if (!t.connected.has_value())
                ++unknown;
            else if (*t.connected)
                ++yes;
            else
                ++no;
        }
        QVERIFY2(yes > 0 && no > 0 && unknown > 0,
                 qPrintable(QStringLiteral("connected %1, disconnected %2, unknown %3").arg(yes).arg(no).arg(unknown)));
        // Unknown never counts as disconnected: a running source with an unknown Agent is not deletable.
        for (const Task &t : tasks) {
            if (!t.connected.has_value() && DeletionRule::newDenyList().contains(t.sourceState))
                QCOMPARE(DeletionRule::classify(t.sourceState, t.connected).deletability, Deletability::Uncertain);
        }
    }

    void deletesExactlyTheConfirmedIdsInChunksOfFifty()
    {
        SandboxConfig config;
        config.tasks = 400;
        SandboxFixture sb(config);
        auto client = sb.client();
        const DeletePlan plan = DeletePlan::build(loadAll(client.get()));
        QVERIFY2(plan.deletable().size() > 50, "the sandbox mix needs more than 50 deletable tasks");
        DeleteRequest in;
        for (const PlanEntry &e : plan.deletable())
            in.inChunks.append(e.task);
        const QList<DeleteResult> results = runDelete(client.get(), in);
        QCOMPARE(results.size(), in.inChunks.size());
        for (const DeleteResult &r : results)
            QVERIFY2(r.outcome == DeleteOutcome::Deleted,
                     qPrintable(r.id + u' ' + DeleteResult::keyword(r.outcome) + u' ' + r.error.summary() + u' '
                                + r.reason()));

        const QStringList confirmed = plan.deletableIds();
        const QStringList sent = sb.journalIds("ids_sent");
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), QSet<QString>(confirmed.begin(), confirmed.end()));
        QCOMPARE(sent.size(), confirmed.size()); // nothing sent twice
        const auto posts = sb.journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete"));
        QCOMPARE(posts.size(), (confirmed.size() + 49) / 50);
        for (const QJsonObject &p : posts)
            QVERIFY(p.value(QLatin1String("ids_sent")).toArray().size() <= 50);
        QCOMPARE(sb.host->taskCount(), 400 - int(confirmed.size()));
    }

    void aRefusedIdIsReportedWithTheServiceCode()
    {
        SandboxFixture sb;
        auto client = sb.client();
        const DeletePlan plan = DeletePlan::build(loadAll(client.get()));
        QVERIFY(!plan.blocked().isEmpty());
        // Bypass the plan on purpose: the service itself must refuse a blocked task.
        DeleteRequest in;
        in.inChunks.append(plan.blocked().first().task);
        const QList<DeleteResult> results = runDelete(client.get(), in);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, DeleteOutcome::Failed);
        QCOMPARE(results.first().error.httpStatus, 400);
        QVERIFY(!results.first().error.code.isEmpty());
        QVERIFY(!results.first().error.requestId.isEmpty());
        QCOMPARE(sb.host->taskCount(), sb.config.tasks);
    }

    void aWrongSecretIsAnAuthenticationErrorWithItsDetails()
    {
        SandboxFixture sb;
        Credentials bad = sb.credentials();
        bad.sk = "wrong-secret-key-wrong-secret-key-000000";
        SmsClient client(sb.url, bad);
        client.setRetryPolicy(RetryPolicy::none());
        SmsError error;
        loadAll(&client, nullptr, &error);
        QCOMPARE(error.kind, SmsErrorKind::Http);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("APIGW.0301"));
        QVERIFY(error.message.contains(QLatin1String("Incorrect IAM authentication information")));
        QVERIFY(!error.requestId.isEmpty());
    }

    void aStoppedServerIsANetworkError()
    {
        QUrl url;
        {
            SandboxFixture sb;
            url = sb.url;
        }
        SandboxFixture creds;
        SmsClient client(url, creds.credentials());
        client.setRetryPolicy(RetryPolicy::none());
        SmsError error;
        loadAll(&client, nullptr, &error);
        QCOMPARE(error.kind, SmsErrorKind::Network);
        QVERIFY(!error.networkErrorString.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
