#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class TaskFilterProxy;

// Task state, source state, classification and a search box, driving a TaskFilterProxy.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 120;

    explicit FilterBar(TaskFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    void focusSearch();
    void clearFilters(); // every box back to "All", the search emptied

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TaskFilterProxy *m_proxy;
    QLabel *m_taskStateLabel;
    QComboBox *m_taskState;
    QLabel *m_sourceStateLabel;
    QComboBox *m_sourceState;
    QLabel *m_classificationLabel;
    QComboBox *m_classification;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};
