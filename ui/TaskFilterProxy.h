#pragma once

#include <QSortFilterProxyModel>

// Filters by task state, source state, classification and a search over name, id, source name and
// IP. Sorting is the source model's (TaskTableModel::sort): a click on a header is passed on.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTaskState(const QString &rawState); // empty = any
    void setSourceState(const QString &rawState); // empty = any
    void setDeletability(int deletability); // -1 = any
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_search;
    QString m_taskState;
    QString m_sourceState;
    int m_deletability = -1;
};
