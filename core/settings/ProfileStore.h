#pragma once

#include "settings/Profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

// Saved profiles in QSettings, one group per profile id under "profiles/". Non-secret fields only:
// no AK, SK, token or password is ever written here (they go to the keychain via ProfileSecrets).
// Core only, no widgets: shared by the GUI and sms-tasks.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's QSettings (organization and application names must be set).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own (tests, or a --config option).
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // saved ones, sorted by name, without secrets
    Profile profile(const QString &id) const; // without secrets; an empty id when unknown
    bool contains(const QString &id) const;
    // For `sms-tasks --profile NAME`: an id, an exact name, or a name differing only in case when
    // that is unique. Empty when nothing (or more than one) matches.
    QString findId(const QString &nameOrId) const;
    // Writes the non-secret fields; gives a new profile its id. Returns the id (empty for the demo and
    // environment profiles, which are never written).
    QString save(const Profile &profile);
    // Removes the profile's settings (its keychain entries are ProfileSecrets::remove's job).
    void remove(const QString &id);

    // May also be Profile::demoId() or Profile::environmentId().
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    QString fileName() const;
    // A fresh id for a new profile (so its secrets can be saved before its settings).
    static QString newId();

Q_SIGNALS:
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};
