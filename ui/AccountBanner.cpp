#include "ui/AccountBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

AccountBanner::AccountBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_addAccount(new QPushButton)
{
    m_label->setObjectName(QStringLiteral("accountBanner"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(6);
    m_label->setWordWrap(true);
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_addAccount);
    connect(m_addAccount, &QPushButton::clicked, this, &AccountBanner::addAccountRequested);
    retranslate();
}

void AccountBanner::setAccount(const Profile &profile, AccountSession *session)
{
    m_profile = profile;
    m_session = session;
    retranslate();
}

QString AccountBanner::text() const
{
    return m_label->text();
}

void AccountBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone(m_tone);
    QWidget::changeEvent(event);
}

void AccountBanner::applyTone(ToneColors::Tone tone)
{
    m_tone = tone;
    // The label's own style sheet leaves this widget's palette alone: it follows the theme.
    const QString sheet = ToneColors::declarations(tone, palette());
    if (m_label->styleSheet() != sheet)
        m_label->setStyleSheet(sheet);
}

void AccountBanner::retranslate()
{
    m_addAccount->setText(tr("Add your account…"));
    const QString name = m_profile.displayName();
    if (!m_session || !m_session->isReady()) {
        m_label->setText(m_profile.name.isEmpty() ? tr("Connecting…") : tr("Connecting to %1…").arg(name));
        applyTone(ToneColors::Tone::Neutral);
        m_addAccount->setVisible(false);
        return;
    }
    m_addAccount->setVisible(m_profile.isDemo());
    const AccountSession::Account a = m_session->account();
    const QString text = tr("Profile: %1   ·   %2   ·   AK %3   ·   Region: %4   ·   Endpoint: %5")
                             .arg(name, a.scopeLabel(), a.maskedAk, a.region, a.endpoint.toDisplayString());
    if (m_profile.isDemo()) {
        m_label->setText(tr("DEMO — built-in sandbox, no real account. Add your account to work on real tasks.")
                         + QStringLiteral("\n") + text);
        applyTone(ToneColors::Tone::Demo);
    } else {
        m_label->setText(text);
        applyTone(ToneColors::Tone::Info);
    }
}
