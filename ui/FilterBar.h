#pragma once

#include <QWidget>

class AgeFilter;
class ChoiceFilter;
class QLabel;
class QLineEdit;
class QTimer;
class TaskFilterProxy;
class TaskSummaryStrip;

// Task state, source state, classification (each several at once), the tasks' age and a search box,
// driving a TaskFilterProxy; below them the summary strip, whose counts are shortcuts to the same
// filters.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 120;
    // An age counts from now: while it filters, its cutoff moves on this often (one proxy reset).
    static constexpr int AgeRecountMs = 3600 * 1000;

    explicit FilterBar(TaskFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    ChoiceFilter *taskStateFilter() const { return m_taskState; }
    ChoiceFilter *sourceStateFilter() const { return m_sourceState; }
    ChoiceFilter *classificationFilter() const { return m_classification; }
    AgeFilter *ageFilter() const { return m_age; }
    void focusSearch();
    void clearFilters(); // every filter back to "All" (and any age), the search emptied

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters(); // the proxy and the strip follow the three filters
    void applyAge(); // the proxy follows the age filter, its cutoff counted from now
    static void chooseOnly(ChoiceFilter *filter, const QString &value); // a strip click: only it, or all again

    TaskFilterProxy *m_proxy;
    QLabel *m_taskStateLabel;
    ChoiceFilter *m_taskState;
    QLabel *m_sourceStateLabel;
    ChoiceFilter *m_sourceState;
    QLabel *m_classificationLabel;
    ChoiceFilter *m_classification;
    QLabel *m_ageLabel;
    AgeFilter *m_age;
    QTimer *m_ageDelay;
    QTimer *m_ageRecount;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    TaskSummaryStrip *m_summary;
};
