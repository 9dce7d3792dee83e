#pragma once

#include <QSet>
#include <QStringList>
#include <QTableView>

class QAction;
struct Task;

// The task table: rows selected whole, sorted by clicking a header, columns movable and hidden from
// the header's context menu, the layout kept across runs. Selection is read as stable task ids,
// never as indexes across the event loop.
class TaskTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TaskTableView(QWidget *parent = nullptr);

    // The ids of the selected rows the view shows: a row hidden by a filter is never selected.
    QStringList selectedIds() const;
    int selectedCount() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    void applyDefaultLayout(); // widths, order and hidden columns of a first run

    void setModel(QAbstractItemModel *model) override;

    // The context menu's "Copy target server IDs": what is left to clean up once tasks are gone.
    QAction *copyTargetIdsAction() const { return m_copyTargetIds; }
    QStringList selectedTargetIds() const; // each once, in the table's order, none for a task without one

protected:
    void actionEvent(QActionEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showColumnMenu(const QPoint &pos);
    QList<int> selectedRowNumbers() const; // proxy rows, each once, without selectedRows()'s cost
    QString idAt(int row) const; // the task id of a row the view shows
    const Task *taskAt(int row) const; // the task of a row the view shows, if the model is a task table
    // A model reset (a large scattered removal) would drop the selection, the current row and the
    // scroll position: they are kept by task id across it.
    void rememberSelection();
    void restoreSelection();

    QAction *m_copyTargetIds;
    bool m_copyTargetIdsPlaced = false;
    QSet<QString> m_keptSelection;
    QString m_keptCurrent;
    QString m_keptTop;
};
