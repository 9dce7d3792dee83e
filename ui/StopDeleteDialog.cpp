#include "ui/StopDeleteDialog.h"

#include "model/StopRule.h"
#include "model/TaskText.h"
#include "ui/PlanListModel.h"
#include "ui/PlanLists.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

StopDeleteDialog::StopDeleteDialog(const QList<Task> &tasks, const AccountSession::Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    const DeletePlan plan = DeletePlan::build(tasks); // de-duplicated, each with its verdict
    for (const PlanEntry &e : plan.deletable() + plan.blocked() + plan.uncertain()) {
        const StopRemedy r = StopRule::remedy(e.task.sourceState, e.task.connected);
        QList<PlanEntry> &list = StopRule::leadsToDeletion(r) ? m_stop : r == StopRemedy::NotNeeded ? m_direct : m_idle;
        list.append(e);
        if (&list != &m_idle)
            m_confirmed.append(e.task);
    }
    m_title = new QLabel;
    m_accountLabel = new QLabel;
    m_stopLabel = new QLabel;
    m_directLabel = new QLabel;
    m_idleLabel = new QLabel;
    m_stopModel = new PlanListModel(m_stop, PlanListModel::Kind::Stop, this);
    m_directModel = new PlanListModel(m_direct, PlanListModel::Kind::Deletable, this);
    m_idleModel = new PlanListModel(m_idle, PlanListModel::Kind::Stop, this);
    m_stopList = PlanLists::makeList(QStringLiteral("stopList"), m_stopModel);
    m_directList = PlanLists::makeList(QStringLiteral("directDeleteList"), m_directModel);
    m_idleList = PlanLists::makeList(QStringLiteral("notStoppedList"), m_idleModel);
    m_notice = new QLabel;
    m_typeLabel = new QLabel;
    m_typeEdit = new QLineEdit;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);

    PlanLists::styleDialog(this, QStringLiteral("StopDeleteDialog"), m_title, m_accountLabel, m_notice, m_typeLabel,
                           m_typeEdit);
    m_goButton = PlanLists::addGoButton(m_buttons, QStringLiteral("stopDeleteButton"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_accountLabel);
    for (const auto &[label, list] : { std::pair { m_stopLabel, m_stopList }, std::pair { m_directLabel, m_directList },
                                       std::pair { m_idleLabel, m_idleList } }) {
        layout->addWidget(label);
        layout->addWidget(list, 2);
    }
    layout->addWidget(m_notice);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_typeEdit);
    typeRow->addStretch();
    layout->addLayout(typeRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_goButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_typeEdit, &QLineEdit::textChanged, this, &StopDeleteDialog::updateButton);
    m_directLabel->setVisible(!m_direct.isEmpty());
    m_directList->setVisible(!m_direct.isEmpty());
    m_idleLabel->setVisible(!m_idle.isEmpty());
    m_idleList->setVisible(!m_idle.isEmpty());
    m_stopLabel->setVisible(!m_stop.isEmpty());
    m_stopList->setVisible(!m_stop.isEmpty());
    retranslate();
    cancel->setFocus();
}

void StopDeleteDialog::updateButton()
{
    const int n = int(m_confirmed.size());
    m_goButton->setText(tr("Stop and delete %n task(s)", nullptr, n));
    m_goButton->setVisible(n > 0);
    m_goButton->setEnabled(
        PlanLists::typedCountConfirms(m_typeLabel, m_typeEdit, n, TypeToConfirmThreshold,
                                      tr("Type the number of tasks to stop and delete (%1) to confirm:").arg(n),
                                      tr("Number of tasks to stop and delete, typed to confirm")));
    m_title->setText(n > 0 ? tr("Stop and delete %n migration task(s)?", nullptr, n)
                           : tr("Stopping would not help any of the selected tasks: the reasons are below."));
    if (n == 0)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

void StopDeleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (PlanListModel *model : { m_stopModel, m_directModel, m_idleModel })
            model->retranslate();
        for (QTreeView *list : { m_stopList, m_directList, m_idleList })
            PlanLists::fitColumns(list);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_stopModel->setReasonBrush(PlanLists::mutedBrush(m_stopList));
        m_idleModel->setReasonBrush(PlanLists::mutedBrush(m_idleList));
    }
    QDialog::changeEvent(event);
}

void StopDeleteDialog::retranslate()
{
    setWindowTitle(tr("Stop and delete migration tasks"));
    m_accountLabel->setText(PlanLists::accountText(m_account));
    m_stopLabel->setText(tr("Stopped (or only waited for), then deleted once the source shows Paused (%n):", nullptr,
                            int(m_stop.size())));
    m_directLabel->setText(tr("Deletable already, deleted without stopping (%n):", nullptr, int(m_direct.size())));
    m_idleLabel->setText(tr("Nothing is sent for these (%n):", nullptr, int(m_idle.size())));
    for (const auto &[list, label] : { std::pair { m_stopList, m_stopLabel }, std::pair { m_directList, m_directLabel },
                                       std::pair { m_idleList, m_idleLabel } })
        list->setAccessibleName(label->text());
    m_notice->setText(TaskText::stoppingHalts(true) + u"\n\n" + TaskText::deletionLeavesBehind());
    updateButton();
}
