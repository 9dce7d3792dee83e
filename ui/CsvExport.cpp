#include "ui/CsvExport.h"

#include "ui/TaskTableModel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>

namespace {
QString field(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}
} // namespace

QString CsvExport::toCsv(const QAbstractItemModel *model, const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    // A column may bring a second field (the target server's name, then its id): a script reads
    // each from a field of its own.
    QList<bool> extra;
    QStringList lines;
    QStringList cells;
    for (int c : columns) {
        cells.append(field(model->headerData(c, Qt::Horizontal).toString()));
        const QVariant extraTitle = model->headerData(c, Qt::Horizontal, TaskTableModel::ExportExtraRole);
        extra.append(extraTitle.isValid());
        if (extra.constLast())
            cells.append(field(extraTitle.toString()));
    }
    lines.append(cells.join(u','));
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const QModelIndex i = model->index(r, columns.at(k));
            const QVariant exported = i.data(TaskTableModel::ExportRole); // ISO dates for a task table
            cells.append(field((exported.isValid() ? exported : i.data()).toString()));
            if (extra.at(k))
                cells.append(field(i.data(TaskTableModel::ExportExtraRole).toString()));
        }
        lines.append(cells.join(u','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool CsvExport::write(const QString &path, const QString &csv, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write("\xEF\xBB\xBF");
    f.write(csv.toUtf8());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void CsvExport::chooseFile(QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    // The strings keep the context they were translated in when the dialog lived in TaskListWidget.
    auto *dialog
        = new QFileDialog(parent, QCoreApplication::translate("TaskListWidget", "Export visible rows"),
                          QDir::homePath(), QCoreApplication::translate("TaskListWidget", "CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("sms-tasks.csv"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}
