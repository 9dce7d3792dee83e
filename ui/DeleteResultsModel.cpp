#include "ui/DeleteResultsModel.h"

#include <algorithm>

#include "model/ErrorCatalog.h"

DeleteResultsModel::DeleteResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_success(QStringLiteral(":/icons/deletable.svg"))
    , m_pending(QStringLiteral(":/icons/uncertain.svg"))
    , m_failed(QStringLiteral(":/icons/error.svg"))
    , m_skipped(QStringLiteral(":/icons/blocked.svg"))
{ }

int DeleteResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DeleteResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void DeleteResultsModel::setResults(const QList<DeleteResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const QIcon &DeleteResultsModel::icon(DeleteOutcome o) const
{
    switch (o) {
    case DeleteOutcome::Deleted:
    case DeleteOutcome::AlreadyDeleted:
        return m_success;
    case DeleteOutcome::Deleting:
    case DeleteOutcome::Unknown:
    case DeleteOutcome::Planned:
        return m_pending;
    case DeleteOutcome::Failed:
        return m_failed;
    case DeleteOutcome::Skipped:
        return m_skipped;
    }
    return m_pending;
}

namespace {
// The error of the step that failed: a stop's when the delete did not get as far as an error.
const SmsError &shownError(const DeleteResult &r)
{
    return r.stop && r.stop->error.isError() && !r.error.isError() ? r.stop->error : r.error;
}
} // namespace

QString DeleteResultsModel::text(const DeleteResult &r, Column c) const
{
    const SmsError &error = shownError(r);
    switch (c) {
    case Column::Name:
        return r.name;
    case Column::Id:
        return r.id;
    case Column::Outcome:
        return DeleteResult::label(r.outcome);
    case Column::Stop:
        return r.stop ? StopResult::label(r.stop->outcome) : QString();
    case Column::Code:
        return error.allCodes().join(QStringLiteral(", "));
    case Column::Explanation:
        return error.isError() ? ErrorCatalog::explain(error) : QString();
    case Column::Message:
        return error.message;
    case Column::Http:
        return error.httpStatus > 0 ? QString::number(error.httpStatus) : QString();
    case Column::RequestId:
        return error.requestId.isEmpty() ? r.requestIds.join(QStringLiteral(", ")) : error.requestId;
    case Column::Reason:
        return r.reason();
    case Column::Count:
        break;
    }
    return {};
}

QVariant DeleteResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size() || index.column() >= int(Column::Count))
        return {};
    const DeleteResult &r = m_results.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, column);
    case Qt::ToolTipRole: {
        // Long texts are cut off in their column: the tooltip shows them whole.
        const QString t = text(r, column);
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case Qt::DecorationRole:
        return column == Column::Outcome ? QVariant(icon(r.outcome)) : QVariant();
    case OutcomeRole:
        return int(r.outcome);
    case KeywordRole:
        return DeleteResult::keyword(r.outcome);
    case SortRole:
        if (column == Column::Outcome)
            return int(r.outcome);
        if (column == Column::Http)
            return shownError(r).httpStatus;
        return text(r, column);
    default:
        return {};
    }
}

QVariant DeleteResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Id:
        return tr("Task ID");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Stop:
        return tr("Stop");
    case Column::Code:
        return tr("Error code");
    case Column::Explanation:
        return tr("Explanation");
    case Column::Message:
        return tr("Service message");
    case Column::Http:
        return tr("HTTP");
    case Column::RequestId:
        return tr("Request ID");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

void DeleteResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (m_results.isEmpty())
        return;
    // Not KeywordRole: the filter's key does not depend on the language, so no row is re-filtered.
    Q_EMIT dataChanged(index(0, 0), index(int(m_results.size()) - 1, int(Column::Count) - 1),
                       { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

bool DeleteResultsModel::hasText(Column c) const
{
    // The same fields text() shows, column by column.
    const auto filled = [c](const DeleteResult &r) {
        switch (c) {
        case Column::Name:
        case Column::Id:
        case Column::Outcome:
            return true;
        case Column::Stop:
            return r.stop != nullptr;
        case Column::Code:
            return !shownError(r).code.isEmpty() || !shownError(r).details.isEmpty();
        case Column::Explanation:
            return shownError(r).isError();
        case Column::Message:
            return !shownError(r).message.isEmpty();
        case Column::Http:
            return shownError(r).httpStatus > 0;
        case Column::RequestId:
            return !shownError(r).requestId.isEmpty() || !r.requestIds.isEmpty();
        case Column::Reason:
            return r.note != DeleteNote::None;
        case Column::Count:
            break;
        }
        return false;
    };
    return std::any_of(m_results.cbegin(), m_results.cend(), filled);
}
