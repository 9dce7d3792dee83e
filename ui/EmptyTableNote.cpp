#include "ui/EmptyTableNote.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyTableNote::EmptyTableNote(QWidget *viewport)
    : QWidget(viewport)
    , m_label(new QLabel)
    , m_clear(new QPushButton)
{
    setObjectName(QStringLiteral("emptyTableNote"));
    m_label->setObjectName(QStringLiteral("emptyTableText"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_clear, &QPushButton::clicked, this, &EmptyTableNote::clearFiltersRequested);
    viewport->installEventFilter(this);
    retranslate();
    hide();
}

void EmptyTableNote::setReason(Reason reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    retranslate();
    setVisible(reason != Reason::None);
    if (isVisible())
        setGeometry(parentWidget()->rect());
}

QString EmptyTableNote::text() const
{
    return m_label->text();
}

void EmptyTableNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool EmptyTableNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyTableNote::retranslate()
{
    m_clear->setText(tr("Clear filters"));
    m_clear->setVisible(m_reason == Reason::NothingMatches);
    switch (m_reason) {
    case Reason::None:
        m_label->clear();
        break;
    case Reason::Loading:
        m_label->setText(tr("Loading the tasks…"));
        break;
    case Reason::NoTasks:
        m_label->setText(tr("This account has no migration tasks."));
        break;
    case Reason::NothingMatches:
        m_label->setText(tr("No task matches the filters."));
        break;
    }
}
