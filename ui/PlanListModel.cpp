#include "ui/PlanListModel.h"

#include "model/SourceState.h"
#include "model/StopRule.h"
#include "model/TaskState.h"
#include "model/TaskText.h"
#include "ui/TaskRow.h"

// Internal ids chosen for the views' hashes. qHash(QModelIndex) is (row << 4) + column + id, and the
// views keep persistent indexes of every expanded task row and every spanned reason line in hashes
// that probe linearly: ids that leave the low bits alike, or put the two kinds of row in the same
// contiguous run of hashes, made the dialog's opening quadratic (seconds at 41,000 blocked tasks).
// Task row r: the top bit and r (hashing to 17·r + column); its reason line: 17·r + 8.
namespace {
constexpr quintptr TaskTag = quintptr(1) << (sizeof(quintptr) * 8 - 1);
quintptr taskId(int row)
{
    return TaskTag | quintptr(row);
}
quintptr reasonLineId(int taskRow)
{
    return quintptr(taskRow) * 17 + 8;
}
int taskRowOf(const QModelIndex &reasonLine)
{
    return int((reasonLine.internalId() - 8) / 17);
}
} // namespace

bool PlanListModel::isReasonLine(const QModelIndex &index)
{
    return !(index.internalId() & TaskTag);
}

PlanListModel::PlanListModel(const QList<PlanEntry> &entries, Kind kind, QObject *parent)
    : QAbstractItemModel(parent)
    , m_entries(entries)
    , m_kind(kind)
{
    if (m_kind == Kind::Uncertain)
        m_checked.fill(false, m_entries.size());
}

bool PlanListModel::hasReasons() const
{
    switch (m_kind) {
    case Kind::Deletable:
        return false;
    case Kind::Blocked:
    case Kind::Uncertain:
    case Kind::Stop:
        return true;
    }
    return false;
}

QString PlanListModel::reason(const PlanEntry &e) const
{
    if (m_kind != Kind::Stop)
        return DeletionRule::explain(e.verdict);
    return StopRule::explain(StopRule::remedy(e.task.sourceState, e.task.connected), e.task.sourceState, true);
}

QModelIndex PlanListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count))
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, taskId(row)) : QModelIndex();
    if (row != 0 || !hasReasons() || isReasonLine(parent) || parent.column() != 0)
        return {};
    return createIndex(0, column, reasonLineId(parent.row()));
}

QModelIndex PlanListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !isReasonLine(child))
        return {};
    const int row = taskRowOf(child);
    return createIndex(row, 0, taskId(row));
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    return !isReasonLine(parent) && parent.column() == 0 && hasReasons() ? 1 : 0;
}

int PlanListModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

Qt::ItemFlags PlanListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Never-has-children spares the views a look for children (and expandAll() an expanded entry).
    if (isReasonLine(index))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasReasons())
        f |= Qt::ItemNeverHasChildren;
    if (m_kind == Kind::Uncertain && index.column() == int(Column::Name))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isReasonLine(index)) {
        const int row = taskRowOf(index);
        return index.column() == 0 && row < m_entries.size() ? reasonData(m_entries.at(row), role) : QVariant();
    }
    if (index.row() >= m_entries.size())
        return {};
    if (role == Qt::CheckStateRole) {
        if (m_kind != Kind::Uncertain || index.column() != int(Column::Name))
            return {};
        return int(m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked);
    }
    return taskData(m_entries.at(index.row()), index.column(), role);
}

QVariant PlanListModel::taskData(const PlanEntry &e, int column, int role) const
{
    if (role == IdRole)
        return e.task.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case Column::Name:
        return e.task.name;
    case Column::Id:
        return e.task.id;
    case Column::TaskState:
        return role == Qt::DisplayRole ? TaskState::label(e.task.state) : QVariant();
    case Column::Source:
        return TaskText::source(e.task);
    case Column::SourceState:
        return role == Qt::DisplayRole ? SourceState::label(e.task.sourceState) : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

QVariant PlanListModel::reasonData(const PlanEntry &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // Indented by hand: the view has no indentation, so the line reads as belonging to the task.
        return QString(QStringLiteral("    ↳ ") + reason(e));
    case Qt::ToolTipRole:
        return reason(e);
    case Qt::ForegroundRole:
        return m_reasonBrush;
    default:
        return {};
    }
}

bool PlanListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    m_checkedCount += checked ? 1 : -1;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The task table's own headers: this model's columns are its first five, in its order.
    static_assert(int(Column::SourceState) == int(TaskColumn::SourceState));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    return TaskRow::title(TaskColumn(section));
}

QSet<QString> PlanListModel::checkedIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_checked.size(); ++row) {
        if (m_checked.at(row))
            ids.insert(m_entries.at(row).task.id);
    }
    return ids;
}

void PlanListModel::setReasonBrush(const QBrush &brush)
{
    if (brush == m_reasonBrush)
        return;
    m_reasonBrush = brush;
    emitReasonLinesChanged({ Qt::ForegroundRole });
}

void PlanListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (m_entries.isEmpty())
        return;
    const QList<int> roles { Qt::DisplayRole, Qt::ToolTipRole };
    Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, int(Column::Count) - 1), roles);
    emitReasonLinesChanged(roles);
}

// One signal per line: a dataChanged range never spans parents.
void PlanListModel::emitReasonLinesChanged(const QList<int> &roles)
{
    if (!hasReasons())
        return;
    for (int row = 0; row < m_entries.size(); ++row) {
        const QModelIndex line = index(0, 0, index(row, 0));
        Q_EMIT dataChanged(line, line, roles);
    }
}

void PlanListModel::setAllChecked(bool checked)
{
    if (m_checked.isEmpty())
        return;
    m_checked.fill(checked);
    m_checkedCount = checked ? int(m_checked.size()) : 0;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
}
