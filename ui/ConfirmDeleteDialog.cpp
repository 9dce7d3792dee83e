#include "ui/ConfirmDeleteDialog.h"

#include "model/SourceState.h"
#include "model/TaskState.h"
#include "model/TaskText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum class ListColumn { Name, Id, TaskState, Source, SourceState, Count };
constexpr int IdRole = Qt::UserRole;

QTreeWidget *makeList(const QString &objectName, int columns)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(80);
    list->header()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring 41,000 rows would stall the dialog's opening.
    list->header()->setResizeContentsPrecision(200);
    return list;
}

QTreeWidgetItem *addRow(QTreeWidget *list, const PlanEntry &e)
{
    auto *item = new QTreeWidgetItem(list);
    item->setText(int(ListColumn::Name), e.task.name);
    item->setText(int(ListColumn::Id), e.task.id);
    item->setData(int(ListColumn::Id), IdRole, e.task.id);
    item->setText(int(ListColumn::TaskState), TaskState::label(e.task.state));
    item->setText(int(ListColumn::Source), TaskText::source(e.task));
    item->setText(int(ListColumn::SourceState), SourceState::label(e.task.sourceState));
    return item;
}

// The reason gets a full-width line of its own under the task.
void addReasonLine(QTreeWidgetItem *item, const QString &reason)
{
    auto *line = new QTreeWidgetItem(item);
    line->setText(0, QStringLiteral("    ↳ ") + reason);
    line->setToolTip(0, reason);
    line->setForeground(0, item->treeWidget()->palette().brush(QPalette::PlaceholderText));
    line->setFlags(Qt::ItemIsEnabled);
    line->setFirstColumnSpanned(true);
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
    , m_deletable(makeList(QStringLiteral("deletableList"), int(ListColumn::Count)))
    , m_blockedLabel(new QLabel)
    , m_blocked(makeList(QStringLiteral("blockedList"), int(ListColumn::Count)))
    , m_uncertainLabel(new QLabel)
    , m_uncertain(makeList(QStringLiteral("uncertainList"), int(ListColumn::Count)))
    , m_notice(new QLabel)
    , m_typeLabel(new QLabel)
    , m_typeEdit(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ConfirmDeleteDialog"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 720);

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
    layout->addWidget(m_uncertainLabel);
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
    connect(m_uncertain, &QTreeWidget::itemChanged, this, &ConfirmDeleteDialog::updateButton);

    retranslate();
    cancel->setFocus();
}

void ConfirmDeleteDialog::fillLists()
{
    // Rebuilt on a language change: states and reasons are translated texts. Ticks survive.
    const QSet<QString> ticked = decision().includedUncertain;
    const QSignalBlocker block(m_uncertain);
    for (QTreeWidget *list : { m_deletable, m_blocked, m_uncertain })
        list->clear();
    for (const PlanEntry &e : m_plan.deletable())
        addRow(m_deletable, e);
    for (const PlanEntry &e : m_plan.blocked())
        addReasonLine(addRow(m_blocked, e), DeletionRule::explain(e.verdict));
    for (const PlanEntry &e : m_plan.uncertain()) {
        QTreeWidgetItem *item = addRow(m_uncertain, e);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(int(ListColumn::Name), ticked.contains(e.task.id) ? Qt::Checked : Qt::Unchecked);
        addReasonLine(item, DeletionRule::explain(e.verdict));
    }
    m_deletable->setVisible(!m_plan.deletable().isEmpty());
    m_blocked->setVisible(!m_plan.blocked().isEmpty());
    m_blockedLabel->setVisible(!m_plan.blocked().isEmpty());
    m_uncertain->setVisible(!m_plan.uncertain().isEmpty());
    m_uncertainLabel->setVisible(!m_plan.uncertain().isEmpty());
    for (QTreeWidget *list : { m_deletable, m_blocked, m_uncertain }) {
        list->setIndentation(0);
        list->expandAll();
        list->resizeColumnToContents(int(ListColumn::Name));
        list->resizeColumnToContents(int(ListColumn::Id));
    }
}

DeleteDecision ConfirmDeleteDialog::decision() const
{
    DeleteDecision d;
    d.leftOut = DeleteNote::NotIncluded;
    for (int i = 0; i < m_uncertain->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_uncertain->topLevelItem(i);
        if (item->checkState(int(ListColumn::Name)) == Qt::Checked)
            d.includedUncertain.insert(item->data(int(ListColumn::Id), IdRole).toString());
    }
    return d;
}

int ConfirmDeleteDialog::confirmedCount() const
{
    return int(m_plan.deletable().size() + decision().includedUncertain.size());
}

void ConfirmDeleteDialog::updateButton()
{
    const int n = confirmedCount();
    m_deleteButton->setText(tr("Delete %n task(s)", nullptr, n));
    const bool mustType = n >= TypeToConfirmThreshold;
    m_typeLabel->setText(tr("Type the number of tasks to delete (%1) to confirm:").arg(n));
    m_typeLabel->setVisible(mustType);
    m_typeEdit->setVisible(mustType);
    m_deleteButton->setEnabled(n > 0 && (!mustType || m_typeEdit->text().trimmed() == QString::number(n)));
}

void ConfirmDeleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConfirmDeleteDialog::retranslate()
{
    fillLists();
    setWindowTitle(tr("Delete migration tasks"));
    m_title->setText(tr("Delete %n migration task(s)?", nullptr, int(m_plan.deletable().size())));
    m_accountLabel->setText(tr("Profile: %1\nAccount: %2 · AK %3\nRegion: %4\nEndpoint: %5")
                                .arg(m_account.profileName, m_account.scopeLabel(), m_account.maskedAk,
                                     m_account.region.isEmpty() ? tr("(none)") : m_account.region,
                                     m_account.endpoint.toDisplayString()));
    m_deletableLabel->setText(tr("Will be deleted (%n):", nullptr, int(m_plan.deletable().size())));
    m_blockedLabel->setText(tr("Blocked, will be skipped (%n):", nullptr, int(m_plan.blocked().size())));
    m_uncertainLabel->setText(
        tr("Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):", nullptr,
           int(m_plan.uncertain().size())));
    const QStringList headers { tr("Name"), tr("Task ID"), tr("Task state"), tr("Source server"), tr("Source state") };
    for (QTreeWidget *list : { m_deletable, m_blocked, m_uncertain })
        list->setHeaderLabels(headers);
    m_notice->setText(TaskText::deletionLeavesBehind());
    updateButton();
}
