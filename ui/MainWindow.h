#pragma once

#include "settings/Profile.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

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
class ProfileSecrets;
class ProfileSelector;
class ProfileStore;
class QPushButton;
class SecretStore;
class SessionSetup;
class LoadOperation;
class SmsClient;
class TaskFilterProxy;
class TaskTableModel;
struct Task;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // An empty window: give it the demo and environment profiles, then start() on one.
    explicit MainWindow(QWidget *parent = nullptr);
    // Opens directly on `profile` (with its secrets), e.g. the demo.
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoProfile(const Profile &demo);
    void setEnvironmentProfile(const std::optional<Profile> &environment);
    // The profile to open on: an explicit id, else the last used one, else the environment, else
    // the demo with a prompt to add an account.
    QString initialProfileId() const;
    const Profile &profile() const { return m_profile; }
    ProfileSelector *profileSelector() const { return m_selector; }
    ProfileStore *profileStore() const { return m_profiles; }

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
    // Loads the profile's secrets (keychain for saved ones), connects and reloads the table.
    void chooseProfile(const QString &id);
    void refresh();
    void deleteSelected();

Q_SIGNALS:
    void profileActivated(const QString &id);
    void profileFailed(const QString &id, const QString &problem);
    void loadFinished();
    void deleteFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void activate(const Profile &profile);
    void createActions();
    void createWidgets();
    void retranslate();
    void updateStatus();
    void updateBanner();
    QString profileName() const;
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

    TaskTableModel *m_model;
    TaskFilterProxy *m_proxy;
    Profile m_profile;
    Profile m_demoProfile;
    std::optional<Profile> m_environmentProfile;
    ProfileStore *m_profiles;
    SecretStore *m_secretStore;
    ProfileSecrets *m_secrets;
    ProfileSelector *m_selector = nullptr;
    SessionSetup *m_session = nullptr;
    SmsClient *m_client = nullptr;
    QPushButton *m_addAccountButton = nullptr;
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
