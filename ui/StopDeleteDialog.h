#pragma once

#include "ops/AccountSession.h"
#include "ops/DeletePlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class PlanListModel;

// Its own confirmation for stop, wait, delete — never the same click as a plain delete: the tasks
// to stop (and those only waited for), those deleted without stopping, those nothing is sent for
// (each with why), what stopping does, that a task can end stopped but not deleted, the account,
// and the typed count from TypeToConfirmThreshold tasks on. Opened with open(); Cancel has the focus.
class StopDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int TypeToConfirmThreshold = 10;

    StopDeleteDialog(const QList<Task> &tasks, const AccountSession::Account &account, QWidget *parent = nullptr);

    // What goes to AccountSession::startStop: the tasks something is done for (stop, wait, delete).
    QList<Task> confirmed() const { return m_confirmed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    AccountSession::Account m_account;
    QList<Task> m_confirmed;
    QList<PlanEntry> m_stop; // stopped or only waited for, then deleted
    QList<PlanEntry> m_direct; // deletable already
    QList<PlanEntry> m_idle; // nothing sent
    QLabel *m_title;
    QLabel *m_accountLabel;
    QLabel *m_stopLabel;
    QLabel *m_directLabel;
    QLabel *m_idleLabel;
    PlanListModel *m_stopModel;
    PlanListModel *m_directModel;
    PlanListModel *m_idleModel;
    QTreeView *m_stopList;
    QTreeView *m_directList;
    QTreeView *m_idleList;
    QLabel *m_notice;
    QLabel *m_typeLabel;
    QLineEdit *m_typeEdit;
    QDialogButtonBox *m_buttons;
    QPushButton *m_goButton;
};
