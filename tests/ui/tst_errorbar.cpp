// The error bar says why a transfer failed and where it went, in the bar itself; after a 401 it
// offers Edit account… instead of Retry (another signed try counts toward the AK's lockout).
#include "api/SmsClient.h"
#include "ops/LoadOperation.h"
#include "translations/Translations.h"
#include "ui/DeleteResultsModel.h"
#include "ui/DeleteResultsView.h"
#include "ui/ErrorBar.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

class tst_ErrorBar : public QObject
{
    Q_OBJECT

private:
    static QPushButton *button(ErrorBar &bar, const char *name)
    {
        return bar.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void aRefusedConnectionNamesTheCauseAndTheHost()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port nothing listens on once it is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Credentials c;
        c.ak = "AKAKAKAKAKAKAKAKAKAK";
        c.sk = "secret";
        c.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        SmsClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), c);
        client.setTransferTimeoutMs(3000);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        LoadOperation load(&client);
        QSignalSpy done(&load, &LoadOperation::finished);
        load.start();
        QVERIFY(done.wait(10000));
        QVERIFY(load.error().isError());

        ErrorBar bar;
        bar.showError(ErrorBar::Context::Loading, load.error());
        const QString expected = QStringLiteral("connection refused by 127.0.0.1:%1").arg(port);
        QVERIFY2(bar.text().contains(expected), qPrintable(bar.text()));
        QVERIFY(button(bar, "errorRetry")->isVisibleTo(&bar));
        QVERIFY(!button(bar, "errorEditAccount")->isVisibleTo(&bar));
    }

    void a401OffersEditAccountInsteadOfRetry()
    {
        SmsError e = SmsError::fromHttp(
            401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}",
            QStringLiteral("req-401"));
        ErrorBar bar;
        QSignalSpy edit(&bar, &ErrorBar::editAccountRequested);
        QSignalSpy retry(&bar, &ErrorBar::retryRequested);
        bar.showError(ErrorBar::Context::Loading, e);
        QPushButton *editButton = button(bar, "errorEditAccount");
        QVERIFY(editButton);
        QVERIFY(editButton->isVisibleTo(&bar));
        QCOMPARE(editButton->text(), QStringLiteral("Edit account…"));
        QVERIFY(!button(bar, "errorRetry")->isVisibleTo(&bar));
        QTest::mouseClick(editButton, Qt::LeftButton);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(retry.count(), 0);

        // Any other failure offers Retry again.
        SmsError server = SmsError::fromHttp(500, "{}", QStringLiteral("req-500"));
        bar.showError(ErrorBar::Context::Loading, server);
        QVERIFY(button(bar, "errorRetry")->isVisibleTo(&bar));
        QVERIFY(!editButton->isVisibleTo(&bar));
    }

    void theResultsShowEveryFilledColumnWholeAndTheRestInTheDetailPane()
    {
        // Results view (issue 13, item 6): a failure's explanation and request id were cut off
        // while an empty Reason column took the space.
        DeleteResult ok;
        ok.id = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
        ok.name = QStringLiteral("web-01");
        ok.outcome = DeleteOutcome::Deleted;
        DeleteResult failed;
        failed.id = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");
        failed.name = QStringLiteral("db-02");
        failed.outcome = DeleteOutcome::Failed;
        failed.error = SmsError::fromHttp(
            400, "{\"error_code\":\"SMS.6519\",\"error_msg\":\"The task cannot be found in this project.\"}",
            QStringLiteral("0123456789abcdef0123456789abcdef"));
        DeleteResultsView view;
        view.resize(1400, 300);
        view.show();
        view.setResults({ ok, failed });
        auto *list = view.findChild<QTreeView *>(QStringLiteral("resultsList"));
        QVERIFY(list);
        using C = DeleteResultsModel::Column;
        QVERIFY(list->isColumnHidden(int(C::Reason))); // nothing in it
        QVERIFY(!list->isColumnHidden(int(C::RequestId)));
        const int idWidth = list->fontMetrics().horizontalAdvance(failed.error.requestId);
        QVERIFY2(list->columnWidth(int(C::RequestId)) >= idWidth,
                 qPrintable(QStringLiteral("%1 < %2").arg(list->columnWidth(int(C::RequestId))).arg(idWidth)));

        list->setCurrentIndex(list->model()->index(1, 0));
        auto *detail = view.findChild<QPlainTextEdit *>(QStringLiteral("resultDetail"));
        QVERIFY(detail);
        const QString text = detail->toPlainText();
        for (const QString &part : { failed.id, QStringLiteral("SMS.6519"), failed.error.message,
                                     failed.error.requestId, QStringLiteral("HTTP: 400") })
            QVERIFY2(text.contains(part), qPrintable(text));
    }
};

QTEST_MAIN(tst_ErrorBar)
#include "tst_errorbar.moc"
