#pragma once

#include "model/SmsError.h"

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
    enum class Context { Connecting, Loading, RefreshingToken, Exporting };

    explicit ErrorBar(QWidget *parent = nullptr);

    void showError(Context context, const SmsError &error);
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

    Context m_context = Context::Loading;
    SmsError m_error;
    QLabel *m_label;
    QPushButton *m_details;
    QPushButton *m_retry;
    QPushButton *m_editAccount;
    QPushButton *m_close;
};
