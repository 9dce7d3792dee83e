#pragma once

#include "model/SmsError.h"
#include "secrets/SecretStore.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A non-blocking bar above the table for errors outside deletes (loading, auth, network), with the
// code, the explanation, the service's message, HTTP status and request id.
class ErrorBar : public QFrame
{
    Q_OBJECT

public:
    // What was being done when the error came: the bar's first line, in the current language.
    enum class Context { Connecting, Loading, RefreshingToken, Exporting, ReadingKeychain };

    explicit ErrorBar(QWidget *parent = nullptr);

    void showError(Context context, const SmsError &error);
    // The account's keys could not be read: what to do, Retry (reads again; nothing is signed) and
    // Edit account… (enter them, or keep them for this session only).
    void showKeychainProblem(const QString &profileName, SecretStore::Status status, int timeoutMs);
    Context context() const { return m_context; }
    const SmsError &error() const { return m_error; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    // Offered instead of Retry after a 401: another signed try would count toward the AK's lockout.
    void editAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours(); // from the palette: rebuilt when the theme changes
    QString contextText() const;
    bool isAuthFailure() const;
    QString keychainText() const;

    Context m_context = Context::Loading;
    SmsError m_error;
    SecretStore::Status m_keychainStatus = SecretStore::Status::Ok;
    int m_keychainTimeoutMs = 0;
    QString m_profileName;
    QLabel *m_label;
    QPushButton *m_details;
    QPushButton *m_retry;
    QPushButton *m_editAccount;
    QPushButton *m_close;
};
