#pragma once

#include "SandboxFixture.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/DeleteResultsView.h"
#include "ui/ErrorBar.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListWidget.h"
#include "ui/TaskTableModel.h"
#include "ui/TaskTableView.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

// Reaches a MainWindow's parts the way a user does: widgets by type or object name, actions by
// triggering them (only when enabled), the confirm dialog the Delete action really opened.
class WindowDriver
{
public:
    explicit WindowDriver(MainWindow *window = nullptr)
        : m_window(window)
    { }
    void setWindow(MainWindow *window) { m_window = window; }
    MainWindow *window() const { return m_window; }

    TaskListWidget *list() const { return m_window->findChild<TaskListWidget *>(); }
    TaskTableModel *model() const { return list()->findChild<TaskTableModel *>(); }
    TaskFilterProxy *proxy() const { return list()->findChild<TaskFilterProxy *>(); }
    TaskTableView *table() const { return list()->findChild<TaskTableView *>(); }
    DeleteResultsView *results() const { return m_window->findChild<DeleteResultsView *>(); }
    ErrorBar *errorBar() const { return list()->findChild<ErrorBar *>(); }
    FilterBar *filterBar() const { return list()->findChild<FilterBar *>(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    // Triggers Refresh (as F5 would) and waits until the list is in.
    bool reload(int timeoutMs = 15000) const
    {
        QSignalSpy loaded(list(), &TaskListWidget::loadFinished);
        QAction *refresh = action("refreshAction");
        if (!refresh->isEnabled())
            return false;
        refresh->trigger();
        return loaded.wait(timeoutMs);
    }

    // Selects the visible rows whose classification is one of `kinds`, at most `max`, optionally
    // with distinct source servers (so changing one source changes one task).
    QStringList selectRows(const QList<Deletability> &kinds, int max, bool distinctSources = false) const
    {
        TaskTableView *view = table();
        view->clearSelection();
        QStringList ids;
        QSet<QString> sources;
        for (int r = 0; r < view->model()->rowCount() && ids.size() < max; ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (!kinds.contains(Deletability(i.data(TaskTableModel::DeletabilityRole).toInt())))
                continue;
            const QString id = i.data(TaskTableModel::IdRole).toString();
            const QString source = model()->taskById(id)->sourceId;
            if (distinctSources && sources.contains(source))
                continue;
            sources.insert(source);
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(id);
        }
        return ids;
    }

    ConfirmDeleteDialog *waitForDialog() const
    {
        ConfirmDeleteDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ConfirmDeleteDialog *>()) && dialog->isVisible(); }, 5000);
        return dialog;
    }

    // Triggers the Delete action as the menu or the Delete key would; nullptr when it is disabled.
    ConfirmDeleteDialog *openDialog() const
    {
        QAction *del = action("deleteAction");
        QTest::qWait(0); // the action's state follows the selection once per event-loop turn
        if (!del->isEnabled())
            return nullptr;
        del->trigger();
        return waitForDialog();
    }

    // Types the count when asked, clicks Delete and waits for the results.
    bool confirm(ConfirmDeleteDialog *dialog, int timeoutMs = 20000) const
    {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        if (!button->isEnabled())
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                             QString::number(dialog->confirmedCount()));
        if (!button->isEnabled())
            return false;
        QSignalSpy finished(list(), &TaskListWidget::deleteFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(timeoutMs);
    }

    // The model behind a tree view found by object name (the dialog's lists, the results list): its
    // cells are what the view paints.
    static QAbstractItemModel *viewModel(const QObject *parent, const char *view)
    {
        auto *tree = parent->findChild<QTreeView *>(QString::fromLatin1(view));
        return tree ? tree->model() : nullptr;
    }
    static QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->index(row, column).data(role).toString();
    }
    static QString header(const QAbstractItemModel *model, int section)
    {
        return model->headerData(section, Qt::Horizontal).toString();
    }

    // The task ids a list of the dialog shows (its Task ID column), top to bottom.
    static QStringList listedIds(ConfirmDeleteDialog *dialog, const char *list)
    {
        const QAbstractItemModel *model = viewModel(dialog, list);
        QStringList ids;
        for (int i = 0; model && i < model->rowCount(); ++i)
            ids.append(cell(model, i, 1));
        return ids;
    }

private:
    MainWindow *m_window;
};

// A window built as the app builds it (stores handed in; secrets in memory), on the demo profile of
// a running sandbox.
struct DemoWindow
{
    explicit DemoWindow(const SandboxFixture &sb)
        : secrets(&memory)
        , window(std::make_unique<MainWindow>(&profiles, &secrets))
        , driver(window.get())
    {
        window->setDemoProfile(Profile::demo(sb.url, sb.credentials(), sb.config.region));
    }
    // Shows the window on the demo and waits for the first listing.
    bool open(int timeoutMs = 15000)
    {
        QSignalSpy loaded(driver.list(), &TaskListWidget::loadFinished);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->chooseProfile(Profile::demoId());
        return loaded.wait(timeoutMs);
    }

    ProfileStore profiles;
    MemorySecretStore memory;
    ProfileSecrets secrets;
    std::unique_ptr<MainWindow> window;
    WindowDriver driver;
};
