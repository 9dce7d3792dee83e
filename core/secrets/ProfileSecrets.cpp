#include "secrets/ProfileSecrets.h"

#include <QMetaObject>

ProfileSecrets::ProfileSecrets(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString ProfileSecrets::key(const QString &profileId, Field field)
{
    QString name;
    switch (field) {
    case Field::Ak:
        name = QStringLiteral("ak");
        break;
    case Field::Sk:
        name = QStringLiteral("sk");
        break;
    case Field::SecurityToken:
        name = QStringLiteral("securityToken");
        break;
    case Field::IamPassword:
        name = QStringLiteral("iamPassword");
        break;
    case Field::IamToken:
        name = QStringLiteral("iamToken");
        break;
    }
    return profileId + QLatin1Char('/') + name;
}

QList<ProfileSecrets::Field> ProfileSecrets::allFields()
{
    return { Field::Ak, Field::Sk, Field::SecurityToken, Field::IamPassword, Field::IamToken };
}

QList<ProfileSecrets::Field> ProfileSecrets::requiredFields(Profile::AuthMethod method)
{
    switch (method) {
    case Profile::AuthMethod::AkSk:
        return { Field::Ak, Field::Sk };
    case Profile::AuthMethod::TemporaryAkSk:
        return { Field::Ak, Field::Sk, Field::SecurityToken };
    case Profile::AuthMethod::IamPassword:
        return { Field::IamPassword };
    }
    return {};
}

QString ProfileSecrets::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ak:
        return tr("AK");
    case Field::Sk:
        return tr("SK");
    case Field::SecurityToken:
        return tr("security token");
    case Field::IamPassword:
        return tr("IAM password");
    case Field::IamToken:
        return tr("cached IAM token");
    }
    return {};
}

QByteArray ProfileSecrets::value(const Profile &profile, Field field)
{
    switch (field) {
    case Field::Ak:
        return profile.credentials.ak;
    case Field::Sk:
        return profile.credentials.sk;
    case Field::SecurityToken:
        return profile.credentials.securityToken;
    case Field::IamPassword:
        return profile.iamPassword.toUtf8();
    case Field::IamToken:
        return profile.credentials.authToken;
    }
    return {};
}

void ProfileSecrets::setValue(Profile &profile, Field field, const QByteArray &data)
{
    switch (field) {
    case Field::Ak:
        profile.credentials.ak = data;
        break;
    case Field::Sk:
        profile.credentials.sk = data;
        break;
    case Field::SecurityToken:
        profile.credentials.securityToken = data;
        break;
    case Field::IamPassword:
        profile.iamPassword = QString::fromUtf8(data);
        break;
    case Field::IamToken:
        profile.credentials.authToken = data;
        break;
    }
}

void ProfileSecrets::keepForSession(const Profile &withSecrets)
{
    if (!withSecrets.id.isEmpty())
        m_session.insert(withSecrets.id, withSecrets);
}

void ProfileSecrets::forgetSession(const QString &profileId)
{
    m_session.remove(profileId);
}

void ProfileSecrets::load(const Profile &profile, QObject *context, Done done)
{
    if (!profile.usesKeychain())
        return answerLater(profile, context, std::move(done), SecretStore::Status::Ok, {});
    if (m_session.contains(profile.id)) {
        Profile p = profile; // the latest non-secret fields, the session's secrets
        const Profile &kept = m_session[profile.id];
        for (Field f : allFields())
            setValue(p, f, value(kept, f));
        return answerLater(p, context, std::move(done), SecretStore::Status::Ok, {});
    }
    auto job = std::make_shared<Job>();
    job->profile = profile;
    job->profile.clearSecrets();
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    const QList<Field> required = requiredFields(profile.authMethod);
    for (Field f : required)
        job->steps.append({ Step::Kind::Read, f, {}, true });
    if (profile.authMethod == Profile::AuthMethod::IamPassword)
        job->steps.append({ Step::Kind::Read, Field::IamToken, {}, false });
    run(job);
}

void ProfileSecrets::save(const Profile &profile, QObject *context, Done done)
{
    if (!profile.usesKeychain())
        return answerLater(profile, context, std::move(done), SecretStore::Status::Failed,
                           tr("The demo and environment profiles are never saved."));
    if (profile.id.isEmpty())
        return answerLater(profile, context, std::move(done), SecretStore::Status::Failed,
                           tr("The profile has no id yet."));
    auto job = std::make_shared<Job>();
    job->profile = profile;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->saving = true;
    const QList<Field> required = requiredFields(profile.authMethod);
    QList<Field> stale;
    for (Field f : allFields()) {
        const bool keep
            = required.contains(f) || (f == Field::IamToken && profile.authMethod == Profile::AuthMethod::IamPassword);
        if (keep && !value(profile, f).isEmpty())
            job->steps.append({ Step::Kind::Write, f, value(profile, f), true });
        else
            stale.append(f);
    }
    // Writes first: they also prove the keychain works, so the deletes' "not found" is believed.
    for (Field f : stale)
        job->steps.append({ Step::Kind::Remove, f, {}, false });
    run(job);
}

void ProfileSecrets::remove(const Profile &profile, QObject *context, Done done)
{
    m_session.remove(profile.id);
    if (!profile.usesKeychain() || profile.id.isEmpty())
        return answerLater(profile, context, std::move(done), SecretStore::Status::Ok, {});
    auto job = std::make_shared<Job>();
    job->profile = profile;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    for (Field f : allFields())
        job->steps.append({ Step::Kind::Remove, f, {}, false });
    run(job);
}

void ProfileSecrets::run(const std::shared_ptr<Job> &job)
{
    if (job->hasContext && !job->context)
        return; // the caller is gone: stop here, nothing more to do for it
    if (job->next >= job->steps.size()) {
        if (!job->missing.isEmpty())
            return finish(job, SecretStore::Status::NotFound,
                          tr("The keychain has no %1 for the profile \"%2\". Edit the profile to enter it again.")
                              .arg(job->missing.join(QStringLiteral(", ")), job->profile.name));
        return finish(job, SecretStore::Status::Ok, {});
    }
    const Step step = job->steps.at(job->next++);
    const QString k = key(job->profile.id, step.field);
    auto next = [this, job, step](const SecretStore::Result &r) {
        switch (r.status) {
        case SecretStore::Status::Ok:
            if (step.kind == Step::Kind::Read)
                setValue(job->profile, step.field, r.data);
            return run(job);
        case SecretStore::Status::NotFound:
            if (step.kind == Step::Kind::Read && step.required)
                job->missing.append(fieldLabel(step.field));
            if (step.kind == Step::Kind::Write)
                return finish(job, SecretStore::Status::Failed, SecretStore::message(SecretStore::Status::Failed));
            return run(job);
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Locked:
        case SecretStore::Status::AccessDenied:
        case SecretStore::Status::Timeout:
        case SecretStore::Status::Failed:
            return finish(job, r.status, r.message);
        }
    };
    switch (step.kind) {
    case Step::Kind::Read:
        m_store->read(k, this, next);
        break;
    case Step::Kind::Write:
        m_store->write(k, step.data, this, next);
        break;
    case Step::Kind::Remove:
        m_store->remove(k, this, next);
        break;
    }
}

void ProfileSecrets::finish(const std::shared_ptr<Job> &job, SecretStore::Status status, const QString &message)
{
    if (job->saving && status == SecretStore::Status::Ok)
        m_session.remove(job->profile.id); // the keychain has them now
    if (job->hasContext && !job->context)
        return;
    if (job->done)
        job->done(job->profile, status, message);
}

void ProfileSecrets::answerLater(const Profile &profile, QObject *context, Done done, SecretStore::Status status,
                                 const QString &message)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [profile, guard, hasContext, done, status, message] {
            if (hasContext && !guard)
                return;
            if (done)
                done(profile, status, message);
        },
        Qt::QueuedConnection);
}
