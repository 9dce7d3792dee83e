#include "ui/TaskTableModel.h"

#include "ui/TaskIcons.h"

#include "model/SourceState.h"
#include "model/TaskState.h"
#include "model/TaskText.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace {
QString dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString typeText(const QString &type)
{
    if (type == u"MIGRATE_BLOCK")
        return TaskTableModel::tr("Block");
    if (type == u"MIGRATE_FILE")
        return TaskTableModel::tr("File");
    return type;
}

} // namespace

TaskTableModel::Row TaskTableModel::Row::from(const Task &t)
{
    Row r { t, DeletionRule::classify(t.sourceState, t.connected), {}, {}, TaskState::sortOrder(t.state) };
    r.searchKey = (t.name + u'\x1f' + t.id + u'\x1f' + t.sourceName + u'\x1f' + t.sourceIp).toLower();
    r.sourceKey = t.sourceName + u' ' + t.sourceIp;
    return r;
}

bool TaskTableModel::lessThan(int leftRow, int rightRow, Column column) const
{
    const Row &a = m_rows.at(leftRow);
    const Row &b = m_rows.at(rightRow);
    auto order = [](auto l, auto r) { return l < r ? -1 : (r < l ? 1 : 0); };
    int c = 0;
    switch (column) {
    case Column::TaskState:
        c = order(a.stateOrder, b.stateOrder);
        break;
    case Column::SourceState:
        c = a.task.sourceState.compare(b.task.sourceState);
        break;
    case Column::Agent:
        c = order(a.task.connected.has_value() ? (*a.task.connected ? 2 : 1) : 0,
                  b.task.connected.has_value() ? (*b.task.connected ? 2 : 1) : 0);
        break;
    case Column::Progress:
        c = order(a.task.progress, b.task.progress);
        break;
    case Column::Created:
        c = order(a.task.createdMs, b.task.createdMs);
        break;
    case Column::EstimatedCompletion:
        c = order(a.task.estimateCompleteMs, b.task.estimateCompleteMs);
        break;
    case Column::Classification:
        c = order(int(a.verdict.deletability), int(b.verdict.deletability));
        break;
    case Column::Source:
        c = a.sourceKey.compare(b.sourceKey);
        break;
    case Column::Name:
        c = a.task.name.compare(b.task.name);
        break;
    case Column::Id:
    case Column::Count:
        break;
    case Column::Type: // raw, so rows of one type group together in every language
        c = a.task.type.compare(b.task.type);
        break;
    case Column::Os:
        c = osText(a.task).compare(osText(b.task));
        break;
    case Column::EnterpriseProject:
        c = a.task.enterpriseProjectId.compare(b.task.enterpriseProjectId);
        break;
    }
    return c != 0 ? c < 0 : a.task.id < b.task.id;
}

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Id:
        return tr("Task ID");
    case Column::TaskState:
        return tr("Task state");
    case Column::Source:
        return tr("Source server");
    case Column::SourceState:
        return tr("Source state");
    case Column::Agent:
        return tr("Agent");
    case Column::Type:
        return tr("Type");
    case Column::Os:
        return tr("OS");
    case Column::Progress:
        return tr("Progress");
    case Column::Created:
        return tr("Created");
    case Column::EstimatedCompletion:
        return tr("Estimated completion");
    case Column::EnterpriseProject:
        return tr("Enterprise project");
    case Column::Classification:
        return tr("Deletion");
    case Column::Count:
        break;
    }
    return {};
}

QVariant TaskTableModel::display(const Row &r, Column c) const
{
    const Task &t = r.task;
    switch (c) {
    case Column::Name:
        return t.name;
    case Column::Id:
        return t.id;
    case Column::TaskState:
        return TaskState::label(t.state);
    case Column::Source:
        return TaskText::source(t);
    case Column::SourceState:
        return SourceState::label(t.sourceState);
    case Column::Agent:
        return TaskText::agent(t.connected);
    case Column::Type:
        return typeText(t.type);
    case Column::Os:
        return osText(t);
    case Column::Progress:
        if (t.progress < 0)
            return t.subtaskName;
        return tr("%1 %2%").arg(t.subtaskName).arg(t.progress).trimmed();
    case Column::Created:
        return dateText(t.createdMs);
    case Column::EstimatedCompletion:
        return dateText(t.estimateCompleteMs);
    case Column::EnterpriseProject:
        return t.enterpriseProjectId;
    case Column::Classification:
        return DeletionRule::label(r.verdict.deletability);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TaskTableModel::raw(const Row &r, Column c) const
{
    const Task &t = r.task;
    switch (c) {
    case Column::TaskState:
        return r.stateOrder;
    case Column::SourceState:
        return t.sourceState;
    case Column::Agent:
        return t.connected.has_value() ? (*t.connected ? 2 : 1) : 0;
    case Column::Progress:
        return t.progress;
    case Column::Created:
        return t.createdMs;
    case Column::EstimatedCompletion:
        return t.estimateCompleteMs;
    case Column::Classification:
        return int(r.verdict.deletability);
    case Column::Source:
        return QString(t.sourceName + u' ' + t.sourceIp);
    case Column::Name:
    case Column::Id:
    case Column::Type:
    case Column::Os:
    case Column::EnterpriseProject:
    case Column::Count:
        break;
    }
    return display(r, c);
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Column c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, c);
    case RawRole:
        return raw(r, c);
    case IdRole:
        return r.task.id;
    case DeletabilityRole:
        return int(r.verdict.deletability);
    case Qt::ToolTipRole:
        if (c == Column::Classification)
            return DeletionRule::explain(r.verdict);
        if (c == Column::SourceState || c == Column::TaskState)
            return c == Column::SourceState ? r.task.sourceState : r.task.state;
        return display(r, c);
    case Qt::DecorationRole:
        if (c == Column::Classification)
            return TaskIcons::deletability(r.verdict.deletability);
        if (c == Column::TaskState)
            return TaskIcons::state(r.task.state);
        return {};
    default:
        return {};
    }
}

void TaskTableModel::upsert(const QList<Task> &tasks)
{
    // A refresh mostly brings unchanged tasks: signal only the rows that changed, in contiguous
    // runs, so a 50,000-row refresh does not make the sorting proxy re-sort row by row.
    QList<int> changed;
    QList<Row> added;
    QHash<QString, qsizetype> addedAt;
    for (const Task &t : tasks) {
        Row row = Row::from(t);
        const int at = m_rowOf.value(t.id, -1);
        if (at >= 0) {
            if (!m_rows.at(at).task.sameAs(t)) {
                m_rows[at] = row;
                changed.append(at);
            }
        } else if (const auto it = addedAt.constFind(t.id); it != addedAt.constEnd()) {
            added[*it] = row; // the same id twice in one batch: keep the newest
        } else {
            addedAt.insert(t.id, added.size());
            added.append(row);
        }
    }
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), int(Column::Count) - 1));
        i = j + 1;
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Row &r : added) {
        m_rowOf.insert(r.task.id, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
}

void TaskTableModel::replaceAll(const QList<Task> &tasks)
{
    QSet<QString> keep;
    for (const Task &t : tasks)
        keep.insert(t.id);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (!keep.contains(r.task.id))
            gone.append(r.task.id);
    }
    removeIds(gone);
    upsert(tasks);
}

void TaskTableModel::removeIds(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int r = m_rowOf.value(id, -1);
        if (r >= 0)
            rows.append(r);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) != rows.at(i - 1) - 1;
    if (runs > MaxRemovalRuns) {
        removeByReset(rows);
        return;
    }
    // Remove contiguous runs from the bottom up, one signal pair per run.
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        beginRemoveRows({}, first, last);
        for (int r = last; r >= first; --r)
            m_rowOf.remove(m_rows.at(r).task.id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    reindex(0);
}

void TaskTableModel::removeByReset(const QList<int> &rowsDescending)
{
    // Each removed run makes the sorting proxy remap all its rows and every persistent index (the
    // selection's) move: thousands of scattered runs cost minutes. One reset is linear; the view
    // keeps its selection, current row and scroll position across it by id (TaskTableView).
    beginResetModel();
    QList<bool> gone(m_rows.size(), false);
    for (int r : rowsDescending)
        gone[r] = true;
    qsizetype kept = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (!gone.at(r)) {
            if (kept != r)
                m_rows[kept] = std::move(m_rows[r]);
            ++kept;
        }
    }
    m_rows.resize(kept);
    m_rowOf.clear();
    m_rowOf.reserve(kept);
    reindex(0);
    endResetModel();
}

void TaskTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void TaskTableModel::reindex(int fromRow)
{
    for (int r = fromRow; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).task.id, r);
}

const Task *TaskTableModel::taskById(const QString &id) const
{
    const int r = m_rowOf.value(id, -1);
    return r < 0 ? nullptr : &m_rows.at(r).task;
}

QList<Task> TaskTableModel::tasks(const QStringList &ids) const
{
    QList<Task> out;
    for (const QString &id : ids) {
        if (const Task *t = taskById(id))
            out.append(*t);
    }
    return out;
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}
