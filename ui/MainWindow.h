#pragma once

#include "settings/Profile.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class AccountBanner;
class AccountSession;
class AutoRefreshMenu;
class QAction;
class QDockWidget;
class RefreshInfo;
class SourceCleanupBar;
class ProfileSecrets;
class ProfileSelector;
class ProfileStore;
class TaskListWidget;

// The frame: menus, toolbar, the account banner, the results dock and the window's settings. It
// opens the chosen profile (its secrets from the keychain, asynchronously) as an AccountSession and
// hands that to the task list; the stores are created by the application and handed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, ProfileSecrets *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoProfile(const Profile &demo);
    void setEnvironmentProfile(const std::optional<Profile> &environment);
    // The profile to open on: the last used one, else the environment, else the demo.
    QString initialProfileId() const;
    const Profile &profile() const { return m_profile; }

public Q_SLOTS:
    // Loads the profile's secrets (keychain for saved ones), opens it and reloads the table.
    void chooseProfile(const QString &id);

Q_SIGNALS:
    void profileActivated(const QString &id);
    void profileFailed(const QString &id, const QString &problem);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void activate(const Profile &profile);
    void createMenus();
    void retranslate();
    void openAuditLog();
    void restoreSettings();
    void saveSettings() const;

    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    Profile m_profile;
    Profile m_demoProfile;
    std::optional<Profile> m_environmentProfile;
    QPointer<AccountSession> m_session;
    QPointer<QObject> m_closeOnceDone; // while a close waits for the operation in flight
    ProfileSelector *m_selector;
    AccountBanner *m_banner;
    TaskListWidget *m_list;
    QDockWidget *m_resultsDock;
    RefreshInfo *m_refreshInfo;
    SourceCleanupBar *m_sourceCleanup;
    AutoRefreshMenu *m_autoRefreshMenu = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
