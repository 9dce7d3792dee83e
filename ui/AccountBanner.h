#pragma once

#include "ops/AccountSession.h"
#include "settings/Profile.h"
#include "ui/ToneColors.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

// The line above the table that says which account every action goes to: profile, scope, masked
// AK, region and endpoint; the demo is marked as such and offers to add a real account.
class AccountBanner : public QWidget
{
    Q_OBJECT

public:
    explicit AccountBanner(QWidget *parent = nullptr);

    // The profile being opened and, once it is, its session (for what the requests really carry).
    void setAccount(const Profile &profile, AccountSession *session);
    QString text() const;

Q_SIGNALS:
    void addAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyTone(ToneColors::Tone tone); // from the palette: rebuilt when the theme changes

    Profile m_profile;
    QPointer<AccountSession> m_session;
    QLabel *m_label;
    QPushButton *m_addAccount;
    ToneColors::Tone m_tone = ToneColors::Tone::Neutral;
};
