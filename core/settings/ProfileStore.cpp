#include "settings/ProfileStore.h"

#include "secrets/SecretStore.h"

#include <QCollator>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {
const QString Group = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("profiles/lastUsed");

QString groupOf(const QString &id)
{
    return Group + QLatin1Char('/') + id;
}

// Ids become QSettings groups and keychain keys: a UUID or nothing.
bool isValidId(const QString &id)
{
    return !id.isEmpty() && !QUuid::fromString(id).isNull() && !id.contains(QLatin1Char('/'));
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> out;
    for (const QString &id : ids) {
        if (isValidId(id))
            out.append(profile(id));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(),
                     [&collator](const Profile &a, const Profile &b) { return collator.compare(a.name, b.name) < 0; });
    return out;
}

bool ProfileStore::contains(const QString &id) const
{
    return isValidId(id) && m_settings->contains(groupOf(id) + QStringLiteral("/name"));
}

Profile ProfileStore::profile(const QString &id) const
{
    Profile p;
    if (!contains(id))
        return p;
    m_settings->beginGroup(groupOf(id));
    p.id = id;
    p.kind = Profile::Kind::Saved;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.authMethod = Profile::authMethodFromKey(m_settings->value(QStringLiteral("authMethod")).toString());
    p.region = m_settings->value(QStringLiteral("region")).toString();
    p.smsEndpoint = m_settings->value(QStringLiteral("smsEndpoint")).toString();
    p.iamEndpoint = m_settings->value(QStringLiteral("iamEndpoint")).toString();
    p.credentials.projectId = m_settings->value(QStringLiteral("projectId")).toString();
    p.credentials.domainId = m_settings->value(QStringLiteral("domainId")).toString();
    p.iamUser = m_settings->value(QStringLiteral("iamUser")).toString();
    p.iamDomain = m_settings->value(QStringLiteral("iamDomain")).toString();
    p.enterpriseProjectId = m_settings->value(QStringLiteral("enterpriseProjectId")).toString();
    p.caBundlePath = m_settings->value(QStringLiteral("caBundlePath")).toString();
    m_settings->endGroup();
    p.resolveEndpoint();
    return p;
}

QString ProfileStore::findId(const QString &nameOrId) const
{
    if (contains(nameOrId))
        return nameOrId;
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.name == nameOrId)
            return p.id;
    }
    QString found;
    for (const Profile &p : all) {
        if (p.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            if (!found.isEmpty())
                return {}; // ambiguous
            found = p.id;
        }
    }
    return found;
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.kind != Profile::Kind::Saved) {
        qCWarning(lcSecrets) << "the demo and environment profiles are never saved";
        return {};
    }
    QString id = profile.id;
    if (!isValidId(id))
        id = newId();
    // Non-secret fields only. The credentials' ak/sk/securityToken/authToken and iamPassword are
    // deliberately absent.
    m_settings->beginGroup(groupOf(id));
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("authMethod"), Profile::authMethodKey(profile.authMethod));
    m_settings->setValue(QStringLiteral("region"), profile.region.trimmed());
    m_settings->setValue(QStringLiteral("smsEndpoint"), profile.smsEndpoint.trimmed());
    m_settings->setValue(QStringLiteral("iamEndpoint"), profile.iamEndpoint.trimmed());
    m_settings->setValue(QStringLiteral("projectId"), profile.credentials.projectId.trimmed());
    m_settings->setValue(QStringLiteral("domainId"), profile.credentials.domainId.trimmed());
    m_settings->setValue(QStringLiteral("iamUser"), profile.iamUser.trimmed());
    m_settings->setValue(QStringLiteral("iamDomain"), profile.iamDomain.trimmed());
    m_settings->setValue(QStringLiteral("enterpriseProjectId"), profile.enterpriseProjectId.trimmed());
    m_settings->setValue(QStringLiteral("caBundlePath"), profile.caBundlePath.trimmed());
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT profilesChanged();
    return id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isValidId(id))
        return;
    m_settings->remove(groupOf(id));
    if (lastUsedId() == id)
        m_settings->remove(LastUsedKey);
    m_settings->sync();
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(LastUsedKey).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(LastUsedKey);
    else
        m_settings->setValue(LastUsedKey, id);
    m_settings->sync();
}
