#pragma once

#include "ops/AccountSession.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QStatusBar;
class QTimer;
class ConfirmDeleteDialog;
class DeleteResultsView;
class ErrorBar;
class FilterBar;
class EmptyTableNote;
class StopDeleteFlow;
class TaskFeed;
class TaskFilterProxy;
class TaskProgressBar;
class TaskTableModel;
class TaskTableView;

// The task list of the open account: the table with its filters, the error bar, the status counts
// and progress, and the delete flow (selection → plan → ConfirmDeleteDialog → AccountSession →
// results). It talks to its AccountSession only, through signals and plain data.
class TaskListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TaskListWidget(QWidget *parent = nullptr);
    ~TaskListWidget() override;

    // The account to show; nullptr while none is open. A new session empties the table and drops
    // the previous account's delete results: nothing ever carries over to another account.
    void setSession(AccountSession *session);
    AccountSession *session() const { return m_session; }

    // Placed by the frame into its menus, toolbar and status bar.
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *copyIdsAction() const { return m_copyIdsAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *exportAction() const { return m_exportAction; }
    StopDeleteFlow *stopDeleteFlow() const { return m_stopFlow; } // Stop and delete…, Cancel Stopping
    DeleteResultsView *resultsView() const { return m_results; }
    TaskTableModel *model() const { return m_model; } // every listed task, whatever the filters
    void addStatusWidgets(QStatusBar *bar);

    void setAutoRefreshSeconds(int seconds); // 0: off
    // The account's keys could not be read: the bar says what to do, with Retry and Edit account….
    void showKeychainProblem(const QString &profileName, SecretStore::Status status, int timeoutMs);
    // Writes the rows shown (filters and sorting applied) as CSV; false with a reason.
    bool exportCsv(const QString &path, QString *error) const;
    TaskTableView *table() const { return m_table; } // its layout is saved by the frame
    bool lastLoadFailed() const { return m_loadFailed; }

public Q_SLOTS:
    void refresh();
    void deleteSelected();

Q_SIGNALS:
    void editAccountRequested(); // after a 401: the account is checked, not tried again
    void loadFinished();
    void deleteFinished();
    void resultsChanged(bool any); // the frame shows or hides the results dock
    void reconnectRequested(); // Retry after the account could not be opened
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void scheduleStatus() { m_statusTimer->start(); } // the counts once per event-loop turn
    void updateStatus();
    void updateActions();
    void openConfirmDialog(const QStringList &ids);
    void onLoadFinished(const AccountSession::LoadResult &result);
    void onDeleteFinished(const QList<DeleteResult> &results);
    void onAutoRefreshTick();
    void colourWarning(); // readable in the current theme
    static QString loadingReason(); // why Delete waits while a listing runs
    void copySelectedIds();
    void chooseExportFile();

    QPointer<AccountSession> m_session;
    TaskTableModel *m_model;
    TaskFilterProxy *m_proxy;
    TaskTableView *m_table;
    FilterBar *m_filterBar;
    ErrorBar *m_errorBar;
    DeleteResultsView *m_results;
    QLabel *m_statusCounts;
    QLabel *m_statusWarning;
    TaskProgressBar *m_progress;
    QTimer *m_autoRefresh;
    QTimer *m_statusTimer;
    TaskFeed *m_feed; // pages gathered into one merge per FeedIntervalMs while loading
    static constexpr int FeedIntervalMs = 100;
    EmptyTableNote *m_emptyNote; // over the viewport when no row is shown
    StopDeleteFlow *m_stopFlow;
    QAction *m_refreshAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_copyIdsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<ConfirmDeleteDialog> m_dialog;
    bool m_listIncomplete = false;
    bool m_loadFailed = false; // the last listing ended with an error
};
