#include "ui/MainWindow.h"

#include "api/SmsClient.h"
#include "ops/AuditLog.h"
#include "ops/DeleteOperation.h"
#include "ops/DeletePlan.h"
#include "ops/LoadOperation.h"
#include "ops/SessionSetup.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "translations/Translations.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/CsvExport.h"
#include "ui/DeleteResultsView.h"
#include "ui/ErrorBar.h"
#include "ui/FilterBar.h"
#include "ui/ProfileDialog.h"
#include "ui/ProfileSelector.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxy(this))
    , m_profiles(new ProfileStore(this))
    , m_secretStore(new KeychainSecretStore(QStringLiteral("sms-task-manager"), this))
    , m_secrets(new ProfileSecrets(m_secretStore, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy->setSourceModel(m_model);
    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::onAutoRefreshTick);
    createWidgets();
    createActions();
    resize(1280, 800);
    restoreSettings();
    retranslate();
}

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : MainWindow(parent)
{
    if (profile.isDemo())
        setDemoProfile(profile);
    else if (profile.isEnvironment())
        setEnvironmentProfile(profile);
    m_selector->setCurrentId(profile.id);
    activate(profile);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isBusy() const
{
    return (m_load && !m_load->isFinished()) || (m_delete && !m_delete->isFinished());
}

void MainWindow::createWidgets()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(TaskTableModel::Column::Created), Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Defaults for a first run; the user's layout is restored over them.
    using C = TaskTableModel::Column;
    const std::pair<C, int> widths[] = { { C::Name, 190 },
                                         { C::Id, 100 },
                                         { C::TaskState, 175 },
                                         { C::Source, 210 },
                                         { C::SourceState, 175 },
                                         { C::Agent, 100 },
                                         { C::Classification, 110 },
                                         { C::Progress, 150 },
                                         { C::Created, 130 },
                                         { C::Os, 110 },
                                         { C::Type, 60 },
                                         { C::EstimatedCompletion, 130 },
                                         { C::EnterpriseProject, 120 } };
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < int(std::size(widths)); ++visual) {
        const int logical = int(widths[visual].first);
        header->moveSection(header->visualIndex(logical), visual);
        m_table->setColumnWidth(logical, widths[visual].second);
    }
    header->setSectionHidden(int(C::EstimatedCompletion), true);
    header->setSectionHidden(int(C::EnterpriseProject), true);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("accountBanner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setWordWrap(true);
    m_addAccountButton = new QPushButton;
    m_addAccountButton->setObjectName(QStringLiteral("addAccountButton"));
    m_filterBar = new FilterBar(m_proxy);
    m_errorBar = new ErrorBar;
    connect(m_errorBar, &ErrorBar::retryRequested, this, &MainWindow::refresh);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_addAccountButton);
    layout->addLayout(bannerRow);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_results = new DeleteResultsView;
    m_resultsDock = new QDockWidget(this);
    m_resultsDock->setObjectName(QStringLiteral("resultsDock"));
    m_resultsDock->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, m_resultsDock);
    m_resultsDock->hide();
    connect(m_results, &DeleteResultsView::retryFailedRequested, this,
            [this](const QStringList &ids) { openConfirmDialog(m_model->tasks(ids)); });

    m_statusCounts = new QLabel;
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_statusWarning = new QLabel;
    m_statusWarning->setObjectName(QStringLiteral("statusWarning"));
    m_statusWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addWidget(m_statusCounts, 1);
    statusBar()->addWidget(m_statusWarning);
    statusBar()->addPermanentWidget(m_progress);

    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatus);
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(QString()); // titled in retranslate()
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_selector = new ProfileSelector(m_profiles, m_secrets);
    m_selector->setObjectName(QStringLiteral("profileSelector"));
    m_selector->setDemoAvailable(false);
    connect(m_selector, &ProfileSelector::profileChosen, this, &MainWindow::chooseProfile);
    connect(m_addAccountButton, &QPushButton::clicked, m_selector, &ProfileSelector::addAccount);
    toolbar->addWidget(m_selector);
    toolbar->addSeparator();

    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_deleteAction = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // The Delete key acts on the table only: typing in the search box never opens the dialog.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_selectAllAction = new QAction(this);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);

    m_copyIdsAction = new QAction(this);
    m_copyIdsAction->setObjectName(QStringLiteral("copyIdsAction"));
    m_copyIdsAction->setShortcut(QKeySequence::Copy);
    m_copyIdsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyIdsAction, &QAction::triggered, this, &MainWindow::copySelectedIds);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_auditLogAction = new QAction(this);
    m_auditLogAction->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::openAuditLog);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About SMS Task Manager"),
                                    tr("SMS Task Manager %1\nLists and deletes Huawei Cloud SMS migration tasks.")
                                        .arg(QCoreApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_exportAction);
    // The table's context menu offers the same actions as the menus.
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_selectAllAction);
    m_table->addAction(m_copyIdsAction);
    m_table->addAction(m_refreshAction);
    m_table->addAction(m_exportAction);
    addAction(m_findAction);
    addAction(m_refreshAction);

    QMenu *fileMenu = menuBar()->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_auditLogAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_deleteAction);
    editMenu->addAction(m_selectAllAction);
    editMenu->addAction(m_copyIdsAction);
    editMenu->addAction(m_findAction);
    QMenu *viewMenu = menuBar()->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_autoRefreshMenu = viewMenu->addMenu(QString());
    m_autoRefreshMenu->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefreshGroup = new QActionGroup(this);
    for (int seconds : { 0, 30, 60, 300 }) {
        QAction *a = m_autoRefreshMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(seconds);
        m_autoRefreshGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setAutoRefreshSeconds(seconds); });
    }
    m_languageMenu = viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current language.
    for (const auto &[code, name] : { std::pair { "en", "English" }, std::pair { "zh_CN", "简体中文" } }) {
        QAction *a = m_languageMenu->addAction(QString::fromUtf8(name));
        a->setObjectName(QStringLiteral("language_") + QString::fromLatin1(code));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(code));
        a->setChecked(Translations::current() == QString::fromLatin1(code));
        m_languageGroup->addAction(a);
        const QString language = QString::fromLatin1(code);
        connect(a, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    QMenu *helpMenu = menuBar()->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        toolbar->setWindowTitle(tr("Toolbar"));
    setWindowTitle(tr("%1 — SMS Task Manager").arg(profileName()));
    m_refreshAction->setText(tr("&Refresh"));
    m_addAccountButton->setText(tr("Add your account…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_selectAllAction->setText(tr("Select &all"));
    m_copyIdsAction->setText(tr("&Copy task IDs"));
    m_findAction->setText(tr("&Find"));
    m_aboutAction->setText(tr("&About"));
    m_exportAction->setText(tr("&Export visible rows…"));
    m_auditLogAction->setText(tr("Open the audit &log"));
    m_quitAction->setText(tr("&Quit"));
    m_autoRefreshMenu->setTitle(tr("Auto &refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_autoRefreshGroup->actions()) {
        const int seconds = a->data().toInt();
        a->setText(seconds == 0 ? tr("Off")
                                : (seconds < 60 ? tr("Every %n second(s)", nullptr, seconds)
                                                : tr("Every %n minute(s)", nullptr, seconds / 60)));
    }
    m_resultsDock->setWindowTitle(tr("Delete results"));
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu")))
        menu->setTitle(tr("&File"));
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")))
        menu->setTitle(tr("&Edit"));
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        menu->setTitle(tr("&View"));
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")))
        menu->setTitle(tr("&Help"));
    m_model->retranslate();
    updateBanner();
    updateStatus();
}

void MainWindow::updateBanner()
{
    if (!m_client) {
        m_banner->setText(m_profile.name.isEmpty() ? tr("Connecting…") : tr("Connecting to %1…").arg(profileName()));
        m_banner->setStyleSheet(QStringLiteral("background: #eeeeee; border: 1px solid #cccccc;"));
        m_addAccountButton->setVisible(false);
        return;
    }
    m_addAccountButton->setVisible(m_profile.isDemo());
    const QString text = tr("Profile: %1   ·   %2   ·   AK %3   ·   Region: %4   ·   Endpoint: %5")
                             .arg(profileName(), m_profile.accountLabel(), m_profile.credentials.maskedAk(),
                                  m_profile.region, m_profile.endpoint.toDisplayString());
    if (m_profile.isDemo()) {
        m_banner->setText(tr("DEMO — built-in sandbox, no real account. Add your account to work on real tasks.")
                          + QStringLiteral("\n") + text);
        m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c060;"));
    } else {
        m_banner->setText(text);
        m_banner->setStyleSheet(QStringLiteral("background: #e8f0fe; border: 1px solid #a8c7fa;"));
    }
}

QStringList MainWindow::selectedVisibleIds() const
{
    // Selection is read from the proxy: rows hidden by a filter are never part of a delete.
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(i.data(TaskTableModel::IdRole).toString());
    return ids;
}

void MainWindow::updateStatus()
{
    const QStringList ids = selectedVisibleIds();
    int deletable = 0;
    for (const QString &id : ids) {
        const int row = m_model->indexOf(id);
        if (row >= 0 && m_model->verdictAt(row).deletability == Deletability::Deletable)
            ++deletable;
    }
    m_statusCounts->setText(tr("%n task(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                            + tr("%n shown", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ")
                            + tr("%n selected", nullptr, int(ids.size())) + QStringLiteral(" · ")
                            + tr("%n deletable among the selected", nullptr, deletable));
    m_statusWarning->setText(m_listIncomplete ? tr("The list may be incomplete: refresh to list again.") : QString());
    const bool deleting = m_delete && !m_delete->isFinished();
    m_deleteAction->setEnabled(m_client && !ids.isEmpty() && !deleting);
    m_selector->setEnabled(!deleting); // never switch accounts in the middle of a delete
}

void MainWindow::refresh()
{
    if (!m_client || (m_load && !m_load->isFinished()))
        return;
    m_errorBar->hide();
    m_load = new LoadOperation(m_client, this);
    connect(m_load, &LoadOperation::tasksReceived, this, [this](const QList<Task> &page) { m_model->upsert(page); });
    connect(m_load, &LoadOperation::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_load, &LoadOperation::finished, this, &MainWindow::onLoadFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading… %v/%m"));
    m_progress->show();
    m_refreshAction->setEnabled(false);
    m_load->start();
}

void MainWindow::onLoadFinished()
{
    LoadOperation *load = m_load;
    m_progress->hide();
    m_refreshAction->setEnabled(true);
    if (load->error().isError()) {
        m_model->upsert(load->tasks());
        m_errorBar->showError(QStringLiteral(QT_TRANSLATE_NOOP("MainWindow", "Loading the tasks failed.")),
                              load->error());
        m_listIncomplete = true;
    } else if (load->isComplete()) {
        m_model->replaceAll(load->tasks());
        m_listIncomplete = false;
    } else {
        // Pages shifted while listing: keep what we have, say so, never drop rows on a partial list.
        m_model->upsert(load->tasks());
        m_listIncomplete = true;
    }
    load->deleteLater();
    updateStatus();
    Q_EMIT loadFinished();
}

void MainWindow::deleteSelected()
{
    if (!m_client || (m_delete && !m_delete->isFinished()))
        return;
    const QStringList ids = selectedVisibleIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the tasks to delete first."), 4000);
        return;
    }
    openConfirmDialog(m_model->tasks(ids));
}

void MainWindow::openConfirmDialog(const QList<Task> &tasks)
{
    if (tasks.isEmpty() || (m_dialog && m_dialog->isVisible()))
        return;
    const DeletePlan plan = DeletePlan::build(tasks);
    m_dialog = new ConfirmDeleteDialog(plan, m_profile, this);
    ConfirmDeleteDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startDelete(dialog); });
    // Qt 6.4 does not always honour WA_DeleteOnClose for a dialog closed by reject(): free it here,
    // or an auto refresh would stay paused for good.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void MainWindow::startDelete(ConfirmDeleteDialog *dialog)
{
    const DeleteOperation::Input input = dialog->confirmedInput();
    m_delete = new DeleteOperation(m_client, input, this);
    connect(m_delete, &DeleteOperation::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_delete, &DeleteOperation::finished, this, &MainWindow::onDeleteFinished);
    m_progress->setFormat(tr("Deleting… %v/%m"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_deleteAction->setEnabled(false);
    m_delete->start();
}

void MainWindow::onDeleteFinished()
{
    DeleteOperation *op = m_delete;
    const QList<DeleteResult> results = op->results();
    QStringList gone;
    for (const DeleteResult &r : results) {
        if (r.isSuccess())
            gone.append(r.id);
    }
    m_model->removeIds(gone);
    m_results->setResults(results);
    m_resultsDock->show();
    m_progress->hide();
    AuditLog::append(AuditLog::defaultPath(),
                     { m_profile.name, m_profile.endpoint.toString(), m_profile.region, m_profile.credentials.projectId,
                       m_profile.credentials.domainId, m_profile.credentials.maskedAk(), QStringLiteral("gui") },
                     results);
    op->deleteLater();
    updateStatus();
    Q_EMIT deleteFinished();
}

void MainWindow::copySelectedIds()
{
    const QStringList ids = selectedVisibleIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u'\n'));
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // Never hide the last visible column: the table would become unusable.
        a->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}

bool MainWindow::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(path, CsvExport::toCsv(m_proxy, m_table->horizontalHeader()), error);
}

void MainWindow::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export visible rows"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("sms-tasks.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error))
            statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 6000);
        else
            m_errorBar->showError(QStringLiteral(QT_TRANSLATE_NOOP("MainWindow", "Exporting failed.")), [&] {
                SmsError e;
                e.kind = SmsErrorKind::InvalidResponse;
                e.message = path + QStringLiteral(": ") + error;
                return e;
            }());
    });
    dialog->open();
}

void MainWindow::openAuditLog()
{
    const QString path = AuditLog::defaultPath();
    if (!QFileInfo::exists(path)) {
        statusBar()->showMessage(tr("No delete has been logged yet (%1).").arg(path), 6000);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::setAutoRefreshSeconds(int seconds)
{
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
    for (QAction *a : m_autoRefreshGroup->actions())
        a->setChecked(a->data().toInt() == seconds);
    QSettings().setValue(QStringLiteral("autoRefreshSeconds"), seconds);
}

void MainWindow::onAutoRefreshTick()
{
    // Paused while a dialog is open or anything runs: a refresh must never surprise a decision.
    if ((m_dialog && m_dialog->isVisible()) || isBusy() || QApplication::activeModalWidget())
        return;
    refresh();
}

void MainWindow::setLanguage(const QString &language)
{
    Translations::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(s.value(QStringLiteral("table/header")).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    setAutoRefreshSeconds(s.value(QStringLiteral("autoRefreshSeconds"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
    s.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setDemoProfile(const Profile &demo)
{
    m_demoProfile = demo;
    m_selector->setDemoAvailable(true);
}

void MainWindow::setEnvironmentProfile(const std::optional<Profile> &environment)
{
    m_environmentProfile = environment;
    m_selector->setEnvironmentProfile(environment);
}

QString MainWindow::initialProfileId() const
{
    const QString last = m_profiles->lastUsedId();
    if (last == Profile::environmentId() && m_environmentProfile)
        return last;
    if (!last.isEmpty() && last != Profile::demoId() && last != Profile::environmentId() && m_profiles->contains(last))
        return last;
    if (m_environmentProfile)
        return Profile::environmentId();
    return Profile::demoId();
}

void MainWindow::chooseProfile(const QString &id)
{
    if (m_delete && !m_delete->isFinished())
        return;
    m_selector->setCurrentId(id);
    if (id == Profile::demoId()) {
        activate(m_demoProfile);
        return;
    }
    if (id == Profile::environmentId()) {
        if (m_environmentProfile)
            activate(*m_environmentProfile);
        return;
    }
    const Profile saved = m_profiles->profile(id);
    if (saved.id.isEmpty())
        return;
    m_profile = saved; // shown as "connecting" until its secrets are in
    m_client = nullptr;
    updateBanner();
    m_secrets->load(saved, this,
                    [this, id](const Profile &withSecrets, SecretStore::Status status, const QString &message) {
                        if (m_selector->currentId() != id)
                            return; // the user chose another profile meanwhile
                        if (status == SecretStore::Status::Ok) {
                            activate(withSecrets);
                            return;
                        }
                        // Missing or unreadable secrets: the dialog says why and can keep them for this session.
                        Q_EMIT profileFailed(id, message);
                        m_selector->editProfile(id, message);
                    });
}

void MainWindow::activate(const Profile &profile)
{
    if (m_load && !m_load->isFinished()) {
        m_load->disconnect(this); // nothing of the old account may reach the new table
        m_load->cancel();
        m_load->deleteLater();
        m_progress->hide();
        m_refreshAction->setEnabled(true);
    }
    m_autoRefresh->stop();
    if (m_session)
        m_session->deleteLater();
    m_client = nullptr;
    m_profile = profile;
    m_model->clear(); // a new account: nothing of the old one may stay selectable
    m_errorBar->hide();
    m_session = new SessionSetup(profile.toSessionSpec(), this);
    SessionSetup *session = m_session;
    connect(session, &SessionSetup::ready, this, [this, session] {
        if (session != m_session)
            return;
        m_client = session->client();
        m_profile.endpoint = session->endpoints().sms;
        m_profile.credentials.projectId = m_client->credentials().projectId;
        m_profile.credentials.domainId = m_client->credentials().domainId;
        if (m_profile.kind == Profile::Kind::Saved || m_profile.isEnvironment())
            m_profiles->setLastUsedId(m_profile.id);
        retranslate();
        setAutoRefreshSeconds(QSettings().value(QStringLiteral("autoRefreshSeconds"), 0).toInt());
        Q_EMIT profileActivated(m_profile.id);
        refresh();
    });
    connect(session, &SessionSetup::failed, this, [this, session](const QString &problem, const SmsError &error) {
        if (session != m_session)
            return;
        updateBanner();
        m_errorBar->showError(QStringLiteral(QT_TRANSLATE_NOOP("MainWindow", "Connecting failed.")), [&] {
            SmsError e = error;
            if (!e.isError()) {
                e.kind = SmsErrorKind::InvalidResponse;
                e.message = problem;
            } else if (!problem.isEmpty()) {
                e.message = problem + QStringLiteral(" ") + e.message;
            }
            return e;
        }());
        Q_EMIT profileFailed(m_profile.id, problem);
    });
    updateBanner();
    session->start();
}

QString MainWindow::profileName() const
{
    // The built-in profiles are named in the current language, at display time.
    if (m_profile.isDemo())
        return tr("Demo");
    if (m_profile.isEnvironment())
        return tr("Environment");
    return m_profile.name;
}
