#include "ui/ProfileDialog.h"

#include "model/RegionCatalog.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/ConnectionTest.h"
#include "ui/ToneColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit *secretEdit(const char *objectName)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(objectName));
    e->setEchoMode(QLineEdit::Password);
    // No completion, no prediction, no input method history for secrets.
    e->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return e;
}

QLineEdit *plainEdit(const char *objectName)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(objectName));
    return e;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, ProfileSecrets *secrets, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_original(profile)
    , m_id(profile.id.isEmpty() ? ProfileStore::newId() : profile.id)
    , m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("ProfileDialog"));
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const ConnectionTest::Text &text) {
        setStatus(ok ? Tone::Good : Tone::Bad, text);
        setBusy(false);
        Q_EMIT testFinished(ok);
    });
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    m_name = plainEdit("name");
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(RegionCatalog::regions());
    m_smsEndpoint = plainEdit("smsEndpoint");
    m_iamEndpoint = plainEdit("iamEndpoint");
    m_authMethod = new QComboBox;
    m_authMethod->setObjectName(QStringLiteral("authMethod"));
    for (auto m : { Profile::AuthMethod::AkSk, Profile::AuthMethod::TemporaryAkSk, Profile::AuthMethod::IamPassword })
        m_authMethod->addItem(QString(), int(m));
    m_ak = plainEdit("ak");
    m_ak->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_sk = secretEdit("sk");
    m_securityToken = secretEdit("securityToken");
    m_iamUser = plainEdit("iamUser");
    m_iamPassword = secretEdit("iamPassword");
    m_iamDomain = plainEdit("iamDomain");
    m_projectId = plainEdit("projectId");
    m_domainId = plainEdit("domainId");
    m_enterpriseProject = plainEdit("enterpriseProjectId");
    m_caBundle = plainEdit("caBundlePath");
    m_caBrowse = new QPushButton;
    auto *caRow = new QWidget;
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caBundle, 1);
    caLayout->addWidget(m_caBrowse);
    connect(m_caBrowse, &QPushButton::clicked, this, &ProfileDialog::chooseCaBundle);

    m_form = new QFormLayout;
    addRow(m_name, QT_TR_NOOP("Name:"));
    addRow(m_region, QT_TR_NOOP("Region:"));
    addRow(m_smsEndpoint, QT_TR_NOOP("SMS endpoint:"));
    addRow(m_iamEndpoint, QT_TR_NOOP("IAM endpoint:"));
    addRow(m_authMethod, QT_TR_NOOP("Sign in with:"));
    addRow(m_ak, QT_TR_NOOP("AK (access key ID):"));
    addRow(m_sk, QT_TR_NOOP("SK (secret access key):"));
    addRow(m_securityToken, QT_TR_NOOP("Security token:"));
    addRow(m_iamUser, QT_TR_NOOP("IAM user name:"));
    addRow(m_iamPassword, QT_TR_NOOP("IAM password:"));
    addRow(m_iamDomain, QT_TR_NOOP("Account name:"));
    addRow(m_projectId, QT_TR_NOOP("Project ID:"));
    addRow(m_domainId, QT_TR_NOOP("Account (domain) ID:"));
    addRow(m_enterpriseProject, QT_TR_NOOP("Enterprise project ID:"));
    addRow(caRow, QT_TR_NOOP("CA bundle:"));

    m_sessionOnly = new QCheckBox;
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90); // placeholders and Chinese labels fit

    m_buttons = new QDialogButtonBox;
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_testButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_sessionOnlyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_sessionOnlyButton->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ProfileDialog::saveForSessionOnly);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The form, from the profile's non-secret fields.
    m_name->setText(profile.name);
    m_region->setCurrentText(profile.region);
    m_smsEndpoint->setText(profile.smsEndpoint);
    m_iamEndpoint->setText(profile.iamEndpoint);
    m_authMethod->setCurrentIndex(m_authMethod->findData(int(profile.authMethod)));
    m_iamUser->setText(profile.iamUser);
    m_iamDomain->setText(profile.iamDomain);
    m_projectId->setText(profile.credentials.projectId);
    m_domainId->setText(profile.credentials.domainId);
    m_enterpriseProject->setText(profile.enterpriseProjectId);
    m_caBundle->setText(profile.caBundlePath);
    fillSecrets(profile);

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateVisibleRows);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileDialog::updateEndpointHints);
    connect(m_smsEndpoint, &QLineEdit::textChanged, this, &ProfileDialog::updateEndpointHints);

    retranslate();
    updateVisibleRows();
    m_name->setFocus();

    // An existing profile's secrets come from the keychain, asynchronously.
    if (!profile.id.isEmpty() && profile.usesKeychain() && !profile.hasSecrets()) {
        m_loadingSecrets = true;
        setBusy(true);
        setStatus(Tone::Neutral, [] { return tr("Reading the secrets from the keychain…"); });
        m_secrets->load(profile, this, [this](const Profile &loaded, SecretStore::Status status, const QString &msg) {
            m_loadingSecrets = false;
            setBusy(false);
            if (status == SecretStore::Status::Ok) {
                fillSecrets(loaded);
                setStatus(Tone::Neutral, {});
            } else if (status == SecretStore::Status::NotFound) {
                setStatus(Tone::Bad, [msg] { return msg; });
            } else {
                showKeychainProblem(msg);
            }
        });
    }
}

ProfileDialog::~ProfileDialog() = default;

QLabel *ProfileDialog::addRow(QWidget *field, const char *text)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    m_form->addRow(label, field);
    m_labels.append({ label, text });
    return label;
}

void ProfileDialog::fillSecrets(const Profile &p)
{
    m_ak->setText(QString::fromUtf8(p.credentials.ak));
    m_sk->setText(QString::fromUtf8(p.credentials.sk));
    m_securityToken->setText(QString::fromUtf8(p.credentials.securityToken));
    m_iamPassword->setText(p.iamPassword);
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.id = m_id;
    p.kind = Profile::Kind::Saved;
    p.name = m_name->text().trimmed();
    p.region = m_region->currentText().trimmed();
    p.smsEndpoint = m_smsEndpoint->text().trimmed();
    p.iamEndpoint = m_iamEndpoint->text().trimmed();
    p.authMethod = Profile::AuthMethod(m_authMethod->currentData().toInt());
    p.credentials.projectId = m_projectId->text().trimmed();
    p.credentials.domainId = m_domainId->text().trimmed();
    p.enterpriseProjectId = m_enterpriseProject->text().trimmed();
    p.caBundlePath = m_caBundle->text().trimmed();
    switch (p.authMethod) {
    case Profile::AuthMethod::TemporaryAkSk:
        p.credentials.securityToken = m_securityToken->text().trimmed().toUtf8();
        Q_FALLTHROUGH();
    case Profile::AuthMethod::AkSk:
        p.credentials.ak = m_ak->text().trimmed().toUtf8();
        p.credentials.sk = m_sk->text().trimmed().toUtf8();
        break;
    case Profile::AuthMethod::IamPassword:
        p.iamUser = m_iamUser->text().trimmed();
        p.iamDomain = m_iamDomain->text().trimmed();
        p.iamPassword = m_iamPassword->text(); // a password may begin or end with a space
        break;
    }
    // Keep the (non-secret) user and account name even when another method is chosen.
    if (p.iamUser.isEmpty())
        p.iamUser = m_iamUser->text().trimmed();
    if (p.iamDomain.isEmpty())
        p.iamDomain = m_iamDomain->text().trimmed();
    p.resolveEndpoint();
    return p;
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("Add account") : tr("Edit account \"%1\"").arg(m_original.name));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_authMethod->setItemText(0, Profile::authMethodLabel(Profile::AuthMethod::AkSk));
    m_authMethod->setItemText(1, Profile::authMethodLabel(Profile::AuthMethod::TemporaryAkSk));
    m_authMethod->setItemText(2, Profile::authMethodLabel(Profile::AuthMethod::IamPassword));
    m_region->setItemText(0, QString());
    m_region->setToolTip(tr("The region of the SMS service. Leave it empty only with a custom SMS endpoint."));
    m_projectId->setPlaceholderText(tr("blank: found from the region"));
    m_domainId->setPlaceholderText(tr("optional, instead of a project ID"));
    m_iamEndpoint->setPlaceholderText(tr("blank: the region's IAM endpoint"));
    m_enterpriseProject->setPlaceholderText(tr("optional: show only this enterprise project"));
    m_caBundle->setPlaceholderText(tr("optional: a PEM file for a private cloud's CA"));
    m_ak->setPlaceholderText(tr("20 letters and digits"));
    m_sk->setPlaceholderText(tr("stored only in the system keychain"));
    m_iamDomain->setPlaceholderText(tr("the account (domain) name the IAM user belongs to"));
    m_caBrowse->setText(tr("Browse…"));
    m_sessionOnly->setText(tr("Do not save the secrets: use them for this session only"));
    m_testButton->setText(tr("&Test connection"));
    m_sessionOnlyButton->setText(tr("Use for this session &only"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateEndpointHints();
    if (m_statusText)
        m_status->setText(m_statusText());
}

void ProfileDialog::updateVisibleRows()
{
    const auto method = Profile::AuthMethod(m_authMethod->currentData().toInt());
    const bool akSk = method != Profile::AuthMethod::IamPassword;
    m_form->setRowVisible(m_ak, akSk);
    m_form->setRowVisible(m_sk, akSk);
    m_form->setRowVisible(m_securityToken, method == Profile::AuthMethod::TemporaryAkSk);
    m_form->setRowVisible(m_iamUser, !akSk);
    m_form->setRowVisible(m_iamPassword, !akSk);
    m_form->setRowVisible(m_iamDomain, !akSk);
}

void ProfileDialog::updateEndpointHints()
{
    const QUrl url = RegionCatalog::smsEndpoint(m_region->currentText().trimmed());
    m_smsEndpoint->setPlaceholderText(url.isEmpty() ? tr("https://… (required without a known region)")
                                                    : tr("blank: %1").arg(url.toString()));
}

void ProfileDialog::setStatus(Tone tone, std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    switch (tone) {
    case Tone::Neutral:
        m_status->setStyleSheet(QString());
        break;
    case Tone::Good:
        m_status->setStyleSheet(ToneColors::textRule(ToneColors::Tone::Good, palette()));
        break;
    case Tone::Bad:
        m_status->setStyleSheet(ToneColors::textRule(ToneColors::Tone::Error, palette()));
        break;
    }
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::setBusy(bool busy)
{
    for (QWidget *w : { static_cast<QWidget *>(m_ak), static_cast<QWidget *>(m_sk),
                        static_cast<QWidget *>(m_securityToken), static_cast<QWidget *>(m_iamPassword) })
        w->setEnabled(!busy || !m_loadingSecrets);
    m_saveButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
    m_sessionOnlyButton->setEnabled(!busy);
}

QStringList ProfileDialog::problems(bool forTest) const
{
    Profile p = profile();
    if (forTest && p.name.isEmpty())
        p.name = QStringLiteral("-"); // a test needs no name
    QStringList out = p.validationProblems();
    if (!forTest && m_store) {
        const QList<Profile> others = m_store->profiles();
        for (const Profile &o : others) {
            if (o.id != p.id && o.name.compare(p.name, Qt::CaseInsensitive) == 0)
                out.append(tr("Another profile is already called \"%1\".").arg(p.name));
        }
    }
    return out;
}

void ProfileDialog::showKeychainProblem(const QString &message)
{
    setStatus(Tone::Bad, [message] { return message; });
    m_sessionOnlyButton->show();
}

void ProfileDialog::testConnection()
{
    if (m_test->isRunning())
        return;
    const QStringList issues = problems(true);
    if (!issues.isEmpty())
        return setStatus(Tone::Bad, [issues] { return issues.join(QLatin1Char('\n')); });
    setBusy(true);
    setStatus(Tone::Neutral, [] { return tr("Testing the connection…"); });
    m_test->start(profile(), m_testTimeoutMs);
}

void ProfileDialog::accept()
{
    const QStringList issues = problems(false);
    if (!issues.isEmpty())
        return setStatus(Tone::Bad, [issues] { return issues.join(QLatin1Char('\n')); });
    if (m_sessionOnly->isChecked())
        return saveForSessionOnly();
    setBusy(true);
    setStatus(Tone::Neutral, [] { return tr("Saving the secrets in the system keychain…"); });
    // Secrets first: the profile appears in the list only once its keys are stored (or the user
    // chose this session only).
    m_secrets->save(profile(), this, [this](const Profile &, SecretStore::Status status, const QString &message) {
        setBusy(false);
        if (status == SecretStore::Status::Ok)
            return finishSave(false);
        showKeychainProblem(tr("The secrets could not be saved in the system keychain. %1").arg(message));
    });
}

void ProfileDialog::saveForSessionOnly()
{
    const QStringList issues = problems(false);
    if (!issues.isEmpty())
        return setStatus(Tone::Bad, [issues] { return issues.join(QLatin1Char('\n')); });
    m_secrets->keepForSession(profile());
    finishSave(true);
}

void ProfileDialog::finishSave(bool sessionOnly)
{
    Profile p = profile();
    const QString id = m_store->save(p); // non-secret fields only
    Q_EMIT profileSaved(id, sessionOnly);
    QDialog::accept();
}

void ProfileDialog::chooseCaBundle()
{
    auto *chooser = new QFileDialog(this, tr("Choose a CA bundle"), m_caBundle->text(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) { m_caBundle->setText(file); });
    chooser->open();
}
