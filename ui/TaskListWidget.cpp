#include "ui/TaskListWidget.h"

#include "ops/DeletePlan.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/CsvExport.h"
#include "ui/DeleteResultsView.h"
#include "ui/EmptyTableNote.h"
#include "ui/ErrorBar.h"
#include "ui/FilterBar.h"
#include "ui/StopDeleteFlow.h"
#include "ui/TaskFeed.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskProgressBar.h"
#include "ui/TaskTableModel.h"
#include "ui/TaskTableView.h"
#include "ui/ToneColors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

TaskListWidget::TaskListWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxy(this))
    , m_table(new TaskTableView)
    , m_filterBar(new FilterBar(m_proxy))
    , m_errorBar(new ErrorBar)
    , m_results(new DeleteResultsView(this))
    , m_statusCounts(new QLabel(this))
    , m_statusWarning(new QLabel(this))
    , m_progress(new TaskProgressBar(this))
    , m_autoRefresh(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_feed(new TaskFeed(FeedIntervalMs, this))
    , m_emptyNote(new EmptyTableNote(m_table->viewport()))
    , m_stopFlow(new StopDeleteFlow(m_model, m_table, m_progress, this))
{
    setObjectName(QStringLiteral("taskList"));
    m_proxy->setSourceModel(m_model);
    connect(m_feed, &TaskFeed::ready, m_model, &TaskTableModel::upsert);
    m_table->setModel(m_proxy);
    m_table->applyDefaultLayout();
    m_results->hide(); // until the frame docks it

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_statusWarning->setObjectName(QStringLiteral("statusWarning"));
    colourWarning();
    for (QLabel *l : { m_statusCounts, m_statusWarning })
        l->hide(); // until the frame puts them into its status bar

    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoRefresh, &QTimer::timeout, this, &TaskListWidget::onAutoRefreshTick);
    // Counts are recomputed once per event-loop turn, never once per changed row.
    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, this, &TaskListWidget::updateStatus);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &TaskListWidget::scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListWidget::scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskListWidget::scheduleStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions(); // at once: Delete follows the selection before the next key press
        scheduleStatus();
    });

    connect(m_errorBar, &ErrorBar::retryRequested, this, [this] {
        // Not open (or the keychain failed): open again; else list again.
        !m_session || m_session->state() == AccountSession::State::Failed ? Q_EMIT reconnectRequested() : refresh();
    });
    connect(m_emptyNote, &EmptyTableNote::clearFiltersRequested, m_filterBar, &FilterBar::clearFilters);
    connect(m_errorBar, &ErrorBar::editAccountRequested, this, &TaskListWidget::editAccountRequested);
    connect(m_results, &DeleteResultsView::retryFailedRequested, this, [this](const QStringList &ids) {
        // Only this account's own failures (the view is emptied when the account changes, and ids are checked).
        if (m_session)
            openConfirmDialog(m_session->failedAmong(ids));
    });

    createActions();
    retranslate();
}

TaskListWidget::~TaskListWidget() = default;

void TaskListWidget::createActions()
{
    auto make = [this](const char *name, QKeySequence::StandardKey key, Qt::ShortcutContext context) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(context);
        return a;
    };
    m_refreshAction = make("refreshAction", QKeySequence::Refresh, Qt::WindowShortcut);
    m_refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    connect(m_refreshAction, &QAction::triggered, this, &TaskListWidget::refresh);
    // Delete, Select all and Copy act on the table only: typing in the search box never deletes.
    m_deleteAction = make("deleteAction", QKeySequence::Delete, Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    connect(m_deleteAction, &QAction::triggered, this, &TaskListWidget::deleteSelected);
    m_selectAllAction = make("selectAllAction", QKeySequence::SelectAll, Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);
    m_copyIdsAction = make("copyIdsAction", QKeySequence::Copy, Qt::WidgetWithChildrenShortcut);
    connect(m_copyIdsAction, &QAction::triggered, this, &TaskListWidget::copySelectedIds);
    m_findAction = make("findAction", QKeySequence::Find, Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    m_exportAction = make("exportAction", QKeySequence::UnknownKey, Qt::WindowShortcut);
    connect(m_exportAction, &QAction::triggered, this, &TaskListWidget::chooseExportFile);
    // The table's context menu offers the same actions as the menus.
    for (QAction *a :
         { m_deleteAction, m_stopFlow->action(), m_selectAllAction, m_copyIdsAction, m_refreshAction, m_exportAction })
        m_table->addAction(a);
}

void TaskListWidget::addStatusWidgets(QStatusBar *bar)
{
    bar->addWidget(m_statusCounts, 1);
    bar->addWidget(m_statusWarning);
    bar->addPermanentWidget(m_progress);
    m_statusCounts->show();
    m_statusWarning->show();
}

void TaskListWidget::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_dialog)
        m_dialog->reject(); // its plan belongs to the account being left
    m_session = session;
    m_stopFlow->setSession(session);
    m_feed->clear();
    m_model->clear(); // a new account: nothing of the old one may stay selectable
    m_results->setResults({});
    Q_EMIT resultsChanged(false);
    m_errorBar->hide();
    m_listIncomplete = false;
    m_loadFailed = false;
    m_model->setAgentsLoading(false);
    m_progress->finish();
    if (session) {
        connect(session, &AccountSession::ready, this, &TaskListWidget::refresh);
        connect(session, &AccountSession::failed, this, [this](const QString &problem, const SmsError &error) {
            SmsError e = error;
            if (!e.isError()) {
                e.kind = SmsErrorKind::InvalidResponse;
                e.message = problem;
            } else if (!problem.isEmpty()) {
                e.message = problem + QStringLiteral(" ") + e.message;
            }
            m_errorBar->showError(ErrorBar::Context::Connecting, e);
        });
        connect(session, &AccountSession::tokenRefreshFailed, this,
                [this](const SmsError &e) { m_errorBar->showError(ErrorBar::Context::RefreshingToken, e); });
        connect(session, &AccountSession::loadStarted, this, [this] {
            m_errorBar->hide();
            m_feed->flush(); // what an earlier listing delivered is not this one's
            m_model->beginListing();
            m_model->setAgentsLoading(true);
            m_loadFailed = false;
            m_progress->start(TaskProgressBar::Kind::Loading, 0);
            scheduleStatus();
        });
        connect(session, &AccountSession::tasksReceived, m_feed, &TaskFeed::add);
        connect(session, &AccountSession::loadProgress, m_progress, &TaskProgressBar::reportLoad);
        connect(session, &AccountSession::loadFinished, this, &TaskListWidget::onLoadFinished);
        connect(session, &AccountSession::deleteStarted, this, [this](int total) {
            m_progress->start(TaskProgressBar::Kind::Deleting, total);
            scheduleStatus();
        });
        connect(session, &AccountSession::deleteProgress, m_progress, &TaskProgressBar::report);
        connect(session, &AccountSession::busyChanged, this, &TaskListWidget::scheduleStatus); // Delete… waits
        connect(session, &AccountSession::deleteFinished, this, &TaskListWidget::onDeleteFinished);
        connect(session, &AccountSession::auditLogFailed, this, [this](const QString &path) {
            Q_EMIT statusMessage(tr("The audit log %1 could not be written.").arg(path), 10000);
        });
    }
    updateStatus();
}

void TaskListWidget::refresh()
{
    if (m_session)
        m_session->refresh();
}

void TaskListWidget::onLoadFinished(const AccountSession::LoadResult &result)
{
    m_progress->finish();
    m_feed->flush(); // the pages still gathered come before the end of the listing
    switch (result.merge) {
    case AccountSession::Merge::Replace:
        if (result.delivered)
            m_model->keepListed();
        else
            m_model->replaceAll(result.tasks);
        break;
    case AccountSession::Merge::Upsert:
        m_model->upsert(result.tasks);
        break;
    }
    m_model->setAgentsLoading(false);
    if (result.error.isError())
        m_errorBar->showError(ErrorBar::Context::Loading, result.error);
    m_listIncomplete = result.incomplete;
    m_loadFailed = result.error.isError();
    updateStatus();
    Q_EMIT loadFinished();
}

void TaskListWidget::deleteSelected()
{
    if (!m_session || !m_session->isReady() || m_session->isChanging())
        return;
    if (m_session->isLoading()) {
        Q_EMIT statusMessage(loadingReason(), 6000);
        return;
    }
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the tasks to delete first."), 4000);
        return;
    }
    openConfirmDialog(ids);
}

void TaskListWidget::openConfirmDialog(const QStringList &ids)
{
    const QList<Task> tasks = m_model->tasks(ids);
    if (!m_session || tasks.isEmpty() || (m_dialog && m_dialog->isVisible()) || m_session->isStopping())
        return;
    m_dialog = new ConfirmDeleteDialog(DeletePlan::build(tasks), m_session->account(), this);
    ConfirmDeleteDialog *dialog = m_dialog;
    const QPointer<AccountSession> account = m_session.data();
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        // The plan was made for `account`: it is never sent to another one.
        if (account && account == m_session)
            m_session->startDelete(dialog->plan().toRequest(dialog->decision()));
    });
    connect(dialog, &ConfirmDeleteDialog::stopAndDeleteRequested, m_stopFlow, &StopDeleteFlow::open);
    dialog->open(); // WA_DeleteOnClose: freed when it closes, accepted or not
}

void TaskListWidget::onDeleteFinished(const QList<DeleteResult> &results)
{
    QStringList gone;
    for (const DeleteResult &r : results) {
        if (r.isSuccess())
            gone.append(r.id);
    }
    m_feed->flush(); // a page gathered before the delete must not bring a deleted row back
    m_model->removeIds(gone);
    m_progress->finish();
    // The results (this session's only) after a timer, not a queued call: the event loop turns
    // (timers, a repaint) between the removal and them; together they froze the window ~170 ms.
    QTimer::singleShot(1, this, [this, results, session = QPointer<AccountSession>(m_session)] {
        if (session && session == m_session) {
            m_results->setResults(results);
            Q_EMIT resultsChanged(true);
        }
        updateStatus();
        Q_EMIT deleteFinished();
    });
}

void TaskListWidget::updateStatus()
{
    m_statusTimer->stop();
    const QStringList ids = m_table->selectedIds();
    int deletable = 0;
    for (const QString &id : ids) {
        const int row = m_model->indexOf(id);
        if (row >= 0 && m_model->verdictAt(row).deletability == Deletability::Deletable)
            ++deletable;
    }
    m_statusCounts->setText(tr("%n task(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                            + tr("%n shown", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ")
                            + tr("%n selected", nullptr, int(ids.size())) + QStringLiteral(" · ")
                            + tr("%n deletable among the selected", nullptr, deletable));
    using Empty = EmptyTableNote::Reason;
    const bool loading = m_session && m_session->isLoading();
    m_emptyNote->setReason(m_proxy->rowCount() > 0                                  ? Empty::None
                               : m_model->rowCount() > 0                            ? Empty::NothingMatches
                               : loading                                            ? Empty::Loading
                               : m_session && m_session->isReady() && !m_loadFailed ? Empty::NoTasks
                                                                                    : Empty::None);
    if (loading)
        m_statusWarning->setText(loadingReason());
    else if (m_loadFailed)
        m_statusWarning->setText(m_model->rowCount() == 0
                                     ? tr("Loading the tasks failed: nothing is listed. Refresh to try again.")
                                     : tr("Loading the tasks failed: tasks may be missing. Refresh to try again."));
    else
        m_statusWarning->setText(m_listIncomplete ? tr("The list may be incomplete: refresh to list again.")
                                                  : QString());
    updateActions();
}

void TaskListWidget::updateActions()
{
    const bool ready = m_session && m_session->isReady();
    const bool loading = ready && m_session->isLoading(); // Agent states still coming: no plan yet
    const bool busy = !ready || loading || m_session->isChanging();
    m_deleteAction->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    m_stopFlow->updateActions(busy, m_table->selectionModel()->hasSelection());
    m_deleteAction->setToolTip(loading ? loadingReason() : tr("Delete the selected tasks…"));
    m_refreshAction->setEnabled(ready && !loading);
}

void TaskListWidget::setAutoRefreshSeconds(int seconds)
{
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

void TaskListWidget::onAutoRefreshTick()
{
    // Paused while a dialog is open or anything runs: a refresh must never surprise a decision.
    if ((m_dialog && m_dialog->isVisible()) || !m_session || m_session->isBusy() || QApplication::activeModalWidget())
        return;
    m_session->refresh({}, false); // never lifts the hold after a 401: only the user does
}

void TaskListWidget::copySelectedIds()
{
    const QStringList ids = m_table->selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u'\n'));
}

bool TaskListWidget::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(path, CsvExport::toCsv(m_proxy, m_table->horizontalHeader()), error);
}

void TaskListWidget::chooseExportFile()
{
    CsvExport::chooseFile(this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error)) {
            Q_EMIT statusMessage(tr("Exported %n row(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 6000);
            return;
        }
        SmsError e;
        e.kind = SmsErrorKind::InvalidResponse;
        e.message = path + QStringLiteral(": ") + error;
        m_errorBar->showError(ErrorBar::Context::Exporting, e);
    });
}

void TaskListWidget::showKeychainProblem(const QString &profileName, SecretStore::Status status, int timeoutMs)
{
    m_errorBar->showKeychainProblem(profileName, status, timeoutMs);
}

void TaskListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        colourWarning();
    QWidget::changeEvent(event);
}

QString TaskListWidget::loadingReason()
{
    return tr("Deleting is possible once the list has loaded: the Agent states are still coming.");
}

void TaskListWidget::colourWarning()
{
    m_statusWarning->setStyleSheet(ToneColors::textRule(ToneColors::Tone::Error, palette()));
}

void TaskListWidget::retranslate()
{
    m_refreshAction->setText(tr("&Refresh"));
    m_deleteAction->setText(tr("&Delete…"));
    m_selectAllAction->setText(tr("Select &all"));
    m_copyIdsAction->setText(tr("&Copy task IDs"));
    m_findAction->setText(tr("&Find"));
    m_exportAction->setText(tr("&Export visible rows…"));
    m_model->retranslate();
    updateStatus();
}
