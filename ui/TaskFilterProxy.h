#pragma once

#include "model/DeletionRule.h"

#include <QSortFilterProxyModel>
#include <QStringList>

// Filters by task state, source state, classification, creation date and a search over name, id,
// source name and IP. Sorting is the source model's (TaskTableModel::sort): a click on a header is
// passed on.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Each filter takes several values (a row matches any of them); empty = any.
    void setTaskStates(const QStringList &rawStates);
    void setSourceStates(const QStringList &rawStates);
    void setDeletabilities(const QList<Deletability> &kinds);
    // Only tasks created before `epochMs` (0 = any date); a task of unknown date never matches.
    void setCreatedBefore(qint64 epochMs);
    qint64 createdBefore() const { return m_createdBefore; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_search;
    QStringList m_taskStates;
    QStringList m_sourceStates;
    quint32 m_deletabilityMask = 0; // bit int(d) set = shown; 0 = any
    qint64 m_createdBefore = 0; // 0 = any
};
