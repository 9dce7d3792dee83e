// sms-bench works: every scenario runs once at a small size (sms-bench --quick --json) and reports
// every field. No timing is asserted here (targets belong to the benchmark and the README). The
// fidelity hashes are: a speed-up must not change one byte of what the sandbox serves for seed 1 or
// of what `sms-tasks list --json` prints (task records compared in sorted order; see the README).
#include "BenchReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
// Computed before any speed-up (on ac2a3b5, and unchanged on the commit that adds this test): seed 1,
// 2,000 tasks and their 1,724 sources; the bytes of every page of GET /v3/tasks?limit=200&offset=0,
// 200, … (then of GET /v3/sources the same way), concatenated; and `sms-tasks list --json` with its
// task records sorted (the order follows the arrival of the pages, which is timing, not content).
// The tasks hash changed once on purpose: the sub-tasks got their documented names (issue 13, item 18).
const char *const TasksPagesSha256 = "a4eb9ecae9d7a19c342c980c9019bfb921a6c9c517abbb53d58842ae25e6406d";
const char *const SourcesPagesSha256 = "410825a6adc50b70e6feb0942f100d0bc294870ddb2b56fe292cda33a4139d8a";
const char *const CliListJsonSha256 = "c4e2fa930ba25760488e0290f1f049c995acb4d9e5c9522b3fbce93aee7ea0d4";
} // namespace

class tst_Bench : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_report;
    QString m_stderr;

    QJsonObject scenario(const QString &name) const
    {
        for (const QJsonValue &v : m_report.value(QLatin1String("scenarios")).toArray()) {
            if (v.toObject().value(QLatin1String("scenario")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess bench;
        bench.setProcessChannelMode(QProcess::SeparateChannels);
        bench.start(QStringLiteral(SMS_BIN_DIR "/sms-bench"), { QStringLiteral("--quick"), QStringLiteral("--json") });
        QVERIFY(bench.waitForStarted(10000));
        QVERIFY2(bench.waitForFinished(280000), "sms-bench --quick did not finish");
        m_stderr = QString::fromUtf8(bench.readAllStandardError());
        QJsonParseError error;
        m_report = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + m_stderr));
    }

    void everyScenarioRanWithoutProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("list") << QStringLiteral("list")
                              << QStringList { QStringLiteral("first_page_ms"), QStringLiteral("complete_ms") };
        QTest::newRow("delete") << QStringLiteral("delete") << QStringList { QStringLiteral("delete_ms") };
        QTest::newRow("table") << QStringLiteral("table")
                               << QStringList { QStringLiteral("first_rows_ms"),
                                                QStringLiteral("table_full_ms"),
                                                QStringLiteral("load_stall_ms"),
                                                QStringLiteral("sort_max_ms"),
                                                QStringLiteral("sort_name_ms"),
                                                QStringLiteral("search_last_key_ms"),
                                                QStringLiteral("typing_stall_ms"),
                                                QStringLiteral("dialog_open_ms"),
                                                QStringLiteral("dialog_stall_ms"),
                                                QStringLiteral("delete_gone_ms"),
                                                QStringLiteral("delete_after_answers_ms"),
                                                QStringLiteral("delete_stall_ms"),
                                                QStringLiteral("results_fill_ms") };
        QTest::newRow("sandbox") << QStringLiteral("sandbox")
                                 << QStringList { QStringLiteral("task_pages_per_s"),
                                                  QStringLiteral("task_pages_per_cpu_s"),
                                                  QStringLiteral("source_pages_per_s") };
        QTest::newRow("sdk") << QStringLiteral(
            "sdk") << QStringList { QStringLiteral("ours_list_ms"),       QStringLiteral("sdk_list_ms"),
                                    QStringLiteral("list_sdk_over_ours"), QStringLiteral("ours_delete_ms"),
                                    QStringLiteral("sdk_delete_ms"),      QStringLiteral("delete_sdk_over_ours") };
        QTest::newRow("fidelity") << QStringLiteral("fidelity") << QStringList {};
    }

    void everyScenarioRanWithoutProblems()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, figures);
        const QJsonObject s = scenario(name);
        QVERIFY2(!s.isEmpty(), qPrintable(name + QStringLiteral(" is missing\n") + m_stderr));
        const QJsonArray problems = s.value(QLatin1String("problems")).toArray();
        QVERIFY2(s.value(QLatin1String("ok")).toBool(),
                 QJsonDocument(problems).toJson(QJsonDocument::Compact).constData());
        for (const char *key : { "title", "params", "requests", "peak_rss_kb", "peak_rss_of", "figures", "extra" })
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY2(s.value(QLatin1String("requests")).toDouble() > 0, "no request was counted");
        QVERIFY2(s.value(QLatin1String("peak_rss_kb")).toDouble() > 0, "no peak RSS");

        QStringList seen;
        for (const QJsonValue &v : s.value(QLatin1String("figures")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString key = f.value(QLatin1String("key")).toString();
            seen.append(key);
            for (const char *field : { "label", "unit", "measured", "runs", "bound", "bound_formula", "ratio" })
                QVERIFY2(f.contains(QLatin1String(field)), qPrintable(key + u' ' + QLatin1String(field)));
            QVERIFY2(f.value(QLatin1String("measured")).isDouble(), qPrintable(key));
            QVERIFY2(f.value(QLatin1String("measured")).toDouble() >= 0, qPrintable(key));
            // A figure with a network bound has its ratio; one without has neither.
            QCOMPARE(f.value(QLatin1String("ratio")).isDouble(), f.value(QLatin1String("bound")).toDouble() > 0);
        }
        for (const QString &key : figures)
            QVERIFY2(seen.contains(key), qPrintable(key + QStringLiteral(" is missing from ") + seen.join(u' ')));
    }

    void theBoundsFollowTheDiscipline()
    {
        // list --tasks 500 --latency-ms 5: 3 pages of tasks + 3 of sources → 5 × (1 + ⌈5/4⌉) = 15 ms.
        const QJsonArray figures = scenario(QStringLiteral("list")).value(QLatin1String("figures")).toArray();
        for (const QJsonValue &v : figures) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("key")).toString() == u"complete_ms")
                QCOMPARE(f.value(QLatin1String("bound")).toDouble(), 15.0);
            if (f.value(QLatin1String("key")).toString() == u"first_page_ms")
                QCOMPARE(f.value(QLatin1String("bound")).toDouble(), 5.0);
        }
    }

    void theDeleteBoundCountsTheChunksBesideTheListing()
    {
        // 1,000 tasks on 900 sources: 5 + 5 pages, 1 + ⌈9/4⌉ = 4 rounds, 3 slots free in the last;
        // 10 chunks: 3 there and ⌈7/4⌉ = 2 rounds more; the re-list of the 500 left: 1. In all 7.
        QCOMPARE(Bench::freeSlotsForChunks(1000, 900), 3);
        QCOMPARE(Bench::deleteRounds(1000, 900, 10, 1), 7);
        // 400 tasks on 360 sources: 2 + 2 pages in one round after the first; the chunks wait for it.
        QCOMPARE(Bench::freeSlotsForChunks(400, 360), 0);
        QCOMPARE(Bench::deleteRounds(400, 360, 2, 1), 4);
    }

    void fidelityHashesAreUnchanged()
    {
        const QJsonObject extra = scenario(QStringLiteral("fidelity")).value(QLatin1String("extra")).toObject();
        QCOMPARE(extra.value(QLatin1String("tasks_pages_sha256")).toString(), QLatin1String(TasksPagesSha256));
        QCOMPARE(extra.value(QLatin1String("sources_pages_sha256")).toString(), QLatin1String(SourcesPagesSha256));
        QCOMPARE(extra.value(QLatin1String("cli_list_json_sha256")).toString(), QLatin1String(CliListJsonSha256));
    }
};

QTEST_GUILESS_MAIN(tst_Bench)
#include "tst_bench.moc"
