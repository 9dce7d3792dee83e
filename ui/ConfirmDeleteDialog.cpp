#include "ui/ConfirmDeleteDialog.h"

#include "model/StopRule.h"
#include "model/TaskText.h"
#include "ui/PlanListModel.h"
#include "ui/PlanLists.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using PlanLists::fitColumns;
using PlanLists::makeList;
using PlanLists::mutedBrush;

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeletePlan &plan, const AccountSession::Account &account,
                                         QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_account(account)
    , m_title(new QLabel)
    , m_accountLabel(new QLabel)
    , m_deletableLabel(new QLabel)
    , m_deletableModel(new PlanListModel(m_plan.deletable(), PlanListModel::Kind::Deletable, this))
    , m_blockedModel(new PlanListModel(m_plan.blocked(), PlanListModel::Kind::Blocked, this))
    , m_uncertainModel(new PlanListModel(m_plan.uncertain(), PlanListModel::Kind::Uncertain, this))
    , m_deletable(makeList(QStringLiteral("deletableList"), m_deletableModel))
    , m_blockedLabel(new QLabel)
    , m_blocked(makeList(QStringLiteral("blockedList"), m_blockedModel))
    , m_uncertainLabel(new QLabel)
    , m_uncertain(makeList(QStringLiteral("uncertainList"), m_uncertainModel))
    , m_notice(new QLabel)
    , m_typeLabel(new QLabel)
    , m_typeEdit(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_tickAll(new QPushButton)
    , m_stopBlocked(new QPushButton)
{
    PlanLists::styleDialog(this, QStringLiteral("ConfirmDeleteDialog"), m_title, m_accountLabel, m_notice, m_typeLabel,
                           m_typeEdit);
    m_deleteButton = PlanLists::addGoButton(m_buttons, QStringLiteral("deleteButton"));
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_deletableLabel);
    layout->addWidget(m_deletable, 2);
    auto *uncertainRow = new QHBoxLayout;
    uncertainRow->addWidget(m_uncertainLabel, 1);
    uncertainRow->addWidget(m_tickAll);
    layout->addLayout(uncertainRow);
    layout->addWidget(m_uncertain, 2);
    auto *blockedRow = new QHBoxLayout;
    blockedRow->addWidget(m_blockedLabel, 1);
    blockedRow->addWidget(m_stopBlocked);
    layout->addLayout(blockedRow);
    layout->addWidget(m_blocked, 2);
    layout->addWidget(m_notice);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_typeEdit);
    typeRow->addStretch();
    layout->addLayout(typeRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_typeEdit, &QLineEdit::textChanged, this, &ConfirmDeleteDialog::updateButton);
    connect(m_uncertainModel, &PlanListModel::checkedChanged, this, &ConfirmDeleteDialog::updateButton);
    m_tickAll->setObjectName(QStringLiteral("tickAllUncertainButton"));
    connect(m_tickAll, &QPushButton::clicked, this, [this] {
        m_uncertainModel->setAllChecked(m_uncertainModel->checkedCount() < m_uncertainModel->rowCount());
    });

    m_stopBlocked->setObjectName(QStringLiteral("stopBlockedButton"));
    QStringList stoppable;
    for (const PlanEntry &e : m_plan.blocked()) {
        if (StopRule::leadsToDeletion(StopRule::remedy(e.task.sourceState, e.task.connected)))
            stoppable.append(e.task.id);
    }
    m_stopBlocked->setVisible(!stoppable.isEmpty());
    connect(m_stopBlocked, &QPushButton::clicked, this, [this, stoppable] {
        reject();
        Q_EMIT stopAndDeleteRequested(stoppable);
    });
    // The plan is frozen: which lists show never changes.
    m_deletable->setVisible(!m_plan.deletable().isEmpty());
    m_blocked->setVisible(!m_plan.blocked().isEmpty());
    m_blockedLabel->setVisible(!m_plan.blocked().isEmpty());
    m_uncertain->setVisible(!m_plan.uncertain().isEmpty());
    m_uncertainLabel->setVisible(!m_plan.uncertain().isEmpty());
    m_tickAll->setVisible(!m_plan.uncertain().isEmpty());
    retranslate();
    cancel->setFocus();
}

DeleteDecision ConfirmDeleteDialog::decision() const
{
    DeleteDecision d;
    d.leftOut = DeleteNote::NotIncluded;
    d.includedUncertain = m_uncertainModel->checkedIds();
    return d;
}

int ConfirmDeleteDialog::confirmedCount() const
{
    return int(m_plan.deletable().size()) + m_uncertainModel->checkedCount();
}

void ConfirmDeleteDialog::updateButton()
{
    const int n = confirmedCount();
    m_deleteButton->setText(tr("Delete %n task(s)", nullptr, n));
    m_deleteButton->setEnabled(
        PlanLists::typedCountConfirms(m_typeLabel, m_typeEdit, n, TypeToConfirmThreshold,
                                      tr("Type the number of tasks to delete (%1) to confirm:").arg(n),
                                      tr("Number of tasks to delete, typed to confirm")));
    // The heading follows the ticks; with nothing deletable at all there is only Close.
    const bool nothingPossible = m_plan.deletable().isEmpty() && m_plan.uncertain().isEmpty();
    m_title->setText(n > 0                 ? tr("Delete %n migration task(s)?", nullptr, n)
                         : nothingPossible ? tr("None of the selected tasks can be deleted: the reasons are below.")
                                           : tr("Nothing will be deleted unless you tick uncertain tasks below."));
    m_deleteButton->setVisible(!nothingPossible);
    if (nothingPossible)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_tickAll->setText(m_uncertainModel->checkedCount() < m_uncertainModel->rowCount() ? tr("Tick all uncertain")
                                                                                       : tr("Untick all"));
}

void ConfirmDeleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The models produce their texts when asked: they only tell the views to ask again.
        for (PlanListModel *model : { m_deletableModel, m_blockedModel, m_uncertainModel })
            model->retranslate();
        for (QTreeView *list : { m_deletable, m_blocked, m_uncertain })
            fitColumns(list);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_blockedModel->setReasonBrush(mutedBrush(m_blocked));
        m_uncertainModel->setReasonBrush(mutedBrush(m_uncertain));
    }
    QDialog::changeEvent(event);
}

void ConfirmDeleteDialog::retranslate()
{
    setWindowTitle(tr("Delete migration tasks"));
    m_accountLabel->setText(PlanLists::accountText(m_account));
    m_deletableLabel->setText(tr("Will be deleted (%n):", nullptr, int(m_plan.deletable().size())));
    m_blockedLabel->setText(tr("Blocked, will be skipped (%n):", nullptr, int(m_plan.blocked().size())));
    m_uncertainLabel->setText(
        tr("Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):", nullptr,
           int(m_plan.uncertain().size())));
    // A screen reader names each list by the heading above it, count included.
    for (const auto &[list, label] :
         { std::pair { m_deletable, m_deletableLabel }, std::pair { m_blocked, m_blockedLabel },
           std::pair { m_uncertain, m_uncertainLabel } })
        list->setAccessibleName(label->text());
    m_notice->setText(TaskText::deletionLeavesBehind());
    m_stopBlocked->setText(tr("Stop and Delete These…"));
    m_stopBlocked->setToolTip(tr("Stop the blocked tasks whose migration is running, wait until their sources show "
                                 "Paused, then delete them. Asks first."));
    updateButton();
}
