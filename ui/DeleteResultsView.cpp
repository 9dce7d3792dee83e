#include "ui/DeleteResultsView.h"

#include "model/ErrorCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr DeleteOutcome AllOutcomes[]
    = { DeleteOutcome::Deleted, DeleteOutcome::AlreadyDeleted, DeleteOutcome::Deleting,
        DeleteOutcome::Failed,  DeleteOutcome::Skipped,        DeleteOutcome::Unknown };

QIcon outcomeIcon(DeleteOutcome o)
{
    switch (o) {
    case DeleteOutcome::Deleted:
    case DeleteOutcome::AlreadyDeleted:
        return QIcon(QStringLiteral(":/icons/deletable.svg"));
    case DeleteOutcome::Deleting:
    case DeleteOutcome::Unknown:
    case DeleteOutcome::Planned:
        return QIcon(QStringLiteral(":/icons/uncertain.svg"));
    case DeleteOutcome::Failed:
        return QIcon(QStringLiteral(":/icons/error.svg"));
    case DeleteOutcome::Skipped:
        return QIcon(QStringLiteral(":/icons/blocked.svg"));
    }
    return {};
}
} // namespace

DeleteResultsView::DeleteResultsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_filter(new QComboBox)
    , m_list(new QTreeWidget)
    , m_copy(new QPushButton)
    , m_retry(new QPushButton)
{
    setObjectName(QStringLiteral("DeleteResultsView"));
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("outcomeFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setObjectName(QStringLiteral("resultsList"));
    m_list->setColumnCount(int(Col::Count));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
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
    layout->addWidget(m_list);

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
    rebuild();
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
        QString line = r.id + u'\t' + DeleteResult::keyword(r.outcome) + u'\t' + r.name;
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

void DeleteResultsView::rebuild()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    int counts[6] = {};
    for (const DeleteResult &r : std::as_const(m_results)) {
        ++counts[int(r.outcome)];
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, int(r.outcome));
        item->setText(int(Col::Name), r.name);
        item->setText(int(Col::Id), r.id);
        item->setIcon(int(Col::Outcome), outcomeIcon(r.outcome));
        item->setText(int(Col::Outcome), DeleteResult::label(r.outcome));
        item->setText(int(Col::Code), r.error.allCodes().join(QStringLiteral(", ")));
        item->setText(int(Col::Explanation), r.error.isError() ? ErrorCatalog::explain(r.error) : QString());
        item->setText(int(Col::Message), r.error.message);
        item->setText(int(Col::Http), r.error.httpStatus > 0 ? QString::number(r.error.httpStatus) : QString());
        item->setText(int(Col::RequestId),
                      r.error.requestId.isEmpty() ? r.requestIds.join(QStringLiteral(", ")) : r.error.requestId);
        item->setText(int(Col::Reason), r.reason());
        for (int c = 0; c < int(Col::Count); ++c)
            item->setToolTip(c, item->text(c));
    }
    m_list->setSortingEnabled(true);
    for (int c : { int(Col::Name), int(Col::Id), int(Col::Outcome), int(Col::Code), int(Col::Http) })
        m_list->resizeColumnToContents(c);

    QStringList parts;
    for (DeleteOutcome o : AllOutcomes) {
        if (counts[int(o)] > 0)
            parts.append(tr("%1: %2", "outcome: count").arg(DeleteResult::label(o)).arg(counts[int(o)]));
    }
    m_summary->setText(m_results.isEmpty() ? tr("No delete has run yet.") : parts.join(QStringLiteral(" · ")));
    m_retry->setEnabled(!failedIds().isEmpty());
    m_copy->setEnabled(!m_results.isEmpty());
    applyFilter();
}

void DeleteResultsView::applyFilter()
{
    const int wanted = m_filter->currentData().toInt();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(wanted >= 0 && item->data(0, Qt::UserRole).toInt() != wanted);
    }
}

void DeleteResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeleteResultsView::retranslate()
{
    m_list->setHeaderLabels({ tr("Name"), tr("Task ID"), tr("Outcome"), tr("Error code"), tr("Explanation"),
                              tr("Service message"), tr("HTTP"), tr("Request ID"), tr("Reason") });
    const int current = m_filter->currentIndex();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All outcomes"), -1);
    for (DeleteOutcome o : AllOutcomes)
        m_filter->addItem(DeleteResult::label(o), int(o));
    m_filter->setCurrentIndex(current < 0 ? 0 : current);
    m_copy->setText(tr("Copy details"));
    m_retry->setText(tr("Retry failed"));
    rebuild();
}
