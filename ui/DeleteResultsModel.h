#pragma once

#include "ops/DeleteResult.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The results of the last delete, one row per task. Texts are produced in data(), in the current
// language, and the outcome icons are loaded once: filling it with 41,000 results is one reset.
class DeleteResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Stop: a stop-then-delete's first step (empty for a plain delete); shown beside Outcome.
    enum class Column { Name, Id, Outcome, Code, Explanation, Message, Http, RequestId, Reason, Stop, Count };
    enum Role {
        OutcomeRole = Qt::UserRole, // int(DeleteOutcome), on every cell
        KeywordRole, // DeleteResult::keyword(), the outcome filter's key
        SortRole, // the outcome's order and the HTTP status as numbers, the rest as shown
    };

    explicit DeleteResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResults(const QList<DeleteResult> &results);
    const DeleteResult &resultAt(int row) const { return m_results.at(row); }
    // Whether any row has text in the column, read from the results' fields (no text is built):
    // 41,000 rows, and the one failure may be the last.
    bool hasText(Column c) const;

    // Re-emits headers and every cell's text in the new language.
    void retranslate();

private:
    QString text(const DeleteResult &r, Column c) const;
    const QIcon &icon(DeleteOutcome o) const;

    QList<DeleteResult> m_results;
    QIcon m_success;
    QIcon m_pending;
    QIcon m_failed;
    QIcon m_skipped;
};
