#include "ui/SourceCleanupBar.h"

#include "ui/TaskTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>

SourceCleanupBar::SourceCleanupBar(TaskTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QLabel)
    , m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("sourceCleanupBar"));
    m_text->setObjectName(QStringLiteral("sourceCleanupText"));
    m_text->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeSourcesButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_remove);
    connect(m_remove, &QPushButton::clicked, this, &SourceCleanupBar::askToRemove);
    hide();
    retranslate();
}

void SourceCleanupBar::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_offered.clear();
    m_outcome.clear();
    m_sources.clear();
    m_running = false;
    hide();
    if (!session)
        return;
    connect(session, &AccountSession::deleteStarted, this, [this] {
        m_offered.clear();
        m_outcome.clear();
        hide();
    });
    connect(session, &AccountSession::deleteFinished, this, &SourceCleanupBar::onDeleteFinished);
    connect(session, &AccountSession::sourceCleanupFinished, this, &SourceCleanupBar::onCleaned);
}

void SourceCleanupBar::onDeleteFinished(const QList<DeleteResult> &results)
{
    if (!m_session || !m_session->canOfferSourceCleanup())
        return; // a filtered or incomplete list cannot prove a source has no task left
    // In a turn of its own, after the task list has removed the deleted rows: 41,000 results are
    // not walked inside the delete's own report (the results name the sources themselves).
    QTimer::singleShot(0, this, [this, results] { offer(results); });
}

void SourceCleanupBar::offer(const QList<DeleteResult> &results)
{
    QSet<QString> candidates;
    QSet<QString> gone; // whether or not the list has removed their rows yet
    for (const DeleteResult &r : results) {
        if (!r.isSuccess() || r.sourceId.isEmpty())
            continue;
        candidates.insert(r.sourceId);
        gone.insert(r.id);
        m_sources.insert(r.sourceId, { r.sourceName, r.sourceIp });
    }
    if (candidates.isEmpty())
        return;
    QSet<QString> stillUsed; // one pass over the rows, not one per source
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Task &t = m_model->taskAt(row);
        if (candidates.contains(t.sourceId) && !gone.contains(t.id))
            stillUsed.insert(t.sourceId);
    }
    m_offered.clear();
    m_outcome.clear(); // a new delete, a new offer
    for (const QString &id : candidates) {
        if (!stillUsed.contains(id))
            m_offered.append(id);
    }
    m_offered.sort();
    setVisible(!m_offered.isEmpty());
    retranslate();
}

void SourceCleanupBar::askToRemove()
{
    if (!m_session || m_offered.isEmpty() || m_running)
        return;
    QStringList lines;
    for (const QString &id : std::as_const(m_offered)) {
        const Source s = m_sources.value(id);
        lines.append(s.name.isEmpty() ? id : QStringLiteral("%1 (%2)  %3").arg(s.name, s.ip, id));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove source server records"),
                                tr("Remove the SMS records of %n source server(s)?", nullptr, int(m_offered.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeSourcesDialog"));
    box->setInformativeText(tr("They have no migration task left. Each is checked again just before: one a "
                               "task uses by then is not sent. Only the records in SMS go: the servers "
                               "themselves are untouched, and a record comes back if the Agent on that server "
                               "starts again."));
    box->setDetailedText(lines.join(u'\n'));
    QPushButton *go
        = box->addButton(tr("Remove %n record(s)", nullptr, int(m_offered.size())), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmRemoveSourcesButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList confirmed = m_offered;
    const QPointer<AccountSession> account = m_session.data();
    connect(box, &QMessageBox::buttonClicked, this, [this, go, confirmed, account](QAbstractButton *clicked) {
        // Only what was shown, and only in the account it was shown for.
        if (clicked != go || !account || account != m_session)
            return;
        m_running = m_session->startSourceCleanup(confirmed);
        retranslate();
    });
    box->open();
}

void SourceCleanupBar::onCleaned(const QList<SourceCleanup::Result> &results)
{
    m_running = false;
    m_outcome = results;
    retranslate();
}

void SourceCleanupBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceCleanupBar::retranslate()
{
    m_remove->setText(tr("Remove Their Records…"));
    m_remove->setVisible(m_outcome.isEmpty());
    m_remove->setEnabled(!m_running);
    if (m_running) {
        m_text->setText(tr("Removing %n source record(s)…", nullptr, int(m_offered.size())));
        return;
    }
    if (m_outcome.isEmpty()) {
        m_text->setText(tr("%n source server(s) have no migration task left. Remove their records from SMS?", nullptr,
                           int(m_offered.size())));
        return;
    }
    int counts[5] = {}; // by SourceCleanup::Outcome
    QStringList details;
    for (const SourceCleanup::Result &r : std::as_const(m_outcome)) {
        ++counts[int(r.outcome)];
        QString line = tr("%1: %2").arg(r.id, SourceCleanup::label(r.outcome));
        if (r.error.isError())
            line += QStringLiteral(" — ") + r.error.summary(); // code, message, HTTP status, request id
        if (!r.requestId.isEmpty() && r.requestId != r.error.requestId)
            line += u' ' + tr("(removal request id %1)").arg(r.requestId);
        details.append(line);
    }
    QString text = tr("Source records: %1 removed, %2 still listed, %3 not confirmed.")
                       .arg(counts[int(SourceCleanup::Outcome::Removed)])
                       .arg(counts[int(SourceCleanup::Outcome::Failed)])
                       .arg(counts[int(SourceCleanup::Outcome::Unknown)]);
    if (const int inUse = counts[int(SourceCleanup::Outcome::InUse)])
        text += u' ' + tr("%n not sent: a task uses the server again.", nullptr, inUse);
    if (const int notSent = counts[int(SourceCleanup::Outcome::NotSent)])
        text += u' ' + tr("%n not sent (the tooltip says why).", nullptr, notSent);
    m_text->setText(text);
    m_text->setToolTip(details.join(u'\n'));
}
