#pragma once

#include "secrets/SecretStore.h"
#include "settings/Profile.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

// Loads, saves and removes every secret of a profile through a SecretStore, one callback per call.
// Keychain keys are "<profileId>/<field>" in the store's service ("sms-task-manager"). The demo and
// environment profiles never reach the store. Secrets the user chose to keep "for this session only"
// are held here, in memory, and never written.
class ProfileSecrets : public QObject
{
    Q_OBJECT

public:
    enum class Field { Ak, Sk, SecurityToken, IamPassword, IamToken };
    // `profile` is the input profile with its secrets filled in (load) or as given (save, remove).
    using Done = std::function<void(const Profile &profile, SecretStore::Status status, const QString &message)>;

    explicit ProfileSecrets(SecretStore *store, QObject *parent = nullptr);

    SecretStore *store() const { return m_store; }

    // NotFound (with a message naming the missing fields) only when the keychain is known to work.
    void load(const Profile &profile, QObject *context, Done done);
    // Writes the fields of the profile's auth method and deletes the others (a cached IAM token is
    // kept only for IAM password profiles). The profile needs its id (ProfileStore::newId()).
    void save(const Profile &profile, QObject *context, Done done);
    // Deletes every field of the profile ("not found" counts as deleted) and its session secrets.
    void remove(const Profile &profile, QObject *context, Done done);

    // "Use the secret for this session only": memory only, until forgotten or the app ends.
    void keepForSession(const Profile &withSecrets);
    void forgetSession(const QString &profileId);
    bool hasSessionSecrets(const QString &profileId) const { return m_session.contains(profileId); }

    static QString key(const QString &profileId, Field field);
    static QList<Field> allFields();
    static QList<Field> requiredFields(Profile::AuthMethod method);
    static QString fieldLabel(Field field); // localized, e.g. "SK"

private:
    struct Step
    {
        enum class Kind { Read, Write, Remove } kind = Kind::Read;
        Field field = Field::Ak;
        QByteArray data;
        bool required = false;
    };
    struct Job
    {
        Profile profile;
        QList<Step> steps;
        int next = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
        QStringList missing;
        bool saving = false;
    };

    void run(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, SecretStore::Status status, const QString &message);
    void answerLater(const Profile &profile, QObject *context, Done done, SecretStore::Status status,
                     const QString &message);
    static QByteArray value(const Profile &profile, Field field);
    static void setValue(Profile &profile, Field field, const QByteArray &data);

    SecretStore *m_store;
    QHash<QString, Profile> m_session;
};
