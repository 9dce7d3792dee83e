#pragma once

#include "ops/AccountSession.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;
class StopDeleteDialog;
class TaskProgressBar;
class TaskTableModel;
class TaskTableView;

// Stop, wait, delete from the table: the Stop and delete… action (context menu, Edit menu, the
// confirm dialog's blocked section), its own dialog, the waiting's progress (each row shows its
// fresh source state as it changes) and Cancel. The delete that follows reports like any delete.
class StopDeleteFlow : public QObject
{
    Q_OBJECT

public:
    StopDeleteFlow(TaskTableModel *model, TaskTableView *table, TaskProgressBar *progress, QWidget *dialogParent);

    QAction *action() const { return m_action; } // on the selected rows
    QAction *cancelAction() const { return m_cancel; } // while waiting
    void setSession(AccountSession *session);
    void open(const QStringList &ids); // the dialog for these tasks (none while one is open)
    bool isDialogOpen() const;
    void updateActions(bool busy, bool hasSelection);
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the parent's language changes

private:
    TaskTableModel *m_model;
    TaskTableView *m_table;
    TaskProgressBar *m_progress;
    QWidget *m_dialogParent;
    QPointer<AccountSession> m_session;
    QPointer<StopDeleteDialog> m_dialog;
    QAction *m_action;
    QAction *m_cancel;
};
