#pragma once

#include "settings/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AccountSession;

// "Test connection" of the profile dialog: opens the profile as an AccountSession and sends its one
// probe (a signed GET /v3/tasks?limit=1), on request only, one at a time, never repeated: a wrong
// key must not spend more signatures towards the AK lockout.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    using Text = std::function<QString()>; // the outcome, in the language current when it is shown

    explicit ConnectionTest(QObject *parent = nullptr);

    bool isRunning() const;
    void start(const Profile &profile, int timeoutMs);

Q_SIGNALS:
    void finished(bool ok, const ConnectionTest::Text &text);

private:
    void finish(bool ok, const Text &text);

    QPointer<AccountSession> m_session;
};
