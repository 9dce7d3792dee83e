#include "ui/ProfileSelector.h"

#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/ProfileDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace {
const QString AddEntry = QStringLiteral("__add__");
}

ProfileSelector::ProfileSelector(ProfileStore *store, ProfileSecrets *secrets, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_combo(new QComboBox)
    , m_edit(new QToolButton)
    , m_delete(new QToolButton)
{
    setObjectName(QStringLiteral("profileSelector"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_edit);
    layout->addWidget(m_delete);
    // activated(): user choices only, never our own programmatic changes.
    connect(m_combo, &QComboBox::activated, this, &ProfileSelector::onActivated);
    connect(m_edit, &QToolButton::clicked, this, &ProfileSelector::editCurrent);
    connect(m_delete, &QToolButton::clicked, this, &ProfileSelector::deleteCurrent);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileSelector::reload);
    reload();
    retranslate();
}

void ProfileSelector::setEnvironmentProfile(const std::optional<Profile> &profile)
{
    m_environment = profile;
    reload();
}

void ProfileSelector::setDemoAvailable(bool available)
{
    m_demoAvailable = available;
    reload();
}

QString ProfileSelector::currentId() const
{
    return m_currentId;
}

void ProfileSelector::setCurrentId(const QString &id)
{
    m_currentId = id;
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    updateButtons();
}

QStringList ProfileSelector::ids() const
{
    QStringList out;
    for (int i = 0; i < m_combo->count(); ++i) {
        const QString id = m_combo->itemData(i).toString();
        if (!id.isEmpty() && id != AddEntry)
            out.append(id);
    }
    return out;
}

Profile ProfileSelector::profile(const QString &id) const
{
    if (id == Profile::environmentId() && m_environment)
        return *m_environment;
    if (id == Profile::demoId()) {
        Profile demo = Profile::demo({}, {}, {});
        return demo; // the caller (who runs the sandbox) fills in its URL and credentials
    }
    return m_store->profile(id);
}

void ProfileSelector::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_demoAvailable)
        m_combo->addItem(QString(), Profile::demoId());
    if (m_environment)
        m_combo->addItem(QString(), Profile::environmentId());
    const QList<Profile> saved = m_store->profiles();
    for (const Profile &p : saved)
        m_combo->addItem(p.name, p.id);
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(QString(), AddEntry);
    retranslate();
    const int index = m_combo->findData(m_currentId);
    m_combo->setCurrentIndex(index >= 0 ? index : -1);
    updateButtons();
}

void ProfileSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileSelector::retranslate()
{
    for (int i = 0; i < m_combo->count(); ++i) {
        const QString id = m_combo->itemData(i).toString();
        if (id == Profile::demoId())
            m_combo->setItemText(i, tr("Demo (built-in sandbox)"));
        else if (id == Profile::environmentId())
            m_combo->setItemText(i, tr("Environment variables"));
        else if (id == AddEntry)
            m_combo->setItemText(i, tr("Add account…"));
    }
    m_combo->setToolTip(tr("The account the task list comes from"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the current account"));
    m_delete->setText(tr("Remove account…")); // not "Delete…": that is the tasks' action, next to it
    m_delete->setToolTip(tr("Remove the current account's profile and its keys in the system keychain"));
}

void ProfileSelector::updateButtons()
{
    const bool saved = m_store->contains(m_currentId);
    m_edit->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void ProfileSelector::onActivated(int index)
{
    const QString id = m_combo->itemData(index).toString();
    if (id == AddEntry) {
        setCurrentId(m_currentId); // the entry is an action, not a choice
        return addAccount();
    }
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    updateButtons();
    Q_EMIT profileChosen(id);
}

void ProfileSelector::addAccount()
{
    openDialog(Profile(), QString());
}

void ProfileSelector::editCurrent()
{
    editProfile(m_currentId);
}

void ProfileSelector::editProfile(const QString &id, const QString &problem)
{
    if (!m_store->contains(id))
        return;
    openDialog(m_store->profile(id), problem);
}

void ProfileSelector::openDialog(const Profile &profile, const QString &problem)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ProfileDialog(m_store, m_secrets, profile, window());
    if (!problem.isEmpty())
        m_dialog->showKeychainProblem(problem);
    connect(m_dialog, &ProfileDialog::profileSaved, this, [this](const QString &id, bool) {
        reload();
        setCurrentId(id);
        Q_EMIT profileChosen(id); // a new account, or the current one changed: reload
    });
    m_dialog->open();
}

void ProfileSelector::deleteCurrent()
{
    if (!m_store->contains(m_currentId))
        return;
    const Profile p = m_store->profile(m_currentId);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("Delete the profile \"%1\"?\n\nIts settings and its keys in the system keychain "
                                   "are removed from this computer. The cloud account itself is not changed.")
                                    .arg(p.name),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("deleteProfileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete profile \"%1\"").arg(p.name), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteProfile"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(remove, &QPushButton::clicked, this, [this, p] {
        m_secrets->remove(p, this, [this](const Profile &removed, SecretStore::Status status, const QString &message) {
            if (status == SecretStore::Status::Ok)
                return removeProfile(removed);
            auto *failed = new QMessageBox(
                QMessageBox::Warning, tr("Delete profile"),
                tr("The keys of \"%1\" could not be removed from the system keychain.\n\n%2\n\nYou can remove the "
                   "profile anyway: its keychain entries then stay (service \"sms-task-manager\", keys starting "
                   "with \"%3/\") and can be deleted with your keyring manager.")
                    .arg(removed.name, message, removed.id),
                QMessageBox::NoButton, window());
            failed->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton *anyway = failed->addButton(tr("Remove the profile anyway"), QMessageBox::DestructiveRole);
            QPushButton *keep = failed->addButton(QMessageBox::Cancel);
            failed->setDefaultButton(keep);
            connect(anyway, &QPushButton::clicked, this, [this, removed] { removeProfile(removed); });
            failed->open();
        });
    });
    box->open();
}

void ProfileSelector::removeProfile(const Profile &profile)
{
    const bool wasCurrent = profile.id == m_currentId;
    const QString next = fallbackId(profile.id);
    m_store->remove(profile.id); // reload() follows through profilesChanged
    if (!wasCurrent)
        return;
    setCurrentId(next);
    Q_EMIT profileChosen(next);
}

QString ProfileSelector::fallbackId(const QString &removedId) const
{
    const QList<Profile> saved = m_store->profiles();
    for (const Profile &p : saved) {
        if (p.id != removedId)
            return p.id;
    }
    if (m_environment)
        return Profile::environmentId();
    return Profile::demoId();
}
