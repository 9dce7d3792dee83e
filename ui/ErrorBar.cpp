#include "ui/ErrorBar.h"

#include "ui/ToneColors.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBar::ErrorBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_details(new QPushButton)
    , m_retry(new QPushButton)
    , m_editAccount(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("ErrorBar"));
    setFrameShape(QFrame::StyledPanel);
    applyColours();
    m_label->setObjectName(QStringLiteral("errorText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(20, 20));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_editAccount, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    m_retry->setObjectName(QStringLiteral("errorRetry"));
    m_editAccount->setObjectName(QStringLiteral("errorEditAccount"));
    connect(m_editAccount, &QPushButton::clicked, this, [this] {
        if (m_context != Context::ReadingKeychain) // the keys are still unread until the account opens
            hide();
        Q_EMIT editAccountRequested();
    });
    connect(m_details, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_error.detailedText()); });
    retranslate();
    hide();
}

void ErrorBar::showError(Context context, const SmsError &error)
{
    m_context = context;
    m_error = error;
    retranslate();
    show();
}

void ErrorBar::showKeychainProblem(const QString &profileName, SecretStore::Status status, int timeoutMs)
{
    m_context = Context::ReadingKeychain;
    m_error = {};
    m_keychainStatus = status;
    m_keychainTimeoutMs = timeoutMs;
    m_profileName = profileName;
    retranslate();
    show();
}

QString ErrorBar::keychainText() const
{
    const QString what = m_keychainStatus == SecretStore::Status::NotFound
        ? tr("Open Edit account… and enter the missing keys again.")
        : SecretStore::message(m_keychainStatus, m_keychainTimeoutMs);
    return tr("The keys of \"%1\" could not be read from the system keychain.").arg(m_profileName) + u'\n' + what;
}

QString ErrorBar::text() const
{
    return m_label->text();
}

void ErrorBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
    QFrame::changeEvent(event);
}

void ErrorBar::applyColours()
{
    // From the application's palette: this widget's own is the style sheet's once it is set. The
    // text's colour is set on the labels too (a rule's colour is not inherited).
    const ToneColors::Colors c = ToneColors::of(ToneColors::Tone::Error, QApplication::palette(this));
    const QString sheet
        = QStringLiteral("#ErrorBar { background: %1; border: 1px solid %2; } #ErrorBar QLabel { color: %3; }")
              .arg(c.background.name(), c.border.name(), c.text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ErrorBar::retranslate()
{
    m_details->setText(tr("Copy details"));
    m_retry->setText(tr("Retry"));
    m_editAccount->setText(tr("Edit account…"));
    const bool keychain = m_context == Context::ReadingKeychain;
    m_retry->setVisible(!isAuthFailure());
    m_editAccount->setVisible(isAuthFailure() || keychain);
    m_details->setVisible(!keychain); // nothing was sent: no code, status or request id to copy
    m_close->setText(tr("Dismiss"));
    if (keychain) {
        m_label->setText(keychainText());
        m_label->setToolTip(QString());
        return;
    }
    if (!m_error.isError())
        return;
    m_label->setText(contextText() + u'\n' + m_error.summary());
    m_label->setToolTip(m_error.detailedText());
}

bool ErrorBar::isAuthFailure() const
{
    return m_error.blocksAccount();
}

QString ErrorBar::contextText() const
{
    switch (m_context) {
    case Context::Connecting:
        return tr("Connecting failed.");
    case Context::Loading:
        return tr("Loading the tasks failed.");
    case Context::RefreshingToken:
        return tr("Refreshing the IAM token failed: requests will fail once the current token expires.");
    case Context::Exporting:
        return tr("Exporting failed.");
    case Context::ReadingKeychain:
        return {};
    }
    return {};
}
