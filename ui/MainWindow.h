#pragma once

#include "Profile.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QTimer;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class ConfirmDeleteDialog;
class DeleteOperation;
class DeleteResultsView;
class ErrorBar;
class FilterBar;
class LoadOperation;
class SmsClient;
class TaskFilterProxy;
class TaskTableModel;
struct Task;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    SmsClient *client() const { return m_client; }
    TaskTableModel *model() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DeleteResultsView *resultsView() const { return m_results; }
    ErrorBar *errorBar() const { return m_errorBar; }
    bool isBusy() const;
    FilterBar *filterBar() const { return m_filterBar; }
    QTimer *autoRefreshTimer() const { return m_autoRefresh; }
    // Exports the visible rows to `path` as CSV; returns false with a reason.
    bool exportCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void refresh();
    void deleteSelected();

Q_SIGNALS:
    void loadFinished();
    void deleteFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslate();
    void updateStatus();
    void updateBanner();
    QStringList selectedVisibleIds() const;
    void openConfirmDialog(const QList<Task> &tasks);
    void startDelete(ConfirmDeleteDialog *dialog);
    void onLoadFinished();
    void onDeleteFinished();
    void copySelectedIds();
    void showColumnMenu(const QPoint &pos);
    void chooseExportFile();
    void openAuditLog();
    void setAutoRefreshSeconds(int seconds);
    void onAutoRefreshTick();
    void setLanguage(const QString &language);
    void restoreSettings();
    void saveSettings() const;

    Profile m_profile;
    SmsClient *m_client;
    TaskTableModel *m_model;
    TaskFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTimer *m_autoRefresh = nullptr;
    QActionGroup *m_autoRefreshGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_autoRefreshMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_quitAction = nullptr;
    QComboBox *m_profileBox = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_statusWarning = nullptr;
    QProgressBar *m_progress = nullptr;
    ErrorBar *m_errorBar = nullptr;
    DeleteResultsView *m_results = nullptr;
    QDockWidget *m_resultsDock = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_copyIdsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<LoadOperation> m_load;
    QPointer<DeleteOperation> m_delete;
    QPointer<ConfirmDeleteDialog> m_dialog;
    bool m_listIncomplete = false;
};
