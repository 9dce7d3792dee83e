#pragma once

#include "secrets/ProfileSecrets.h"

// What a ProfileSecrets call answered, for tests that wait on it (QTRY_VERIFY(o.done)).
struct SecretsOutcome
{
    bool done = false;
    Profile profile;
    SecretStore::Status status = SecretStore::Status::Failed;
    QString message;

    // A callback that fills this outcome; it resets it first.
    ProfileSecrets::Done collect()
    {
        *this = SecretsOutcome();
        return [this](const Profile &p, SecretStore::Status s, const QString &m) {
            done = true;
            profile = p;
            status = s;
            message = m;
        };
    }
};
