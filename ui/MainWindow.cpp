#include "ui/MainWindow.h"

#include "ops/AccountSession.h"
#include "ops/AuditLog.h"
#include "secrets/ProfileSecrets.h"
#include "settings/ProfileStore.h"
#include "ui/AccountBanner.h"
#include "ui/AutoRefreshMenu.h"
#include "ui/DeleteResultsView.h"
#include "ui/LanguageMenu.h"
#include "ui/ProfileDialog.h"
#include "ui/ProfileSelector.h"
#include "ui/RefreshInfo.h"
#include "ui/SourceCleanupBar.h"
#include "ui/StopDeleteFlow.h"
#include "ui/TaskListWidget.h"
#include "ui/TaskTableView.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(ProfileStore *profiles, ProfileSecrets *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_selector(new ProfileSelector(profiles, secrets))
    , m_banner(new AccountBanner)
    , m_list(new TaskListWidget)
    , m_resultsDock(new QDockWidget(this))
    , m_refreshInfo(new RefreshInfo(this))
    , m_sourceCleanup(new SourceCleanupBar(m_list->model()))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    setCentralWidget(central);

    m_resultsDock->setObjectName(QStringLiteral("resultsDock"));
    m_list->resultsView()->setTopBar(m_sourceCleanup);
    m_resultsDock->setWidget(m_list->resultsView());
    m_list->resultsView()->show();
    addDockWidget(Qt::BottomDockWidgetArea, m_resultsDock);
    m_resultsDock->hide();
    m_list->addStatusWidgets(statusBar());
    statusBar()->addPermanentWidget(m_refreshInfo);
    connect(m_list, &TaskListWidget::loadFinished, m_refreshInfo, [this] {
        if (!m_list->lastLoadFailed()) // a failed refresh leaves the list as old as it was
            m_refreshInfo->markRefreshed();
    });

    m_selector->setObjectName(QStringLiteral("profileSelector"));
    m_selector->setDemoAvailable(false);
    connect(m_selector, &ProfileSelector::profileChosen, this, &MainWindow::chooseProfile);
    connect(m_banner, &AccountBanner::addAccountRequested, m_selector, &ProfileSelector::addAccount);
    connect(m_list, &TaskListWidget::resultsChanged, m_resultsDock, &QWidget::setVisible);
    connect(m_list, &TaskListWidget::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_list, &TaskListWidget::reconnectRequested, this, [this] { chooseProfile(m_selector->currentId()); });
    connect(m_list, &TaskListWidget::editAccountRequested, m_selector, &ProfileSelector::editCurrent);

    createMenus();
    // 1280×800 at most, and never more than the screen offers (a small laptop, a scaled display).
    QSize size(1280, 800);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 48)); // room for the frame
    resize(size);
    restoreSettings();
    retranslate();
}

MainWindow::~MainWindow()
{
    m_sourceCleanup->setSession(nullptr);
    m_list->setSession(nullptr);
}

void MainWindow::createMenus()
{
    auto *toolbar = addToolBar(QString()); // titled in retranslate()
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_selector);
    toolbar->addSeparator();
    auto *gap = new QWidget; // the account's Remove… well apart from the tasks' Delete…
    gap->setFixedWidth(24);
    toolbar->addWidget(gap);
    toolbar->addAction(m_list->refreshAction());
    toolbar->addAction(m_list->deleteAction());
    toolbar->addAction(m_list->exportAction());
    addAction(m_list->findAction());
    addAction(m_list->refreshAction());

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

    auto menu = [this](const char *name) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(QString::fromLatin1(name));
        return m;
    };
    QMenu *fileMenu = menu("fileMenu");
    fileMenu->addActions({ m_list->refreshAction(), m_list->exportAction(), m_auditLogAction });
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    menu("editMenu")
        ->addActions({ m_list->deleteAction(), m_list->stopDeleteFlow()->action(),
                       m_list->stopDeleteFlow()->cancelAction(), m_list->selectAllAction(), m_list->copyIdsAction(),
                       m_list->findAction() });
    QMenu *viewMenu = menu("viewMenu");
    m_autoRefreshMenu = new AutoRefreshMenu(viewMenu);
    connect(m_autoRefreshMenu, &AutoRefreshMenu::changed, m_list, &TaskListWidget::setAutoRefreshSeconds);
    connect(m_autoRefreshMenu, &AutoRefreshMenu::changed, m_refreshInfo, &RefreshInfo::setIntervalSeconds);
    viewMenu->addMenu(m_autoRefreshMenu);
    viewMenu->addMenu(new LanguageMenu(viewMenu));
    viewMenu->addSeparator();
    QAction *results = m_resultsDock->toggleViewAction(); // named after the dock: "Delete results"
    results->setObjectName(QStringLiteral("resultsPanelAction"));
    viewMenu->addAction(results);
    menu("helpMenu")->addAction(m_aboutAction);
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
    setWindowTitle(tr("%1 — SMS Task Manager").arg(m_profile.displayName()));
    m_aboutAction->setText(tr("&About"));
    m_auditLogAction->setText(tr("Open the audit &log"));
    m_quitAction->setText(tr("&Quit"));
    m_resultsDock->setWindowTitle(tr("Delete results"));
    const std::pair<const char *, QString> titles[] = { { "fileMenu", tr("&File") },
                                                        { "editMenu", tr("&Edit") },
                                                        { "viewMenu", tr("&View") },
                                                        { "helpMenu", tr("&Help") } };
    for (const auto &[name, title] : titles) {
        if (auto *m = menuBar()->findChild<QMenu *>(QString::fromLatin1(name)))
            m->setTitle(title);
    }
}

void MainWindow::openAuditLog()
{
    const QString path = AuditLog::defaultPath();
    if (!QFileInfo::exists(path)) {
        statusBar()->showMessage(tr("No delete has been logged yet (%1).").arg(path), 6000);
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    // No application opens it (no xdg-open, no handler for .jsonl): say where it is instead.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Open the audit log"),
                                tr("No application is set up to open the audit log. It is here:\n%1").arg(path),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("auditLogBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy = box->addButton(tr("Copy the path"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAuditPathButton"));
    connect(copy, &QPushButton::clicked, box, [path] { QGuiApplication::clipboard()->setText(path); });
    box->open();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_resultsDock->hide(); // results belong to a session; none is open yet
    m_list->table()->restoreLayout(s.value(QStringLiteral("table/header")).toByteArray());
    m_list->setAutoRefreshSeconds(m_autoRefreshMenu->seconds());
    m_refreshInfo->setIntervalSeconds(m_autoRefreshMenu->seconds());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
    s.setValue(QStringLiteral("table/header"), m_list->table()->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && m_session->isChanging()) {
        // Closing now would drop answers of deletes already sent: their outcome and audit line would
        // be lost. Send nothing more, and close once what is in flight is confirmed and logged.
        event->ignore();
        statusBar()->showMessage(tr("Closing once the requests in flight are confirmed and logged; nothing more "
                                    "is sent."));
        if (!m_closeOnceDone) { // once: the window may be shown again later (it is, in the tests)
            m_closeOnceDone = new QObject(this);
            const auto closeNow = [this] {
                if (!m_closeOnceDone)
                    return; // another of the three in the same turn
                m_closeOnceDone->deleteLater(); // its connections go with it
                m_closeOnceDone = nullptr;
                close();
            };
            connect(m_session, &AccountSession::deleteFinished, m_closeOnceDone, closeNow);
            connect(m_session, &AccountSession::stopFinished, m_closeOnceDone, closeNow);
            connect(m_session, &AccountSession::sourceCleanupFinished, m_closeOnceDone, closeNow);
        }
        m_session->cancelStop(); // the waiting ends; the stop's delete sends nothing after Cancel
        m_session->cancelDelete();
        m_session->cancelSourceCleanup();
        return;
    }
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
    if (m_session && m_session->isChanging())
        return; // never switch accounts in the middle of a delete or a stop
    m_selector->setCurrentId(id);
    if (id == Profile::demoId())
        return activate(m_demoProfile);
    if (id == Profile::environmentId()) {
        if (m_environmentProfile)
            activate(*m_environmentProfile);
        return;
    }
    const Profile saved = m_profiles->profile(id);
    if (saved.id.isEmpty())
        return;
    m_profile = saved; // shown as "connecting" until its secrets are in
    if (m_session)
        m_session->deleteLater();
    m_sourceCleanup->setSession(nullptr);
    m_list->setSession(nullptr);
    m_banner->setAccount(m_profile, nullptr);
    m_secrets->load(saved, this,
                    [this, id](const Profile &withSecrets, SecretStore::Status status, const QString &message) {
                        if (m_selector->currentId() != id)
                            return; // the user chose another profile meanwhile
                        if (status == SecretStore::Status::Ok)
                            return activate(withSecrets);
                        // Missing or unreadable secrets: the dialog says why and can keep them for this
                        // session; the bar stays once it is closed, with what to do.
                        Q_EMIT profileFailed(id, message);
                        m_list->showKeychainProblem(m_profile.name, status, m_secrets->store()->timeoutMs());
                        m_selector->editProfile(id, message);
                    });
}

void MainWindow::activate(const Profile &profile)
{
    if (m_session)
        m_session->deleteLater(); // its load is cancelled with it; nothing of it reaches the new table
    m_profile = profile;
    auto *session = new AccountSession(profile.toConnectionSpec(), profile.name, QStringLiteral("gui"), this);
    m_session = session;
    m_sourceCleanup->setSession(session);
    m_list->setSession(session);
    m_banner->setAccount(profile, session);
    connect(session, &AccountSession::ready, this, [this, session] {
        if (m_profile.kind == Profile::Kind::Saved || m_profile.isEnvironment())
            m_profiles->setLastUsedId(m_profile.id);
        m_banner->setAccount(m_profile, session);
        retranslate();
        Q_EMIT profileActivated(m_profile.id);
    });
    connect(session, &AccountSession::failed, this, [this](const QString &problem, const SmsError &) {
        m_banner->setAccount(m_profile, nullptr);
        Q_EMIT profileFailed(m_profile.id, problem);
    });
    connect(session, &AccountSession::deleteStarted, m_selector, [this] { m_selector->setEnabled(false); });
    connect(session, &AccountSession::stopStarted, m_selector, [this] { m_selector->setEnabled(false); });
    connect(session, &AccountSession::stopFinished, m_selector, [this] { m_selector->setEnabled(true); });
    connect(session, &AccountSession::deleteFinished, m_selector, [this] { m_selector->setEnabled(true); });
    retranslate();
    session->open();
}
