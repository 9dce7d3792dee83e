#include "ui/PlanLists.h"

#include "ui/PlanListModel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

void PlanLists::fitColumns(QTreeView *list)
{
    // Every column as wide as its text (measured on the first 100 rows), the last one stretched:
    // states and sources were cut off while the dialog had room to spare.
    for (int c = 0; c < int(PlanListModel::Column::Count) - 1; ++c)
        list->resizeColumnToContents(c);
}

QBrush PlanLists::mutedBrush(const QWidget *list)
{
    return list->palette().brush(QPalette::PlaceholderText);
}

QTreeView *PlanLists::makeList(const QString &objectName, PlanListModel *model)
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

QString PlanLists::accountText(const AccountSession::Account &a)
{
    // "Account: account 0123…" said the word twice; a region no profile sets is not shown.
    QStringList lines {
        QCoreApplication::translate("ConfirmDeleteDialog", "Profile: %1").arg(a.profileName),
        QCoreApplication::translate("ConfirmDeleteDialog", "Acts on: %1 · AK %2").arg(a.scopeLabel(), a.maskedAk)
    };
    if (!a.region.isEmpty())
        lines.append(QCoreApplication::translate("ConfirmDeleteDialog", "Region: %1").arg(a.region));
    lines.append(QCoreApplication::translate("ConfirmDeleteDialog", "Endpoint: %1").arg(a.endpoint.toDisplayString()));
    return lines.join(u'\n');
}

void PlanLists::styleDialog(QDialog *dialog, const QString &objectName, QLabel *title, QLabel *account, QLabel *notice,
                            QLabel *typeLabel, QLineEdit *typeEdit)
{
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 720);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    account->setObjectName(QStringLiteral("accountLabel"));
    account->setWordWrap(true);
    account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    account->setFrameShape(QFrame::StyledPanel);
    account->setMargin(6);
    notice->setObjectName(QStringLiteral("noticeLabel"));
    notice->setWordWrap(true);
    typeEdit->setObjectName(QStringLiteral("confirmCountEdit"));
    typeEdit->setMaximumWidth(120);
    typeLabel->setBuddy(typeEdit);
}

bool PlanLists::typedCountConfirms(QLabel *label, QLineEdit *edit, int n, int threshold, const QString &labelText,
                                   const QString &accessibleName)
{
    const bool mustType = n >= threshold;
    label->setText(labelText);
    edit->setAccessibleName(accessibleName);
    label->setVisible(mustType);
    edit->setVisible(mustType);
    return n > 0 && (!mustType || edit->text().trimmed() == QString::number(n));
}

QPushButton *PlanLists::addGoButton(QDialogButtonBox *buttons, const QString &objectName)
{
    QPushButton *go = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    go->setObjectName(objectName);
    go->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    return go;
}
