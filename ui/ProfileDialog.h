#pragma once

#include "model/SmsError.h"
#include "settings/Profile.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ProfileSecrets;
class ProfileStore;
class ConnectionTest;

// Creates or edits a saved profile: validation (AK/SK shape, endpoint URLs, region), "Test
// connection" (one signed GET /v3/tasks?limit=1, on click only, never repeated), and saving the
// non-secret fields to ProfileStore and the secrets to the keychain — or, when the keychain fails
// or the user asks, for this session only. Open it with open(); it deletes itself on close.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // A profile with an empty id is a new one. An existing one's secrets are loaded asynchronously.
    ProfileDialog(ProfileStore *store, ProfileSecrets *secrets, const Profile &profile = Profile(),
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The form as a profile, secrets included (memory only).
    Profile profile() const;
    // Shows a keychain problem (e.g. the profile's secrets could not be loaded) and offers to use
    // the secrets for this session only.
    void showKeychainProblem(const QString &message);
    void setTestTimeoutMs(int ms) { m_testTimeoutMs = ms; }
    QString statusText() const;

public Q_SLOTS:
    void testConnection();
    void accept() override; // validates, then saves asynchronously; closes when saved

Q_SIGNALS:
    // Emitted just before the dialog closes accepted.
    void profileSaved(const QString &id, bool sessionOnly);
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };
    QLabel *addRow(QWidget *field, const char *objectName);
    void retranslate();
    void updateVisibleRows();
    void updateEndpointHints();
    void setStatus(Tone tone, std::function<QString()> text);
    void setBusy(bool busy);
    void fillSecrets(const Profile &withSecrets);
    QStringList problems(bool forTest) const;
    void finishSave(bool sessionOnly);
    void saveForSessionOnly();
    void chooseCaBundle();

    ProfileStore *m_store;
    ProfileSecrets *m_secrets;
    Profile m_original;
    QString m_id;
    int m_testTimeoutMs = 30000;
    ConnectionTest *m_test;
    bool m_loadingSecrets = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_smsEndpoint = nullptr;
    QLineEdit *m_iamEndpoint = nullptr;
    QComboBox *m_authMethod = nullptr;
    QLineEdit *m_ak = nullptr;
    QLineEdit *m_sk = nullptr;
    QLineEdit *m_securityToken = nullptr;
    QLineEdit *m_iamUser = nullptr;
    QLineEdit *m_iamPassword = nullptr;
    QLineEdit *m_iamDomain = nullptr;
    QLineEdit *m_projectId = nullptr;
    QLineEdit *m_domainId = nullptr;
    QLineEdit *m_enterpriseProject = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels; // row label and its source text
    std::function<QString()> m_statusText;
};
