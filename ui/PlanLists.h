#pragma once

#include "ops/AccountSession.h"

#include <QBrush>
#include <QString>

class PlanListModel;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QWidget;

// What the confirm dialogs (delete, stop and delete) share: a list of planned tasks with its reason
// lines, its column widths and colours, and the account banner.
namespace PlanLists {

QTreeView *makeList(const QString &objectName, PlanListModel *model);
// Column widths from the first rows only: measuring 41,000 rows would stall the dialog's opening.
void fitColumns(QTreeView *list);
QBrush mutedBrush(const QWidget *list);
// Profile, scope and AK, region, endpoint: one line each, localized now.
QString accountText(const AccountSession::Account &account);
// What both confirm dialogs share: window-modal and freed on close, a bold title, the account
// banner (its text from accountText()), the notice, the typed-count field.
void styleDialog(QDialog *dialog, const QString &objectName, QLabel *title, QLabel *account, QLabel *notice,
                 QLabel *typeLabel, QLineEdit *typeEdit);
// The typed count from `threshold` tasks on: shows or hides the field, names it, and says whether
// the count typed lets the button go (always, below the threshold; never for 0 tasks).
bool typedCountConfirms(QLabel *label, QLineEdit *edit, int n, int threshold, const QString &labelText,
                        const QString &accessibleName);
// The destructive button beside Cancel; Cancel keeps the default and the focus.
QPushButton *addGoButton(QDialogButtonBox *buttons, const QString &objectName);

} // namespace PlanLists
