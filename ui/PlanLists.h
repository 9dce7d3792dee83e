#pragma once

#include "ops/AccountSession.h"

#include <QBrush>
#include <QString>

class PlanListModel;
class QLabel;
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
// The banner's look; its text comes from accountText().
void styleAccountLabel(QLabel *label);

} // namespace PlanLists
