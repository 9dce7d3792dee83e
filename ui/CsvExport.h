#pragma once

#include <QString>

#include <functional>

class QAbstractItemModel;
class QHeaderView;
class QWidget;

// Writes the rows a model shows (after filters and sorting), in the visible column order, as CSV
// (RFC 4180, UTF-8 with BOM so spreadsheet programs read Chinese text correctly).
class CsvExport
{
public:
    static QString toCsv(const QAbstractItemModel *model, const QHeaderView *header);
    static bool write(const QString &path, const QString &csv, QString *error);
    // The save dialog (opened, never exec()'d); `chosen` runs with the path while `parent` lives.
    static void chooseFile(QWidget *parent, const std::function<void(const QString &)> &chosen);
};
