#pragma once

#include <QSortFilterProxyModel>

// Sorts on raw values (dates as dates, states in their order) and filters by task state, source
// state, classification and a search over name, id, source name and IP.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTaskState(const QString &rawState); // empty = any
    void setSourceState(const QString &rawState); // empty = any
    void setDeletability(int deletability); // -1 = any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_taskState;
    QString m_sourceState;
    int m_deletability = -1;
};
