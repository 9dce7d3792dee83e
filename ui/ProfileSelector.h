#pragma once

#include "settings/Profile.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QToolButton;
class ProfileDialog;
class ProfileSecrets;
class ProfileStore;

// The toolbar's account chooser: the demo, the environment (when its variables are set) and the
// saved profiles, then "Add account…"; "Edit…" and "Delete…" act on the current saved profile.
// Never blocks: dialogs are opened with open(), the keychain is asked asynchronously.
class ProfileSelector : public QWidget
{
    Q_OBJECT

public:
    ProfileSelector(ProfileStore *store, ProfileSecrets *secrets, QWidget *parent = nullptr);

    void setEnvironmentProfile(const std::optional<Profile> &profile);
    void setDemoAvailable(bool available);
    QString currentId() const;
    // Selects without emitting profileChosen (e.g. when restoring the last used profile).
    void setCurrentId(const QString &id);
    // The built-in or saved profile of an id, without secrets; an empty id when unknown.
    Profile profile(const QString &id) const;
    QStringList ids() const;

    QComboBox *comboBox() const { return m_combo; }
    ProfileDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    // Each opens a dialog and returns at once.
    void addAccount();
    void editCurrent();
    // Also used after a failed keychain read: the dialog shows `problem` and offers "this session only".
    void editProfile(const QString &id, const QString &problem = QString());
    void deleteCurrent();
    void reload();

Q_SIGNALS:
    // The user picked a profile, added one, edited the current one, or deleted the current one (then
    // `id` is the fallback). The receiver loads its secrets (ProfileSecrets::load) and reloads the table.
    void profileChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onActivated(int index);
    void updateButtons();
    void openDialog(const Profile &profile, const QString &problem);
    void removeProfile(const Profile &profile); // its keychain entries are already gone, or kept on purpose
    QString fallbackId(const QString &removedId) const;

    ProfileStore *m_store;
    ProfileSecrets *m_secrets;
    std::optional<Profile> m_environment;
    bool m_demoAvailable = true;
    QString m_currentId;
    QComboBox *m_combo;
    QToolButton *m_edit;
    QToolButton *m_delete;
    QPointer<ProfileDialog> m_dialog;
};
