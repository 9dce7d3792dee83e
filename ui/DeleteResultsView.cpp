#include "ui/DeleteResultsView.h"

#include "ui/DeleteResultsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>

#include <QVBoxLayout>

namespace {
using Column = DeleteResultsModel::Column;

constexpr DeleteOutcome AllOutcomes[]
    = { DeleteOutcome::Deleted, DeleteOutcome::AlreadyDeleted, DeleteOutcome::Deleting,
        DeleteOutcome::Failed,  DeleteOutcome::Skipped,        DeleteOutcome::Unknown };
} // namespace

DeleteResultsView::DeleteResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DeleteResultsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel)
    , m_filter(new QComboBox)
    , m_list(new QTreeView)
    , m_detail(new QPlainTextEdit)
    , m_copy(new QPushButton)
    , m_retry(new QPushButton)
{
    setObjectName(QStringLiteral("DeleteResultsView"));
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("outcomeFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeleteResultsModel::SortRole);
    m_proxy->setFilterRole(DeleteResultsModel::KeywordRole);
    m_proxy->setFilterKeyColumn(int(Column::Outcome));
    m_list->setObjectName(QStringLiteral("resultsList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Column widths from the first rows only: measuring 41,000 rows would stall the fill.
    m_list->header()->setResizeContentsPrecision(100);
    // In the order the operation reported them until the user sorts by a column.
    m_list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    m_list->header()->moveSection(int(Column::Stop), int(Column::Outcome) + 1); // both steps side by side
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    top->addWidget(m_copy);
    top->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setReadOnly(true);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &DeleteResultsView::showDetail);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &DeleteResultsView::applyFilter);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QStringList ids = failedIds();
        if (!ids.isEmpty())
            Q_EMIT retryFailedRequested(ids);
    });
    retranslate();
}

void DeleteResultsView::setResults(const QList<DeleteResult> &results)
{
    m_results = results;
    m_model->setResults(m_results); // the filter and the sort column stay as the user left them
    fitColumns();
    updateSummary();
}

QStringList DeleteResultsView::failedIds() const
{
    QStringList ids;
    for (const DeleteResult &r : m_results) {
        if (r.outcome == DeleteOutcome::Failed || r.outcome == DeleteOutcome::Unknown)
            ids.append(r.id);
    }
    return ids;
}

QString DeleteResultsView::detailsText() const
{
    QStringList lines;
    for (const DeleteResult &r : m_results) {
        QString line = r.id + u'\t' + r.stepsKeyword() + u'\t' + r.name;
        if (!r.targetServerName.isEmpty() || !r.targetServerId.isEmpty())
            line += u'\t' + tr("target server: %1 (ECS ID %2)").arg(r.targetServerName, r.targetServerId);
        if (r.stop && r.stop->error.isError())
            line += u'\t' + tr("stop: %1").arg(r.stop->error.summary());
        if (r.error.isError())
            line += u'\t' + r.error.summary();
        if (!r.reason().isEmpty())
            line += u'\t' + r.reason();
        if (!r.requestIds.isEmpty())
            line += u'\t' + tr("request ids: %1").arg(r.requestIds.join(QStringLiteral(", ")));
        lines.append(line);
    }
    return lines.join(u'\n');
}

void DeleteResultsView::fitColumns()
{
    // Every column as wide as its text (measured on the first rows), the long ones capped (their
    // whole text is in the detail pane and the tooltip); a column empty in every row is hidden.
    constexpr int LongTextCap = 360;
    for (int c = 0; c < int(Column::Count); ++c) {
        m_list->setColumnHidden(c, !m_results.isEmpty() && !m_model->hasText(Column(c)));
        m_list->resizeColumnToContents(c);
        const auto column = Column(c);
        if (column == Column::Explanation || column == Column::Message || column == Column::Reason)
            m_list->setColumnWidth(c, qMin(m_list->columnWidth(c), LongTextCap));
    }
}

void DeleteResultsView::showDetail(const QModelIndex &current)
{
    QStringList lines;
    for (int c = 0; current.isValid() && c < int(Column::Count); ++c) {
        const QString value = current.siblingAtColumn(c).data().toString();
        if (!value.isEmpty())
            lines.append(m_proxy->headerData(c, Qt::Horizontal).toString() + QStringLiteral(": ") + value);
    }
    m_detail->setPlainText(lines.join(u'\n'));
}

void DeleteResultsView::updateSummary()
{
    int counts[int(DeleteOutcome::Planned) + 1] = {};
    for (const DeleteResult &r : std::as_const(m_results))
        ++counts[int(r.outcome)];
    QStringList parts;
    for (DeleteOutcome o : AllOutcomes) {
        if (counts[int(o)] > 0)
            parts.append(tr("%1: %2", "outcome: count").arg(DeleteResult::label(o)).arg(counts[int(o)]));
    }
    m_summary->setText(m_results.isEmpty() ? tr("No delete has run yet.") : parts.join(QStringLiteral(" · ")));
    m_retry->setEnabled(!failedIds().isEmpty());
    m_copy->setEnabled(!m_results.isEmpty());
}

void DeleteResultsView::setTopBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, bar);
}

void DeleteResultsView::applyFilter()
{
    const int wanted = m_filter->currentData().toInt();
    m_proxy->setFilterRegularExpression(
        wanted < 0 ? QString() : QRegularExpression::anchoredPattern(DeleteResult::keyword(DeleteOutcome(wanted))));
}

void DeleteResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeleteResultsView::retranslate()
{
    const int current = m_filter->currentIndex();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All outcomes"), -1);
    for (DeleteOutcome o : AllOutcomes)
        m_filter->addItem(DeleteResult::label(o), int(o));
    m_filter->setCurrentIndex(current < 0 ? 0 : current);
    m_copy->setText(tr("Copy details"));
    m_retry->setText(tr("Retry failed"));
    m_model->retranslate();
    fitColumns();
    updateSummary();
}
