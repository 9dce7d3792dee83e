// table: the real TaskListWidget and AccountSession against an sms-sandbox process, shown offscreen
// at 1280×800, so parsing, the join, sorting and filtering on the GUI thread all count. The widgets
// are reached by object name and public API only, as a user (or tests/support/WindowFixture.h) does.
#include "BenchProcess.h"
#include "GuiProbe.h"
#include "Scenarios.h"

#include "ops/AccountSession.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/DeleteResultsView.h"
#include "ui/TaskListWidget.h"
#include "ui/TaskTableModel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelection>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

namespace Bench {

namespace {

constexpr int KeyIntervalMs = 80;
const QString Needle = QStringLiteral("db-mysql-p"); // 10 characters, a few percent of the rows

QString slug(const QString &header)
{
    QString s;
    for (const QChar c : header.toLower())
        s += c.isLetterOrNumber() ? c : u'_';
    return s;
}

QSet<QString> shownIds(const QAbstractItemModel *m)
{
    QSet<QString> ids;
    for (int r = 0; r < m->rowCount(); ++r)
        ids.insert(m->index(r, 0).data(TaskTableModel::IdRole).toString());
    return ids;
}

// The rows the search must leave: name, task id, source name or IP containing the needle.
QSet<QString> expectedMatches(const TaskTableModel *model, const QString &needle)
{
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Task &t = model->taskAt(r);
        for (const QString &field : { t.name, t.id, t.sourceName, t.sourceIp }) {
            if (field.toLower().contains(needle)) {
                ids.insert(t.id);
                break;
            }
        }
    }
    return ids;
}

struct Window
{
    QMainWindow frame;
    TaskListWidget *list = new TaskListWidget;
    QTableView *view = nullptr;
    Window()
    {
        frame.setCentralWidget(list);
        auto *dock = new QDockWidget(QStringLiteral("Delete results"), &frame);
        dock->setObjectName(QStringLiteral("resultsDock"));
        dock->setWidget(list->resultsView());
        list->resultsView()->show();
        frame.addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
        QObject::connect(list, &TaskListWidget::resultsChanged, dock, &QDockWidget::setVisible);
        list->addStatusWidgets(frame.statusBar());
        frame.resize(1280, 800);
        frame.show();
        (void)QTest::qWaitForWindowExposed(&frame);
        view = frame.findChild<QTableView *>(QStringLiteral("taskTable"));
    }
};

} // namespace

Scenario runTableHere(const Params &p)
{
    Scenario s = scenarioFor(QStringLiteral("table"), p, QStringLiteral("the GUI process"));
    SandboxProcess sb({ p.tasks, p.latencyMs, p.seed, -1, {} });
    if (!sb.isRunning()) {
        s.problem(sb.errorString());
        return s;
    }
    const int n = sb.taskCount();
    const double L = p.latencyMs;
    Window w;
    auto *model = w.list->findChild<TaskTableModel *>();
    if (!w.view || !model) {
        s.problem(QStringLiteral("no taskTable view or TaskTableModel in TaskListWidget"));
        return s;
    }
    QAbstractItemModel *shown = w.view->model();
    ConnectionSpec spec;
    spec.region = QString::fromLatin1(Region);
    spec.smsEndpoint = sb.url().toString();
    spec.credentials.ak = Ak;
    spec.credentials.sk = Sk;
    spec.credentials.projectId = QString::fromLatin1(ProjectId);
    AccountSession session(spec, QStringLiteral("bench"), QStringLiteral("gui"));
    w.list->setSession(&session);
    bool loaded = false, deleted = false;
    QObject::connect(w.list, &TaskListWidget::loadFinished, &session, [&] { loaded = true; });
    QObject::connect(w.list, &TaskListWidget::deleteFinished, &session, [&] { deleted = true; });
    StallMonitor stall;

    // 1. Open the account; the table fills as pages arrive.
    const int rounds = listRounds(n, sb.sourceCount());
    double firstRows = -1;
    double t0 = nowMs();
    stall.start();
    session.open();
    const double full = waitUntil(
        [&] {
            if (firstRows < 0 && shown->rowCount() > 0)
                firstRows = nowMs();
            return loaded && shown->rowCount() == n;
        },
        600000);
    const double loadStall = stall.stop();
    if (full < 0) {
        s.problem(QStringLiteral("the table never filled: %1 of %2 rows").arg(shown->rowCount()).arg(n));
        return s;
    }
    s.add(QStringLiteral("first_rows_ms"), QStringLiteral("first rows in the table"), QStringLiteral("ms"),
          firstRows - t0, L, QStringLiteral("L (the first signed request alone)"));
    s.add(QStringLiteral("table_full_ms"), QStringLiteral("table full"), QStringLiteral("ms"), full - t0, L * rounds,
          QStringLiteral("L × (1 + ⌈(%1 + %2 − 1)/4⌉) = %3 × %4")
              .arg(pages(n))
              .arg(pages(sb.sourceCount()))
              .arg(p.latencyMs)
              .arg(rounds));
    s.add(QStringLiteral("load_stall_ms"), QStringLiteral("longest stall while loading"), QStringLiteral("ms"),
          loadStall);

    // 2. Sort by each visible column, as a click on its header does.
    QHeaderView *header = w.view->horizontalHeader();
    const int sortSection = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    double slowest = 0;
    for (int c = 0; c < shown->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString name = shown->headerData(c, Qt::Horizontal).toString();
        drain();
        const double t = nowMs();
        w.view->sortByColumn(c, Qt::AscendingOrder);
        drain(); // the layout change and the repaint it asks for
        const double ms = nowMs() - t;
        slowest = std::max(slowest, ms);
        s.add(QStringLiteral("sort_%1_ms").arg(slug(name)), QStringLiteral("sort by %1").arg(name),
              QStringLiteral("ms"), ms);
    }
    s.add(QStringLiteral("sort_max_ms"), QStringLiteral("slowest column sort"), QStringLiteral("ms"), slowest);
    w.view->sortByColumn(sortSection, sortOrder);
    drain();

    // 3. Type a 10-character search at 80 ms per key.
    auto *search = w.frame.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search) {
        s.problem(QStringLiteral("no searchEdit"));
        return s;
    }
    const QSet<QString> expected = expectedMatches(model, Needle);
    search->setFocus();
    drain();
    {
        KeyTypist typist(search, Needle, KeyIntervalMs);
        stall.start();
        typist.start();
        const double right = waitUntil(
            [&] {
                return typist.done() && search->text() == Needle && shown->rowCount() == expected.size()
                    && shownIds(shown) == expected;
            },
            60000);
        const double typingStall = stall.stop();
        if (right < 0)
            s.problem(QStringLiteral("the search never showed the %1 matching rows (%2 shown)")
                          .arg(expected.size())
                          .arg(shown->rowCount()));
        else
            s.add(QStringLiteral("search_last_key_ms"), QStringLiteral("search: last key → the right rows"),
                  QStringLiteral("ms"), right - typist.lastKeyAt());
        s.add(QStringLiteral("typing_stall_ms"), QStringLiteral("longest stall while typing (80 ms/key)"),
              QStringLiteral("ms"), typingStall);
    }
    s.extra.insert(QStringLiteral("search_matches"), double(expected.size()));
    search->clear();
    waitUntil([&] { return shown->rowCount() == n; }, 60000);

    // 4. Select 80% deletable + 2% other rows (40,000 + 1,000 of 50,000) and open the confirm dialog.
    const int wantDeletable = int(n * 0.8), wantOther = int(n * 0.02);
    w.view->sortByColumn(int(TaskTableModel::Column::Classification), Qt::AscendingOrder);
    drain();
    QItemSelection selection;
    QStringList toDelete;
    int others = 0;
    const int lastColumn = shown->columnCount() - 1;
    for (int r = 0, start = -1; r <= shown->rowCount(); ++r) {
        bool take = false;
        if (r < shown->rowCount()) {
            const QModelIndex i = shown->index(r, 0);
            const bool deletable = i.data(TaskTableModel::DeletabilityRole).toInt() == int(Deletability::Deletable);
            take = deletable ? toDelete.size() < wantDeletable : others < wantOther;
            if (take)
                deletable ? (void)toDelete.append(i.data(TaskTableModel::IdRole).toString()) : (void)++others;
        }
        if (take && start < 0)
            start = r;
        if (!take && start >= 0) {
            selection.select(shown->index(start, 0), shown->index(r - 1, lastColumn));
            start = -1;
        }
    }
    w.view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    drain();
    s.extra.insert(QStringLiteral("selected"),
                   QStringLiteral("%1 rows, %2 of them deletable").arg(toDelete.size() + others).arg(toDelete.size()));
    auto *deleteAction = w.frame.findChild<QAction *>(QStringLiteral("deleteAction"));
    if (!deleteAction || !deleteAction->isEnabled()) {
        s.problem(QStringLiteral("deleteAction missing or disabled with %1 rows selected").arg(selection.size()));
        return s;
    }
    ConfirmDeleteDialog *dialog = nullptr;
    stall.start();
    t0 = nowMs();
    deleteAction->trigger();
    const double opened = waitUntil(
        [&] { return (dialog = w.frame.findChild<ConfirmDeleteDialog *>()) && dialog->isVisible(); }, 120000);
    drain();
    const double dialogMs = nowMs() - t0;
    const double dialogStall = stall.stop();
    if (opened < 0) {
        s.problem(QStringLiteral("the confirm dialog did not open"));
        return s;
    }
    s.add(QStringLiteral("dialog_open_ms"),
          QStringLiteral("confirm dialog open on %1 selected rows").arg(toDelete.size() + others), QStringLiteral("ms"),
          dialogMs);
    s.add(QStringLiteral("dialog_stall_ms"), QStringLiteral("longest stall while it opens"), QStringLiteral("ms"),
          dialogStall);

    // 5. Confirm: until the last deleted row is gone from the table.
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
    const int confirmed = dialog->confirmedCount();
    if (button && !button->isEnabled() && count)
        count->setText(QString::number(confirmed));
    drain();
    if (!button || !button->isEnabled() || confirmed != toDelete.size()) {
        s.problem(QStringLiteral("the dialog offers %1 of %2 deletable tasks, or its button stays disabled")
                      .arg(confirmed)
                      .arg(toDelete.size()));
        return s;
    }
    stall.start();
    t0 = nowMs();
    const qint64 clickedAt = wallMs(); // the sandbox's journal is in wall-clock time
    QTest::mouseClick(button, Qt::LeftButton);
    const double gone = waitUntil([&] { return shown->rowCount() <= n - confirmed; }, 3600000);
    const qint64 goneAt = clickedAt + qint64(gone - t0);
    const double deleteStall = stall.stop();
    waitUntil([&] { return deleted; }, 3600000);
    const QSet<QString> left = shownIds(shown);
    for (const QString &id : toDelete) {
        if (left.contains(id)) {
            s.problem(QStringLiteral("deleted task %1 is still shown").arg(id));
            break;
        }
    }
    const int chunks = ceilDiv(confirmed, ChunkSize);
    const int deleteRounds = ceilDiv(chunks, InFlight) + ceilDiv(pages(n - confirmed), InFlight);
    if (gone >= 0)
        s.add(QStringLiteral("delete_gone_ms"), QStringLiteral("delete: until the last deleted row is gone"),
              QStringLiteral("ms"), gone - t0, L * deleteRounds,
              QStringLiteral("L × (delete ⌈%1/4⌉ + re-list ⌈%2/4⌉) = %3 × %4")
                  .arg(chunks)
                  .arg(pages(n - confirmed))
                  .arg(p.latencyMs)
                  .arg(deleteRounds));
    else
        s.problem(QStringLiteral("deleted rows never left the table"));
    // What the window adds once the service has answered the last call of the delete (its
    // confirmation included): the time the user waits on the app, not on the network.
    qint64 lastAnswer = -1;
    for (const QJsonValue &v : journalWindow(sb.journal(), clickedAt, goneAt))
        lastAnswer = qMax(lastAnswer, journalTimeMs(v) + qint64(L));
    if (gone >= 0 && lastAnswer >= 0)
        s.add(QStringLiteral("delete_after_answers_ms"), QStringLiteral("delete: last answer → last deleted row gone"),
              QStringLiteral("ms"), double(qMax<qint64>(0, goneAt - lastAnswer)));
    s.add(QStringLiteral("delete_stall_ms"), QStringLiteral("longest stall while deleting"), QStringLiteral("ms"),
          deleteStall);

    // 6. Fill the results view again with the same results.
    DeleteResultsView *results = w.list->resultsView();
    const QList<DeleteResult> outcome = results->results();
    results->setResults({});
    drain();
    t0 = nowMs();
    results->setResults(outcome);
    drain();
    s.add(QStringLiteral("results_fill_ms"), QStringLiteral("results view filled (%1 rows)").arg(outcome.size()),
          QStringLiteral("ms"), nowMs() - t0);

    const QJsonArray journal = journalWindow(sb.journal(), 0, std::numeric_limits<qint64>::max());
    int deletedByService = 0;
    for (const QJsonValue &v : journal)
        deletedByService += int(v.toObject().value(QLatin1String("ids_deleted")).toArray().size());
    if (deletedByService != confirmed)
        s.problem(QStringLiteral("the service deleted %1 of %2").arg(deletedByService).arg(confirmed));
    s.requests.append(journal.size());
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    s.peakRssKb.append(u.ru_maxrss);
    w.list->setSession(nullptr);
    return s;
}

Scenario runTable(const Params &p)
{
    Scenario merged = scenarioFor(QStringLiteral("table"), p, QStringLiteral("the GUI process"));
    for (int i = 0; i < p.runs; ++i) {
        QStringList env = childEnvironment();
        env.prepend(QStringLiteral("QT_QPA_PLATFORM=offscreen")); // the first one wins
        const ChildResult r = run(paths().program("sms-bench"),
                                  { QStringLiteral("table"), QStringLiteral("--child"), QStringLiteral("--json"),
                                    QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--tasks"),
                                    QString::number(p.tasks), QStringLiteral("--latency-ms"),
                                    QString::number(p.latencyMs), QStringLiteral("--seed"), QString::number(p.seed) },
                                  3 * 3600000, env);
        const QJsonArray scenarios
            = QJsonDocument::fromJson(r.out).object().value(QLatin1String("scenarios")).toArray();
        if (scenarios.isEmpty()) {
            merged.problem(QStringLiteral("sms-bench table --child exited %1: %2")
                               .arg(r.exitCode)
                               .arg(QString::fromUtf8(r.err.right(400))));
            continue;
        }
        Scenario child = Scenario::fromJson(scenarios.first().toObject());
        // The child's own ru_maxrss (RUSAGE_SELF, taken after the last step): the wait4 figure of
        // the child also counts the sandbox process it ran and waited for (Linux reports the
        // largest waited-for descendant), which is bigger than the GUI since its arenas were cut.
        merged.merge(child);
    }
    return merged;
}

} // namespace Bench
