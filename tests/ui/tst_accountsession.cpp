// What belongs to one opened account, through the real window: the listing's enterprise-project
// filter, a failed IAM token refresh in the error bar, and delete results that never outlive (or
// reach past) their account.
#include "WindowFixture.h"
#include "ops/AuditLog.h"
#include "ui/ProfileDialog.h"

#include <QFile>

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

class tst_AccountSession : public QObject
{
    Q_OBJECT

private:
    // A saved profile on `sb`, its secrets kept for this session (no keychain in these tests).
    static Profile savedProfile(DemoWindow &app, const SandboxFixture &sb, const QString &name)
    {
        Profile p = profileOn(sb, name);
        p.id = app.profiles.save(p);
        app.secrets.keepForSession(p);
        return p;
    }
    static Profile profileOn(const SandboxFixture &sb, const QString &name) // not saved yet
    {
        Profile p;
        p.name = name;
        p.kind = Profile::Kind::Saved;
        p.region = sb.config.region;
        p.smsEndpoint = sb.url.toString();
        p.iamEndpoint = sb.url.toString();
        p.credentials.ak = sb.config.ak;
        p.credentials.sk = sb.config.sk;
        p.credentials.projectId = sb.config.projectId;
        return p;
    }

    static bool openProfile(DemoWindow &app, const QString &id)
    {
        QSignalSpy loaded(app.driver.list(), &TaskListWidget::loadFinished);
        app.window->show();
        app.window->chooseProfile(id);
        return loaded.wait(15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void aKeychainThatFailsSaysWhatToDoAndRetryReadsItAgain()
    {
        // The keys are in a keychain that does not answer (no Secret Service on this desktop).
        SandboxFixture sb;
        DemoWindow app(sb);
        Profile p = profileOn(sb, QStringLiteral("prod"));
        p.id = app.profiles.save(p); // its keys only in the keychain
        app.memory.setMode(MemorySecretStore::Mode::NoService);
        app.window->show();
        app.window->chooseProfile(p.id);

        // The account dialog opens with the problem; once it is closed the bar still says what to do.
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<ProfileDialog *>()) && dialog->isVisible());
        dialog->reject();
        ErrorBar *bar = app.driver.errorBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(
            bar->text().contains(QStringLiteral("The keys of \"prod\" could not be read from the system keychain."))
                && bar->text().contains(QStringLiteral("No keychain service is available"))
                && bar->text().contains(QStringLiteral("Start one and try again")),
            qPrintable(bar->text()));
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("errorRetry"));
        auto *edit = bar->findChild<QPushButton *>(QStringLiteral("errorEditAccount"));
        QVERIFY(retry->isVisibleTo(bar) && edit->isVisibleTo(bar));
        QCOMPARE(sb.journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks")).size(), 0);

        // Edit account… opens the dialog again, where the key can be kept for this session.
        QTRY_VERIFY(app.window->findChildren<ProfileDialog *>().isEmpty()); // closed ones are freed
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY((dialog = app.window->findChild<ProfileDialog *>()) && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());

        // The user starts the keychain: Retry reads the keys again and the account opens.
        app.memory.setMode(MemorySecretStore::Mode::Working);
        bool saved = false;
        app.secrets.save(p, &app.secrets, [&](const Profile &, SecretStore::Status s, const QString &) {
            saved = s == SecretStore::Status::Ok;
        });
        QTRY_VERIFY(saved);
        QVERIFY2(bar->isVisible(), "the problem is not solved by opening the dialog");
        QSignalSpy loaded(app.driver.list(), &TaskListWidget::loadFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
        QVERIFY(!bar->isVisible());
        QVERIFY(app.driver.model()->rowCount() > 0);
    }

    void theListingSendsTheProfilesEnterpriseProject()
    {
        SandboxFixture sb;
        QVERIFY(sb.url.isValid());
        const QString project = QStringLiteral("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"); // one of the seed's
        DemoWindow app(sb);
        Profile p = savedProfile(app, sb, QStringLiteral("one project"));
        p.enterpriseProjectId = project;
        app.profiles.save(p);
        app.secrets.keepForSession(p);
        QVERIFY(openProfile(app, p.id));
        const QList<QJsonObject> lists = sb.journalEntries(QStringLiteral("GET"), QStringLiteral("/v3/tasks"));
        QVERIFY(!lists.isEmpty());
        for (const QJsonObject &e : lists) {
            const QUrlQuery query(e.value(QLatin1String("query")).toString());
            QCOMPARE(query.queryItemValue(QStringLiteral("enterprise_project_id")), project);
        }
        // Only tasks of that project are shown.
        QVERIFY(app.driver.model()->rowCount() > 0);
        QVERIFY(app.driver.model()->rowCount() < sb.host->taskCount());
        for (int r = 0; r < app.driver.model()->rowCount(); ++r)
            QCOMPARE(app.driver.model()->taskAt(r).enterpriseProjectId, project);
    }

    void aFailedTokenRefreshIsShownInTheErrorBar()
    {
        SandboxConfig c;
        c.iamUser = QStringLiteral("ops-cleaner");
        c.iamPassword = QStringLiteral("Correct-Horse-9");
        c.iamDomain = QStringLiteral("acme-cloud");
        c.tokenTtlS = 2; // refreshed after a second (the floor of the refresh timer)
        SandboxFixture sb(c);
        QVERIFY(sb.url.isValid());
        DemoWindow app(sb);
        Profile p = savedProfile(app, sb, QStringLiteral("iam user"));
        p.authMethod = Profile::AuthMethod::IamPassword;
        p.credentials.ak.clear();
        p.credentials.sk.clear();
        p.iamUser = c.iamUser;
        p.iamDomain = c.iamDomain;
        p.iamPassword = c.iamPassword;
        app.profiles.save(p);
        app.secrets.keepForSession(p);
        QVERIFY(openProfile(app, p.id));
        ErrorBar *bar = app.driver.errorBar();
        QVERIFY(!bar->isVisible());
        // The password is changed meanwhile: the refresh is refused.
        sb.host->reconfigure([](SandboxConfig &config) { config.iamPassword = QStringLiteral("changed"); });
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->context(), ErrorBar::Context::RefreshingToken);
        QCOMPARE(bar->error().httpStatus, 401);
        QVERIFY2(bar->text().contains(QLatin1String("401")), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QLatin1String("IAM token")), qPrintable(bar->text()));
    }

    void resultsVanishOnAnAccountSwitchAndNeverRetryOnAnotherAccount()
    {
        SandboxFixture first;
        SandboxFixture second;
        QVERIFY(first.url.isValid() && second.url.isValid());
        DemoWindow app(first);
        QVERIFY(app.open());
        // A delete on the first account with two refusals.
        const QStringList selected = app.driver.selectRows({ Deletability::Deletable }, 4, true);
        QCOMPARE(selected.size(), 4);
        for (const QString &id : selected.mid(0, 2))
            QVERIFY(first.host->setTaskSource(id, QStringLiteral("syncing"), true));
        ConfirmDeleteDialog *dialog = app.driver.openDialog();
        QVERIFY(dialog);
        QVERIFY(app.driver.confirm(dialog));
        DeleteResultsView *view = app.driver.results();
        const QStringList failed = view->failedIds();
        QCOMPARE(failed.size(), 2);
        auto *dock = app.window->findChild<QDockWidget *>(QStringLiteral("resultsDock"));
        QVERIFY(dock->isVisible());

        // The second account: nothing of the first one's delete stays.
        const Profile other = savedProfile(app, second, QStringLiteral("other account"));
        QVERIFY(openProfile(app, other.id));
        QVERIFY(view->results().isEmpty());
        QVERIFY(!dock->isVisible());
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());

        // Even a stale "Retry failed" of the first account's ids opens nothing and sends nothing.
        for (const QString &id : failed) // the same ids exist on the second account
            QVERIFY(second.host->setTaskSource(id, QString(), false) || !second.host->taskIds().contains(id));
        Q_EMIT view->retryFailedRequested(failed);
        QTest::qWait(200);
        QVERIFY(!app.window->findChild<ConfirmDeleteDialog *>());
        QVERIFY(second.journalEntries(QStringLiteral("POST"), QStringLiteral("/v3/tasks/delete")).isEmpty());
    }

    // After a 401 nothing signed is sent until the user acts: auto refresh keeps ticking, the
    // account stays quiet; Refresh (an explicit request) sends again.
    void afterA401NothingIsSentUntilTheUserActs()
    {
        SandboxConfig c;
        c.akLockout = true;
        SandboxFixture sb(c);
        QVERIFY(sb.url.isValid());
        DemoWindow app(sb);
        QVERIFY(app.open());
        // The key turns bad (rotated in the console, say).
        sb.host->reconfigure([](SandboxConfig &config) { config.sk = "rotated-secret-key-00000000000000000000"; });
        sb.host->clearJournal();
        auto *timer = app.driver.list()->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"));
        QVERIFY(timer);
        timer->start(20);
        QTRY_VERIFY(!sb.host->journal().isEmpty());
        QTest::qWait(400); // many ticks
        timer->stop();
        const qsizetype spent = sb.host->journal().size();
        QVERIFY2(spent <= 4, qPrintable(QString::number(spent))); // at most what was in flight at once
        for (const QJsonValue &e : sb.host->journal())
            QCOMPARE(e.toObject().value(QLatin1String("status")).toInt(), 401);
        QVERIFY(app.driver.errorBar()->isVisible());
        QVERIFY(app.driver.errorBar()->text().contains(QLatin1String("APIGW.0301")));
        // The user asks again: one more try goes out.
        QVERIFY(app.driver.reload());
        QVERIFY(sb.host->journal().size() > spent);
    }

    // Closing the window in the middle of a delete waits for what was sent to be confirmed and
    // logged, and sends nothing more; then it closes.
    void closingDuringADeleteWaitsForItsOutcome()
    {
        SandboxConfig c;
        c.tasks = 800;
        SandboxFixture sb(c);
        QVERIFY(sb.url.isValid());
        DemoWindow app(sb);
        QVERIFY(app.open());
        const QStringList selected = app.driver.selectRows({ Deletability::Deletable }, 300);
        QVERIFY(selected.size() > 250); // six chunks: more than the four that may be in flight
        sb.host->reconfigure([](SandboxConfig &config) { config.latencyMs = 400; });
        ConfirmDeleteDialog *dialog = app.driver.openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                         QString::number(dialog->confirmedCount()));
        QSignalSpy finished(app.driver.list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTest::qWait(100); // four chunks are out (the listing proved the signature); the others wait
        app.window->close();
        QVERIFY(app.window->isVisible()); // not while chunks are out
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(!app.window->isVisible());
        const QStringList sent = sb.journalIds("ids_sent");
        QVERIFY(!sent.isEmpty());
        QVERIFY2(sent.size() < selected.size(), "nothing more is sent after the close");
        QFile audit(AuditLog::defaultPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        for (const QString &id : sent)
            QVERIFY2(log.contains(id.toUtf8()), qPrintable(id));
    }
};

QTEST_MAIN(tst_AccountSession)
#include "tst_accountsession.moc"
