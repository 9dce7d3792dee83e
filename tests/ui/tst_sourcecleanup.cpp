// What a deletion leaves behind: after a delete, the source servers left without any task are
// offered for removal in the results view, asked again in a dialog of their own, removed with
// POST /v3/sources/delete (only those offered and confirmed, each checked fresh just before),
// confirmed by a look-up and written to the audit log.
#include "Screenshot.h"
#include "WindowFixture.h"
#include "ops/AuditLog.h"
#include "translations/Translations.h"
#include "ui/SourceCleanupBar.h"
#include "ui/TaskSummaryStrip.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SourceCleanup : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;

    WindowDriver &driver() { return m_demo->driver; }

    // Deletable rows: `alone` of sources with that one task, `shared` of sources with another task.
    QStringList selectDeletable(int alone, int shared, QSet<QString> *aloneSources)
    {
        TaskTableModel *model = driver().model();
        QHash<QString, int> tasksOfSource;
        for (int r = 0; r < model->rowCount(); ++r)
            ++tasksOfSource[model->taskAt(r).sourceId];
        TaskTableView *view = driver().table();
        view->clearSelection();
        QStringList ids;
        for (int r = 0; r < view->model()->rowCount() && (alone > 0 || shared > 0); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (Deletability(i.data(TaskTableModel::DeletabilityRole).toInt()) != Deletability::Deletable)
                continue;
            const Task *t = model->taskById(i.data(TaskTableModel::IdRole).toString());
            const int n = tasksOfSource.value(t->sourceId);
            int &want = n == 1 ? alone : shared;
            if (t->sourceId.isEmpty() || want == 0 || n > 2)
                continue;
            --want;
            if (n == 1)
                aloneSources->insert(t->sourceId);
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(t->id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        SandboxConfig c;
        c.tasks = 200;
        m_sb = std::make_unique<SandboxFixture>(c);
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        QVERIFY(m_demo->open());
    }

    void theSourcesLeftWithoutATaskAreOfferedAndOnlyTheyAreRemoved()
    {
        QSet<QString> alone;
        const QStringList ids = selectDeletable(3, 1, &alone);
        QCOMPARE(ids.size(), 4);
        QCOMPARE(alone.size(), 3);
        ConfirmDeleteDialog *dialog = driver().openDialog();
        QVERIFY(dialog);
        QVERIFY(driver().confirm(dialog));
        auto *bar = m_demo->window->findChild<SourceCleanupBar *>();
        QTRY_VERIFY(bar->isVisible());
        const QStringList offered = bar->offered();
        QCOMPARE(QSet<QString>(offered.begin(), offered.end()), alone); // not the one still used
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("sourceCleanupText"))
                    ->text()
                    .startsWith(QLatin1String("3 source servers have no migration task left")));
        m_sb->host->clearJournal();

        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("removeSourcesButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_demo->window->findChild<QMessageBox *>(QStringLiteral("removeSourcesDialog"))));
        QVERIFY(box->informativeText().contains(QLatin1String("comes back")));
        QVERIFY(m_sb->journalIds("ids_sent", SandboxFixture::Deletes::Sources).isEmpty()); // asked first
        QSignalSpy cleaned(driver().list()->session(), &AccountSession::sourceCleanupFinished);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveSourcesButton"))->click();
        QVERIFY(cleaned.wait(15000));
        QStringList sent = m_sb->journalIds("ids_sent", SandboxFixture::Deletes::Sources);
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), alone);
        QCOMPARE(sent.size(), 3);
        QTRY_VERIFY(bar->findChild<QLabel *>(QStringLiteral("sourceCleanupText"))
                        ->text()
                        .contains(QLatin1String("3 removed, 0 still listed")));
        // The sources were checked fresh before the removal (here one page of tasks beats three
        // look-ups), and the audit log has the removal.
        const auto checks = m_sb->journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks"));
        const auto removals = m_sb->journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/sources/delete"));
        QVERIFY(!checks.isEmpty() && removals.size() == 1);
        QVERIFY(checks.first().value(QLatin1String("time")).toString()
                < removals.first().value(QLatin1String("time")).toString()); // ISO times sort as text
        QFile audit(AuditLog::defaultPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QLatin1String("operation")).toString(), QStringLiteral("remove-sources"));
        QCOMPARE(last.value(QLatin1String("summary")).toObject().value(QLatin1String("removed")).toInt(), 3);
        QSet<QString> logged;
        for (const QJsonValue &v : last.value(QLatin1String("results")).toArray())
            logged.insert(v[QLatin1String("id")].toString());
        QCOMPARE(logged, alone);

        // The outcome in the results view, in both languages (rebuilt on the language change).
        QTest::qWait(TaskSummaryStrip::RecountDelayMs + 100); // the strip counts at most every 200 ms
        QVERIFY(saveScreenshot(m_demo->window.get(), QStringLiteral("source-cleanup-en.png")));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_VERIFY(bar->findChild<QLabel *>(QStringLiteral("sourceCleanupText"))
                        ->text()
                        .startsWith(QStringLiteral("源端记录：已移除 3 条")));
        QTest::qWait(100); // the chips laid out again in the new language
        QVERIFY(saveScreenshot(m_demo->window.get(), QStringLiteral("source-cleanup-zh_CN.png")));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_VERIFY(
            bar->findChild<QLabel *>(QStringLiteral("sourceCleanupText"))->text().startsWith(u"Source records"));
    }

    // Closing the window while the records are being removed sends nothing more, and the window
    // closes once what was sent is confirmed and in the audit log: closed during the checks,
    // nothing is sent; closed while the removal call is out, what it carried is confirmed.
    void closingWaitsForTheRemovalToBeConfirmedAndLogged_data()
    {
        QTest::addColumn<bool>("duringTheChecks");
        QTest::newRow("during the checks") << true;
        QTest::newRow("while the removal call is out") << false;
    }
    void closingWaitsForTheRemovalToBeConfirmedAndLogged()
    {
        QFETCH(bool, duringTheChecks);
        if (!m_demo->window->isVisible())
            m_demo->window->show(); // closed by the row before
        QSet<QString> alone;
        QCOMPARE(selectDeletable(2, 0, &alone).size(), 2);
        ConfirmDeleteDialog *dialog = driver().openDialog();
        QVERIFY(dialog);
        QVERIFY(driver().confirm(dialog));
        auto *bar = m_demo->window->findChild<SourceCleanupBar *>();
        QTRY_COMPARE(bar->offered().size(), 2);
        m_sb->host->clearFaults();
        QVERIFY(m_sb->host->addFault(duringTheChecks ? u"tasks:latency:400"_s : u"sources-delete:latency:600"_s));
        m_sb->host->clearJournal();
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("removeSourcesButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_demo->window->findChild<QMessageBox *>(QStringLiteral("removeSourcesDialog"))));
        QSignalSpy cleaned(driver().list()->session(), &AccountSession::sourceCleanupFinished);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveSourcesButton"))->click();
        QVERIFY(driver().list()->session()->isCleaningSources());
        if (!duringTheChecks) { // the checks answered: the removal call is out, slowly answered
            const auto *cleanup = driver().list()->session()->findChild<SourceCleanup *>();
            QVERIFY(cleanup);
            QTRY_VERIFY(!cleanup->isChecking());
        }
        QVERIFY(!m_demo->window->close()); // refused for now
        QVERIFY(m_demo->window->isVisible());
        QVERIFY(cleaned.wait(15000));
        QTRY_VERIFY(!m_demo->window->isVisible()); // then it closes by itself
        m_sb->host->clearFaults();
        const QStringList sent = m_sb->journalIds("ids_sent", SandboxFixture::Deletes::Sources);
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), duringTheChecks ? QSet<QString>() : alone);
        QFile audit(AuditLog::defaultPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QJsonObject last = QJsonDocument::fromJson(audit.readAll().trimmed().split('\n').last()).object();
        QCOMPARE(last.value(QLatin1String("operation")).toString(), QStringLiteral("remove-sources"));
        const QJsonArray logged = last.value(QLatin1String("results")).toArray();
        QCOMPARE(logged.size(), 2);
        for (const QJsonValue &v : logged)
            QCOMPARE(v[QLatin1String("outcome")].toString(), duringTheChecks ? u"not-sent"_s : u"removed"_s);
    }
};

QTEST_MAIN(tst_SourceCleanup)
#include "tst_sourcecleanup.moc"
