#include "ui/ConfirmDeleteDialog.h"

#include "model/SourceState.h"
#include "model/TaskState.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum class ListColumn { Name, Id, TaskState, Source, SourceState, Reason };

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
    return list;
}

void fillRow(QTreeWidgetItem *item, const PlanEntry &e)
{
    item->setText(int(ListColumn::Name), e.task.name);
    item->setText(int(ListColumn::Id), e.task.id);
    item->setData(int(ListColumn::Id), Qt::UserRole, e.task.id);
    item->setText(int(ListColumn::TaskState), TaskState::label(e.task.state));
    item->setText(int(ListColumn::Source),
                  e.task.sourceIp.isEmpty() ? e.task.sourceName
                                            : e.task.sourceName + QStringLiteral(" (") + e.task.sourceIp + u')');
    item->setText(int(ListColumn::SourceState), SourceState::label(e.task.sourceState));
    const QString reason = DeletionRule::explain(e.verdict);
    item->setText(int(ListColumn::Reason), reason);
    item->setToolTip(int(ListColumn::Reason), reason);
}
} // namespace

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeletePlan &plan, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_profile(profile)
    , m_title(new QLabel)
    , m_account(new QLabel)
    , m_deletableLabel(new QLabel)
    , m_deletable(makeList(QStringLiteral("deletableList"), 5))
    , m_blockedLabel(new QLabel)
    , m_blocked(makeList(QStringLiteral("blockedList"), 5))
    , m_uncertainLabel(new QLabel)
    , m_uncertain(makeList(QStringLiteral("uncertainList"), 5))
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
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setFrameShape(QFrame::StyledPanel);
    m_account->setMargin(6);
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
    layout->addWidget(m_account);
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
    QList<bool> ticked;
    for (int i = 0; i < m_uncertain->topLevelItemCount(); ++i)
        ticked.append(m_uncertain->topLevelItem(i)->checkState(int(ListColumn::Name)) == Qt::Checked);
    const QSignalBlocker block(m_uncertain);
    for (QTreeWidget *list : { m_deletable, m_blocked, m_uncertain })
        list->clear();
    for (const PlanEntry &e : m_plan.deletable())
        fillRow(new QTreeWidgetItem(m_deletable), e);
    for (const PlanEntry &e : m_plan.blocked())
        fillRow(new QTreeWidgetItem(m_blocked), e);
    for (const PlanEntry &e : m_plan.uncertain()) {
        auto *item = new QTreeWidgetItem(m_uncertain);
        fillRow(item, e);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const int i = m_uncertain->topLevelItemCount() - 1;
        item->setCheckState(int(ListColumn::Name), i < ticked.size() && ticked.at(i) ? Qt::Checked : Qt::Unchecked);
    }
    m_deletable->setVisible(!m_plan.deletable().isEmpty());
    m_blocked->setVisible(!m_plan.blocked().isEmpty());
    m_blockedLabel->setVisible(!m_plan.blocked().isEmpty());
    m_uncertain->setVisible(!m_plan.uncertain().isEmpty());
    m_uncertainLabel->setVisible(!m_plan.uncertain().isEmpty());
    m_deletable->resizeColumnToContents(int(ListColumn::Name));
    m_deletable->resizeColumnToContents(int(ListColumn::Id));
    // The reason gets a full-width line of its own under each blocked or uncertain task.
    for (QTreeWidget *list : { m_blocked, m_uncertain }) {
        list->setColumnCount(5);
        list->setRootIsDecorated(false);
        list->setIndentation(0);
        list->resizeColumnToContents(int(ListColumn::Name));
        list->resizeColumnToContents(int(ListColumn::Id));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            auto *reason = new QTreeWidgetItem(item);
            reason->setText(0, QStringLiteral("    ↳ ") + item->toolTip(int(ListColumn::Reason)));
            reason->setToolTip(0, item->toolTip(int(ListColumn::Reason)));
            reason->setForeground(0, list->palette().brush(QPalette::PlaceholderText));
            reason->setFlags(Qt::ItemIsEnabled);
            reason->setFirstColumnSpanned(true);
        }
        list->expandAll();
    }
}

int ConfirmDeleteDialog::confirmedCount() const
{
    int n = int(m_plan.deletable().size());
    for (int i = 0; i < m_uncertain->topLevelItemCount(); ++i) {
        if (m_uncertain->topLevelItem(i)->checkState(int(ListColumn::Name)) == Qt::Checked)
            ++n;
    }
    return n;
}

DeleteOperation::Input ConfirmDeleteDialog::confirmedInput() const
{
    QSet<QString> included;
    for (int i = 0; i < m_uncertain->topLevelItemCount(); ++i) {
        if (m_uncertain->topLevelItem(i)->checkState(int(ListColumn::Name)) == Qt::Checked)
            included.insert(m_plan.uncertain().at(i).task.id);
    }
    return m_plan.toInput(included, DeleteNote::NotIncluded);
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
    m_account->setText(tr("Profile: %1\nAccount: %2 · AK %3\nRegion: %4\nEndpoint: %5")
                           .arg(m_profile.name, m_profile.accountLabel(), m_profile.credentials.maskedAk(),
                                m_profile.region.isEmpty() ? tr("(none)") : m_profile.region,
                                m_profile.endpoint.toDisplayString()));
    m_deletableLabel->setText(tr("Will be deleted (%n):", nullptr, int(m_plan.deletable().size())));
    m_blockedLabel->setText(tr("Blocked, will be skipped (%n):", nullptr, int(m_plan.blocked().size())));
    m_uncertainLabel->setText(
        tr("Uncertain, excluded unless you tick them; each is sent on its own so the service decides (%n):", nullptr,
           int(m_plan.uncertain().size())));
    const QStringList headers { tr("Name"),          tr("Task ID"),      tr("Task state"),
                                tr("Source server"), tr("Source state"), tr("Reason") };
    for (QTreeWidget *list : { m_deletable, m_blocked, m_uncertain })
        list->setHeaderLabels(headers.mid(0, list->columnCount()));
    m_notice->setText(tr("Deleting removes the migration task records from SMS only. The target server, its "
                         "snapshots (which keep costing money until you delete them) and the Agent on the source "
                         "server all stay."));
    updateButton();
}
