#pragma once

#include "Credentials.h"

#include <QString>
#include <QUrl>

// Which account and endpoint the app talks to. Non-secret fields only are ever persisted;
// `credentials` holds the secrets in memory (from the keychain, the environment or the demo).
struct Profile
{
    enum class Kind { Demo, Environment, Saved };

    QString name;
    Kind kind = Kind::Saved;
    QString region;
    QUrl endpoint;
    Credentials credentials;

    bool isDemo() const { return kind == Kind::Demo; }
    // "project 0b7d…" or "account 5a9d…": the scope the requests carry.
    QString accountLabel() const;

    static Profile demo(const QUrl &sandboxUrl, const Credentials &credentials, const QString &region);
};
