#pragma once

#include "ops/DeleteResult.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QPlainTextEdit;
class QTreeView;
class DeleteResultsModel;

// The outcome of every task of the last delete: one row each, failures with the SMS/APIGW code,
// our explanation, the service's message, HTTP status and request id. Non-modal (a dock).
class DeleteResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit DeleteResultsView(QWidget *parent = nullptr);

    void setResults(const QList<DeleteResult> &results);
    void setTopBar(QWidget *bar); // over the list, e.g. the offer to remove task-less source records
    const QList<DeleteResult> &results() const { return m_results; }
    QStringList failedIds() const;
    QString detailsText() const; // what "Copy details" puts on the clipboard

Q_SIGNALS:
    void retryFailedRequested(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void fitColumns();
    void showDetail(const QModelIndex &current);
    void applyFilter();

    QList<DeleteResult> m_results;
    DeleteResultsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTreeView *m_list;
    QPlainTextEdit *m_detail; // the current row's every field, whole: long texts do not fit a column
    QPushButton *m_copy;
    QPushButton *m_retry;
};
