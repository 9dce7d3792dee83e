#include "ui/ConfirmDeleteDialog.h"

#include "model/TaskText.h"
#include "ui/PlanListModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
using Column = PlanListModel::Column;

// Column widths from the first rows only: measuring 41,000 rows would stall the dialog's opening.
void fitColumns(QTreeView *list)
{
    // Every column as wide as its text (measured on the first 100 rows), the last one stretched:
    // states and sources were cut off while the dialog had room to spare.
    for (int c = 0; c < int(Column::Count) - 1; ++c)
        list->resizeColumnToContents(c);
}

QBrush mutedBrush(const QWidget *list)
{
    return list->palette().brush(QPalette::PlaceholderText);
}

QTreeView *makeList(const QString &objectName, PlanListModel *model)
{
    auto *list = new QTreeView;
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setIndentation(0);
    list->setItemsExpandable(false); // a reason line is never folded away
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(80);
    list->header()->setStretchLastSection(true);
    list->header()->setResizeContentsPrecision(100);
    model->setReasonBrush(mutedBrush(list)); // before the view listens: no per-line repaint
    list->setModel(model);
    if (model->hasReasons()) {
        // The reason gets a full-width line of its own under the task. Expanded first: spanning a
        // line the view has not laid out yet costs a search through every row.
        list->expandAll();
        for (int row = 0; row < model->rowCount(); ++row)
            list->setFirstColumnSpanned(0, model->index(row, 0), true);
    }
    fitColumns(list);
    return list;
}
} // namespace

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
{
    setObjectName(QStringLiteral("ConfirmDeleteDialog"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 720);

    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountLabel->setFrameShape(QFrame::StyledPanel);
    m_accountLabel->setMargin(6);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_typeEdit->setObjectName(QStringLiteral("confirmCountEdit"));
    m_typeEdit->setMaximumWidth(120);
    m_typeLabel->setBuddy(m_typeEdit);

    m_deleteButton = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAutoDefault(false);
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);

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
    layout->addWidget(m_blockedLabel);
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
    const bool mustType = n >= TypeToConfirmThreshold;
    m_typeLabel->setText(tr("Type the number of tasks to delete (%1) to confirm:").arg(n));
    m_typeEdit->setAccessibleName(tr("Number of tasks to delete, typed to confirm"));
    m_typeLabel->setVisible(mustType);
    m_typeEdit->setVisible(mustType);
    m_deleteButton->setEnabled(n > 0 && (!mustType || m_typeEdit->text().trimmed() == QString::number(n)));
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
    // "Account: account 0123…" said the word twice; a region no profile sets is not shown.
    QStringList account { tr("Profile: %1").arg(m_account.profileName),
                          tr("Acts on: %1 · AK %2").arg(m_account.scopeLabel(), m_account.maskedAk) };
    if (!m_account.region.isEmpty())
        account.append(tr("Region: %1").arg(m_account.region));
    account.append(tr("Endpoint: %1").arg(m_account.endpoint.toDisplayString()));
    m_accountLabel->setText(account.join(u'\n'));
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
    updateButton();
}
