#include "ui/StopDeleteFlow.h"

#include "ui/StopDeleteDialog.h"
#include "ui/TaskProgressBar.h"
#include "ui/TaskTableModel.h"
#include "ui/TaskTableView.h"

#include <QAction>
#include <QEvent>
#include <QSettings>
#include <QWidget>

StopDeleteFlow::StopDeleteFlow(TaskTableModel *model, TaskTableView *table, TaskProgressBar *progress,
                               QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_table(table)
    , m_progress(progress)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(this))
    , m_cancel(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("stopDeleteAction"));
    m_cancel->setObjectName(QStringLiteral("cancelStopAction"));
    m_cancel->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] { open(m_table->selectedIds()); });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancelStop();
    });
    dialogParent->installEventFilter(this);
    retranslate();
}

bool StopDeleteFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StopDeleteFlow::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_dialog)
        m_dialog->reject(); // its tasks belong to the account being left
    m_session = session;
    if (!session)
        return;
    connect(session, &AccountSession::stopStarted, this, [this](int total) {
        m_progress->start(TaskProgressBar::Kind::Stopping, total);
        m_cancel->setEnabled(true);
    });
    connect(session, &AccountSession::stopProgress, m_progress, &TaskProgressBar::report);
    connect(session, &AccountSession::stopTaskChanged, this, [this](const StopResult &r, bool) {
        if (!r.task.id.isEmpty() && m_model->indexOf(r.task.id) >= 0)
            m_model->upsert({ r.task }); // the row shows the source pausing, then paused
    });
    // The delete that follows starts its own progress; a stop alone ends here.
    connect(session, &AccountSession::deleteStarted, this, [this] { m_cancel->setEnabled(false); });
    connect(session, &AccountSession::stopFinished, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->finish();
    });
}

void StopDeleteFlow::open(const QStringList &ids)
{
    const QList<Task> tasks = m_model->tasks(ids);
    if (!m_session || tasks.isEmpty() || isDialogOpen() || m_session->isBusy())
        return;
    m_dialog = new StopDeleteDialog(tasks, m_session->account(), m_dialogParent);
    StopDeleteDialog *dialog = m_dialog;
    const QPointer<AccountSession> account = m_session.data();
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        // The plan was made for `account`: it is never sent to another one.
        if (!account || account != m_session)
            return;
        StopOperation::Options options;
        options.timeoutMs
            = qBound(10, QSettings().value(QStringLiteral("stop/timeoutSeconds"), 300).toInt(), 86400) * 1000;
        m_session->startStop(dialog->confirmed(), true, options);
    });
    dialog->open(); // WA_DeleteOnClose: freed when it closes, accepted or not
}

bool StopDeleteFlow::isDialogOpen() const
{
    return m_dialog && m_dialog->isVisible();
}

void StopDeleteFlow::updateActions(bool busy, bool hasSelection)
{
    m_action->setEnabled(!busy && hasSelection);
    m_cancel->setEnabled(m_session && m_session->isStopping());
}

void StopDeleteFlow::retranslate()
{
    m_action->setText(tr("&Stop and Delete…"));
    m_action->setToolTip(tr("Stop the selected running tasks, wait until their sources show Paused, then delete "
                            "them…"));
    m_cancel->setText(tr("Cancel Stopping"));
    m_cancel->setToolTip(tr("Stop waiting; nothing more is sent (the stops already sent stay)"));
}
