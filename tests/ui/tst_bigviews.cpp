#include "ops/DeletePlan.h"
#include "translations/Translations.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/DeleteResultsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>

#include <memory>

// The confirm dialog and the results view on thousands of rows, as a user sees them: every task
// listed, ticks that change what is sent, the outcome filter, sorting and the language switch. No
// timing here (sms-bench measures): what is asserted is what a slow or lazy view could get wrong.
class tst_BigViews : public QObject
{
    Q_OBJECT

private:
    static constexpr int Tasks = 5000;

    // Seven in ten deletable (Agent disconnected), two blocked (busy), one uncertain (not listed).
    static QList<Task> tasks(int n)
    {
        QList<Task> list;
        for (int i = 0; i < n; ++i) {
            Task t;
            t.id = QStringLiteral("t-%1").arg(i, 5, 10, QLatin1Char('0'));
            t.name = QStringLiteral("task %1").arg(i);
            t.state = QStringLiteral("READY");
            t.sourceName = QStringLiteral("src-%1").arg(i);
            t.sourceIp = QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250);
            const int kind = i % 10;
            t.sourceState = kind < 7 ? QStringLiteral("stopped") : QStringLiteral("replicate");
            if (kind < 7)
                t.connected = false;
            else if (kind < 9)
                t.connected = true;
            list.append(t);
        }
        return list;
    }

    static AccountSession::Account account()
    {
        AccountSession::Account a;
        a.profileName = QStringLiteral("big");
        a.endpoint = QUrl(QStringLiteral("https://sms.example.com"));
        a.region = QStringLiteral("cn-north-4");
        a.projectId = QStringLiteral("0b7d");
        return a;
    }

    // Every outcome, failures with a code, a long service message and a request id.
    static QList<DeleteResult> makeResults(int n)
    {
        static constexpr DeleteOutcome Cycle[]
            = { DeleteOutcome::Deleted, DeleteOutcome::Failed, DeleteOutcome::Skipped, DeleteOutcome::AlreadyDeleted,
                DeleteOutcome::Unknown };
        QList<DeleteResult> list;
        for (int i = 0; i < n; ++i) {
            DeleteResult r;
            r.id = QStringLiteral("t-%1").arg(i, 5, 10, QLatin1Char('0'));
            r.name = QStringLiteral("task %1").arg(i);
            r.outcome = Cycle[i % 5];
            if (r.outcome == DeleteOutcome::Failed) {
                r.error.kind = SmsErrorKind::Http;
                r.error.httpStatus = 400;
                r.error.code = QStringLiteral("SMS.6506");
                r.error.message = QStringLiteral("The task cannot be deleted while its source server is busy; "
                                                 "wait until the migration has stopped and try again.");
                r.error.requestId = QStringLiteral("req-%1-0123456789abcdef").arg(i);
            } else if (r.outcome == DeleteOutcome::Skipped) {
                r.note = DeleteNote::Rule;
                r.verdict = DeletionRule::classify(QStringLiteral("replicate"), true);
            } else if (r.outcome == DeleteOutcome::Unknown) {
                r.note = DeleteNote::OutcomeUnconfirmed;
            }
            list.append(r);
        }
        return list;
    }

    static QTreeView *view(const QWidget *parent, const char *name)
    {
        return parent->findChild<QTreeView *>(QString::fromLatin1(name));
    }
    static QStringList ids(const QAbstractItemModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out.append(model->index(r, 1).data().toString());
        return out;
    }
    static QStringList ids(const QList<PlanEntry> &entries)
    {
        QStringList out;
        for (const PlanEntry &e : entries)
            out.append(e.task.id);
        return out;
    }
    static QString header(const QTreeView *v, int section)
    {
        return v->model()->headerData(section, Qt::Horizontal).toString();
    }
    // Where the delegate draws the tick box of a cell (what a click must hit).
    static QPoint checkBoxAt(QTreeView *v, const QModelIndex &index)
    {
        QStyleOptionViewItem option;
        option.initFrom(v->viewport());
        option.rect = v->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.text = index.data().toString();
        return v->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, v).center();
    }
    static void switchLanguage(const char *language)
    {
        QVERIFY(Translations::install(QString::fromLatin1(language)));
        QCoreApplication::processEvents(); // LanguageChange is posted to every widget
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void theDialogListsEveryPlannedTaskWithItsReason()
    {
        const DeletePlan plan = DeletePlan::build(tasks(Tasks));
        QCOMPARE(plan.deletable().size(), 3500);
        QCOMPARE(plan.blocked().size(), 1000);
        QCOMPARE(plan.uncertain().size(), 500);
        QPointer<ConfirmDeleteDialog> dialog(new ConfirmDeleteDialog(plan, account()));
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        QTreeView *deletable = view(dialog, "deletableList");
        QTreeView *blocked = view(dialog, "blockedList");
        QTreeView *uncertain = view(dialog, "uncertainList");
        QVERIFY(deletable && blocked && uncertain);
        QCOMPARE(ids(deletable->model()), ids(plan.deletable()));
        QCOMPARE(ids(blocked->model()), ids(plan.blocked()));
        QCOMPARE(ids(uncertain->model()), ids(plan.uncertain()));
        for (QTreeView *v : { deletable, blocked, uncertain })
            QVERIFY(v->uniformRowHeights());

        // Blocked and uncertain tasks carry their reason on a full-width, muted line of its own,
        // down to the last row.
        const QColor muted = blocked->palette().color(QPalette::PlaceholderText);
        for (QTreeView *v : { blocked, uncertain }) {
            const QAbstractItemModel *m = v->model();
            for (int row : { 0, m->rowCount() / 2, m->rowCount() - 1 }) {
                const QModelIndex task = m->index(row, 0);
                QCOMPARE(m->rowCount(task), 1);
                QVERIFY(v->isExpanded(task));
                QVERIFY(v->isFirstColumnSpanned(0, task));
                const QModelIndex line = m->index(0, 0, task);
                const QString reason = line.data().toString();
                QVERIFY2(reason.contains(QLatin1String("Replicating")), qPrintable(reason));
                QVERIFY(reason.contains(line.data(Qt::ToolTipRole).toString()));
                QCOMPARE(line.data(Qt::ForegroundRole).value<QBrush>().color(), muted);
                QVERIFY(!(m->flags(line) & Qt::ItemIsUserCheckable));
            }
        }
        QCOMPARE(deletable->model()->rowCount(deletable->model()->index(0, 0)), 0);
        // The last uncertain task is reachable as any other.
        const QModelIndex last = uncertain->model()->index(uncertain->model()->rowCount() - 1, 0);
        uncertain->scrollTo(last);
        QVERIFY(uncertain->viewport()->rect().intersects(uncertain->visualRect(last)));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void tickingUncertainTasksChangesWhatIsSent()
    {
        const DeletePlan plan = DeletePlan::build(tasks(Tasks));
        QPointer<ConfirmDeleteDialog> dialog(new ConfirmDeleteDialog(plan, account()));
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QTreeView *uncertain = view(dialog, "uncertainList");
        QVERIFY(button && uncertain);
        QCOMPARE(button->text(), QStringLiteral("Delete 3500 tasks"));
        QVERIFY(dialog->decision().includedUncertain.isEmpty());

        // A click on the first task's tick box.
        const QModelIndex first = uncertain->model()->index(0, 0);
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QTest::mouseClick(uncertain->viewport(), Qt::LeftButton, {}, checkBoxAt(uncertain, first));
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(dialog->decision().includedUncertain, QSet<QString> { plan.uncertain().first().task.id });
        QCOMPARE(button->text(), QStringLiteral("Delete 3501 tasks"));
        QCOMPARE(dialog->confirmedCount(), 3501);

        // The space bar on the last one, far below the first screen.
        const QModelIndex last = uncertain->model()->index(uncertain->model()->rowCount() - 1, 0);
        uncertain->scrollTo(last);
        uncertain->setCurrentIndex(last);
        uncertain->setFocus();
        QTest::keyClick(uncertain, Qt::Key_Space);
        QCOMPARE(dialog->decision().includedUncertain,
                 (QSet<QString> { plan.uncertain().first().task.id, plan.uncertain().last().task.id }));
        QCOMPARE(button->text(), QStringLiteral("Delete 3502 tasks"));

        // What is sent follows the ticks: the ticked uncertain ones, one per call; the rest skipped.
        const DeleteRequest request = plan.toRequest(dialog->decision());
        QCOMPARE(request.inChunks.size(), 3500);
        QCOMPARE(request.onePerCall.size(), 2);
        QCOMPARE(request.skipped.size(), 1000 + 498);

        // Ticks survive a language change; the button speaks the new language.
        switchLanguage("zh_CN");
        QTRY_COMPARE(button->text(), QStringLiteral("删除 3502 个任务"));
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(dialog->decision().includedUncertain.size(), 2);
        QCOMPARE(header(uncertain, 0), QStringLiteral("名称"));
        QCOMPARE(header(uncertain, 4), QStringLiteral("源端状态"));
        QVERIFY2(!uncertain->model()->index(0, 0, first).data().toString().contains(QLatin1String("Replicating")),
                 qPrintable(uncertain->model()->index(0, 0, first).data().toString()));

        // Unticking takes it out again; the typed count must match the new number.
        switchLanguage("en");
        uncertain->scrollTo(first);
        QTest::mouseClick(uncertain->viewport(), Qt::LeftButton, {}, checkBoxAt(uncertain, first));
        QTRY_COMPARE(button->text(), QStringLiteral("Delete 3501 tasks"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")), QStringLiteral("3501"));
        QVERIFY(button->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void theResultsFilterSortAndFollowTheLanguage()
    {
        DeleteResultsView results;
        results.resize(1200, 500);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        const QList<DeleteResult> all = makeResults(Tasks);
        results.setResults(all);
        QTreeView *list = view(&results, "resultsList");
        auto *filter = results.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        QVERIFY(list && filter);
        QVERIFY(list->uniformRowHeights());
        const QAbstractItemModel *m = list->model();
        QCOMPARE(m->rowCount(), Tasks);
        QCOMPARE(results.failedIds().size(), 2 * Tasks / 5); // failed and unknown
        // In the order the operation reported them, until a column is clicked.
        QCOMPARE(m->index(0, 1).data().toString(), all.first().id);
        QCOMPARE(m->index(Tasks - 1, 1).data().toString(), all.last().id);

        // A failure shows its code, HTTP status and request id; long texts are tooltips too.
        const int failedRow = 1;
        QCOMPARE(m->index(failedRow, 2).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(m->index(failedRow, 3).data().toString(), QStringLiteral("SMS.6506"));
        QCOMPARE(m->index(failedRow, 6).data().toString(), QStringLiteral("400"));
        for (int column : { 4, 5, 7 }) {
            const QString text = m->index(failedRow, column).data().toString();
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(column)));
            QCOMPARE(m->index(failedRow, column).data(Qt::ToolTipRole).toString(), text);
        }
        // One icon per outcome, shared by its rows.
        const auto icon = [&](int row) { return m->index(row, 2).data(Qt::DecorationRole).value<QIcon>(); };
        QVERIFY(!icon(failedRow).isNull());
        QCOMPARE(icon(failedRow).cacheKey(), icon(failedRow + 5 * 700).cacheKey());
        QVERIFY(icon(0).cacheKey() != icon(failedRow).cacheKey());

        // The filter: only the failed rows, all of them.
        filter->setCurrentIndex(filter->findData(int(DeleteOutcome::Failed)));
        QCOMPARE(m->rowCount(), Tasks / 5);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(m->index(r, 2).data().toString(), QStringLiteral("Failed"));
        filter->setCurrentIndex(filter->findData(int(DeleteOutcome::Deleted))); // not "already deleted"
        QCOMPARE(m->rowCount(), Tasks / 5);
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("Deleted"));
        filter->setCurrentIndex(0);
        QCOMPARE(m->rowCount(), Tasks);

        // Sort by outcome with a click on its header, then the other way with a second click.
        QHeaderView *h = list->header();
        const QPoint outcomeHeader(h->sectionViewportPosition(2) + h->sectionSize(2) / 2, h->height() / 2);
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, outcomeHeader);
        QCOMPARE(h->sortIndicatorSection(), 2);
        const auto outcomeAt = [&](int row) { return m->index(row, 2).data(Qt::UserRole).toInt(); };
        const int order = h->sortIndicatorOrder() == Qt::AscendingOrder ? 1 : -1;
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY2((outcomeAt(r) - outcomeAt(r - 1)) * order >= 0, qPrintable(QString::number(r)));
        QVERIFY(outcomeAt(0) != outcomeAt(m->rowCount() - 1));
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, outcomeHeader);
        QCOMPARE(h->sortIndicatorOrder() == Qt::AscendingOrder ? 1 : -1, -order);
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY2((outcomeAt(r) - outcomeAt(r - 1)) * order <= 0, qPrintable(QString::number(r)));
        // Filtering a sorted list keeps it sorted, and a new fill keeps both.
        filter->setCurrentIndex(filter->findData(int(DeleteOutcome::Skipped)));
        QCOMPARE(m->rowCount(), Tasks / 5);
        results.setResults(all.mid(0, 100));
        QCOMPARE(m->rowCount(), 20);
        QCOMPARE(h->sortIndicatorSection(), 2);
        results.setResults(all);
        filter->setCurrentIndex(filter->findData(int(DeleteOutcome::Failed)));

        // The language switch re-labels the headers, the outcomes and the filter; the filter stays.
        switchLanguage("zh_CN");
        QTRY_COMPARE(header(list, 2), QStringLiteral("结果"));
        QCOMPARE(header(list, 0), QStringLiteral("名称"));
        QCOMPARE(header(list, 5), QStringLiteral("服务返回信息"));
        QCOMPARE(m->rowCount(), Tasks / 5);
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("失败"));
        QCOMPARE(m->index(m->rowCount() - 1, 2).data().toString(), QStringLiteral("失败"));
        QCOMPARE(filter->currentText(), QStringLiteral("失败"));
        QCOMPARE(filter->itemText(0), QStringLiteral("全部结果"));
        switchLanguage("en");
        QTRY_COMPARE(header(list, 2), QStringLiteral("Outcome"));
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("Failed"));
    }

    // QAbstractItemModelTester walks every index: on small inputs.
    void theModelsAreConsistent()
    {
        const DeletePlan plan = DeletePlan::build(tasks(40));
        ConfirmDeleteDialog dialog(plan, account());
        for (const char *name : { "deletableList", "blockedList", "uncertainList" }) {
            QTreeView *v = view(&dialog, name);
            QVERIFY(v);
            QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            Q_UNUSED(tester);
        }
        DeleteResultsView results;
        QAbstractItemModelTester tester(view(&results, "resultsList")->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setResults(makeResults(40));
        auto *filter = results.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        filter->setCurrentIndex(filter->findData(int(DeleteOutcome::Unknown)));
        view(&results, "resultsList")->sortByColumn(0, Qt::DescendingOrder);
        switchLanguage("zh_CN");
    }
};

QTEST_MAIN(tst_BigViews)
#include "tst_bigviews.moc"
