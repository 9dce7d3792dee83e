#pragma once

#include "ops/DeletePlan.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QList>
#include <QSet>

// One list of the confirm dialog: a row per planned task and, for blocked and uncertain tasks, a
// child line with the rule's reason. Every text is produced in data(), in the current language, so a
// plan of 41,000 tasks costs nothing until its rows are painted. Uncertain rows are user-checkable;
// the ticks live here, so they survive a language change.
class PlanListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Stop: a stop-then-delete's lists, each task with what stopping does for it (StopRule).
    enum class Kind { Deletable, Blocked, Uncertain, Stop };
    enum class Column { Name, Id, TaskState, Source, SourceState, Count };
    enum Role {
        IdRole = Qt::UserRole, // the task id, on every cell of a task row
    };

    PlanListModel(const QList<PlanEntry> &entries, Kind kind, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Kind kind() const { return m_kind; }
    bool hasReasons() const;
    QSet<QString> checkedIds() const;
    int checkedCount() const { return m_checkedCount; }
    void setAllChecked(bool checked); // one signal for thousands of rows

    // The reason lines' muted colour, taken from the view's palette.
    void setReasonBrush(const QBrush &brush);
    // Re-emits headers and every text in the new language.
    void retranslate();

Q_SIGNALS:
    void checkedChanged();

private:
    static bool isReasonLine(const QModelIndex &index);
    QVariant taskData(const PlanEntry &e, int column, int role) const;
    QVariant reasonData(const PlanEntry &e, int role) const;
    QString reason(const PlanEntry &e) const;
    void emitReasonLinesChanged(const QList<int> &roles);

    QList<PlanEntry> m_entries;
    Kind m_kind;
    QList<bool> m_checked; // per row, uncertain lists only
    int m_checkedCount = 0;
    QBrush m_reasonBrush;
};
