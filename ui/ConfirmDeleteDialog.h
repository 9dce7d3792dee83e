#pragma once

#include "ops/AccountSession.h"
#include "ops/DeletePlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QDialogButtonBox;
class PlanListModel;

// Shows exactly what will be deleted, what the client refuses (and why) and what only the service
// can decide, in which account. Opened with open(); Cancel has the focus. The plan is frozen at
// construction: a refresh while the dialog is open changes nothing it will delete.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    // At this many tasks or more, the user types the number to enable the button.
    static constexpr int TypeToConfirmThreshold = 10;

    ConfirmDeleteDialog(const DeletePlan &plan, const AccountSession::Account &account, QWidget *parent = nullptr);

    const DeletePlan &plan() const { return m_plan; }
    // The user's answer: which uncertain tasks they ticked in. The plan turns it into what is sent.
    DeleteDecision decision() const;
    int confirmedCount() const;

Q_SIGNALS:
    // "Stop and delete these…" under the blocked tasks: this dialog closes, that flow opens.
    void stopAndDeleteRequested(const QStringList &blockedIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    DeletePlan m_plan;
    AccountSession::Account m_account;
    QLabel *m_title;
    QLabel *m_accountLabel;
    QLabel *m_deletableLabel;
    PlanListModel *m_deletableModel;
    PlanListModel *m_blockedModel;
    PlanListModel *m_uncertainModel;
    QTreeView *m_deletable;
    QLabel *m_blockedLabel;
    QTreeView *m_blocked;
    QLabel *m_uncertainLabel;
    QTreeView *m_uncertain;
    QLabel *m_notice;
    QLabel *m_typeLabel;
    QLineEdit *m_typeEdit;
    QDialogButtonBox *m_buttons;
    QPushButton *m_tickAll; // ticks (or unticks) every uncertain task at once
    QPushButton *m_deleteButton;
    QPushButton *m_stopBlocked; // offered where stopping is the remedy for a blocked task
};
