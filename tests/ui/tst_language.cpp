#include "WindowFixture.h"
#include "translations/Translations.h"
#include "ui/ChoiceFilter.h"
#include "ui/ConfirmDeleteDialog.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/TaskTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// View > Language switches the whole interface at runtime, open dialog included, and the choice
// persists. Every expected text is spelled out, so a missing or wrong translation fails here.
class tst_Language : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;
    MainWindow *m_window = nullptr;
    WindowDriver m_ui;

    QString header(TaskTableModel::Column c) const
    {
        return m_ui.model()->headerData(int(c), Qt::Horizontal).toString();
    }
    QString actionText(const char *name) const
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        return a ? a->text() : QStringLiteral("<no action %1>").arg(QString::fromLatin1(name));
    }
    QString menuTitle(const char *name) const
    {
        auto *m = m_window->menuBar()->findChild<QMenu *>(QString::fromLatin1(name));
        return m ? m->title() : QStringLiteral("<no menu %1>").arg(QString::fromLatin1(name));
    }
    QString statusText() const
    {
        auto *l = m_window->findChild<QLabel *>(QStringLiteral("statusCounts"));
        return l ? l->text() : QString();
    }
    QStringList filterLabels() const
    {
        QStringList texts;
        for (QLabel *l : m_ui.filterBar()->findChildren<QLabel *>())
            texts.append(l->text());
        return texts;
    }
    QString filterText(const char *name) const // what the filter's button shows: "All" when nothing is chosen
    {
        auto *filter = m_ui.filterBar()->findChild<ChoiceFilter *>(QString::fromLatin1(name));
        return filter ? filter->currentText() : QString();
    }
    QString searchPlaceholder() const
    {
        auto *e = m_ui.filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        return e ? e->placeholderText() : QString();
    }
    void switchTo(const char *language)
    {
        auto *a = m_window->findChild<QAction *>(QStringLiteral("language_") + QString::fromLatin1(language));
        QVERIFY(a);
        a->trigger();
        QCoreApplication::processEvents(); // LanguageChange is posted to every widget
        QVERIFY(a->isChecked());
        QCOMPARE(Translations::current(), QString::fromLatin1(language));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QString::fromLatin1(language));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_sb = std::make_unique<SandboxFixture>();
        QVERIFY(m_sb->url.isValid());
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        m_window = m_demo->window.get();
        m_ui = m_demo->driver;
        QVERIFY(m_demo->open());
        QCOMPARE(m_ui.model()->rowCount(), m_sb->host->taskCount());
    }

    void cleanupTestCase()
    {
        m_demo.reset();
        m_sb.reset();
        QSettings().clear();
    }

    void switchesEverythingAtRuntimeAndPersists()
    {
        // Starts in English.
        QCOMPARE(header(TaskTableModel::Column::Name), QStringLiteral("Name"));
        QCOMPARE(actionText("refreshAction"), QStringLiteral("&Refresh"));

        // Select a few deletable tasks and open the confirm dialog, which stays open throughout.
        QTableView *table = m_ui.table();
        for (int r = 0, n = 0; r < table->model()->rowCount() && n < 3; ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (Deletability(i.data(TaskTableModel::DeletabilityRole).toInt()) != Deletability::Deletable)
                continue;
            table->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++n;
        }
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        ConfirmDeleteDialog *dialog = m_ui.openDialog();
        QVERIFY(dialog);
        QPointer<ConfirmDeleteDialog> guard(dialog);
        auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        const QAbstractItemModel *deletableList = WindowDriver::viewModel(dialog, "deletableList");
        QVERIFY(deleteButton && buttons && deletableList);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Delete migration tasks"));
        QCOMPARE(deleteButton->text(), QStringLiteral("Delete 3 tasks")); // the English plural form
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        const int rows = m_ui.model()->rowCount();
        QCOMPARE(statusText(),
                 QStringLiteral("%1 tasks · %1 shown · 3 selected · 3 deletable among the selected").arg(rows));

        // --- 简体中文 ---
        switchTo("zh_CN");
        QCOMPARE(header(TaskTableModel::Column::Name), QStringLiteral("名称"));
        QCOMPARE(header(TaskTableModel::Column::Id), QStringLiteral("任务ID"));
        QCOMPARE(header(TaskTableModel::Column::TaskState), QStringLiteral("任务状态"));
        QCOMPARE(header(TaskTableModel::Column::Source), QStringLiteral("源端服务器"));
        QCOMPARE(header(TaskTableModel::Column::SourceState), QStringLiteral("源端状态"));
        QCOMPARE(header(TaskTableModel::Column::Agent), QStringLiteral("Agent"));
        QCOMPARE(header(TaskTableModel::Column::EnterpriseProject), QStringLiteral("企业项目"));
        QCOMPARE(header(TaskTableModel::Column::Classification), QStringLiteral("删除判定"));
        // The cells too: the table's state labels are the console's words.
        const QStringList zhTaskStates { QStringLiteral("准备就绪"), QStringLiteral("迁移中"),
                                         QStringLiteral("同步中"),   QStringLiteral("迁移成功"),
                                         QStringLiteral("同步成功"), QStringLiteral("迁移失败"),
                                         QStringLiteral("同步失败"), QStringLiteral("中止中"),
                                         QStringLiteral("中止"),     QStringLiteral("跳过中"),
                                         QStringLiteral("删除中"),   QStringLiteral("回滚中") };
        const QString cell
            = m_ui.model()->index(0, int(TaskTableModel::Column::TaskState)).data(Qt::DisplayRole).toString();
        QVERIFY2(zhTaskStates.contains(cell), qPrintable(cell));
        const QString agent
            = m_ui.model()->index(0, int(TaskTableModel::Column::Agent)).data(Qt::DisplayRole).toString();
        QVERIFY2(
            QStringList({ QStringLiteral("已连接"), QStringLiteral("已断开"), QStringLiteral("未知") }).contains(agent),
            qPrintable(agent));

        QCOMPARE(actionText("refreshAction"), QStringLiteral("刷新(&R)"));
        QCOMPARE(actionText("deleteAction"), QStringLiteral("删除(&D)…"));
        QCOMPARE(actionText("exportAction"), QStringLiteral("导出可见行(&E)…"));
        QCOMPARE(menuTitle("fileMenu"), QStringLiteral("文件(&F)"));
        QCOMPARE(menuTitle("viewMenu"), QStringLiteral("视图(&V)"));
        QCOMPARE(menuTitle("languageMenu"), QStringLiteral("语言(&L)"));

        const QStringList labels = filterLabels();
        QVERIFY2(labels.contains(QStringLiteral("任务状态：")) && labels.contains(QStringLiteral("源端状态："))
                     && labels.contains(QStringLiteral("删除判定：")),
                 qPrintable(labels.join(u'|')));
        QCOMPARE(filterText("taskStateFilter"), QStringLiteral("全部"));
        auto *sourceFilter = m_ui.filterBar()->findChild<ChoiceFilter *>(QStringLiteral("sourceStateFilter"));
        QVERIFY(sourceFilter);
        QVERIFY(sourceFilter->labels().contains(QStringLiteral("已暂停")));
        QVERIFY(sourceFilter->labels().contains(QStringLiteral("环境校验不通过")));
        QCOMPARE(searchPlaceholder(), QStringLiteral("搜索名称、任务ID、源端名称或IP（Ctrl+F）"));
        QCOMPARE(statusText(), QStringLiteral("共 %1 个任务 · 显示 %1 个 · 已选 3 个 · 其中 3 个可删除").arg(rows));

        // The open dialog changed with it, Qt's own Cancel button included (qtbase_zh_CN).
        QVERIFY(guard);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("删除迁移任务"));
        QCOMPARE(deleteButton->text(), QStringLiteral("删除 3 个任务"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(WindowDriver::header(deletableList, 0), QStringLiteral("名称"));
        QCOMPARE(WindowDriver::header(deletableList, 4), QStringLiteral("源端状态"));
        auto *notice = dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY(notice && notice->text().startsWith(QStringLiteral("删除操作仅从主机迁移服务中移除迁移任务记录")));
        auto *account = dialog->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(account && account->text().contains(QStringLiteral("区域：")));

        // --- back to English ---
        switchTo("en");
        QCOMPARE(header(TaskTableModel::Column::Name), QStringLiteral("Name"));
        QCOMPARE(header(TaskTableModel::Column::SourceState), QStringLiteral("Source state"));
        QCOMPARE(header(TaskTableModel::Column::Classification), QStringLiteral("Deletion"));
        QCOMPARE(actionText("refreshAction"), QStringLiteral("&Refresh"));
        QCOMPARE(actionText("deleteAction"), QStringLiteral("&Delete…"));
        QCOMPARE(menuTitle("fileMenu"), QStringLiteral("&File"));
        QVERIFY2(filterLabels().contains(QStringLiteral("Task state:")), qPrintable(filterLabels().join(u'|')));
        QCOMPARE(filterText("taskStateFilter"), QStringLiteral("All"));
        QCOMPARE(searchPlaceholder(), QStringLiteral("Search name, task ID, source name or IP (Ctrl+F)"));
        QCOMPARE(statusText(),
                 QStringLiteral("%1 tasks · %1 shown · 3 selected · 3 deletable among the selected").arg(rows));
        QVERIFY(guard);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Delete migration tasks"));
        QCOMPARE(deleteButton->text(), QStringLiteral("Delete 3 tasks"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QCOMPARE(WindowDriver::header(deletableList, 0), QStringLiteral("Name"));

        dialog->reject();
        QTRY_VERIFY(!guard); // WA_DeleteOnClose
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }

    void aNewWindowStartsInTheSavedLanguage()
    {
        switchTo("zh_CN");
        // What app/gui/main.cpp does on start (without --lang): the saved choice, resolved and installed.
        const QString saved = QSettings().value(QStringLiteral("language")).toString();
        QCOMPARE(saved, QStringLiteral("zh_CN"));
        QVERIFY(Translations::install(Translations::resolve(saved)));
        DemoWindow window(*m_sb);
        MainWindow &second = *window.window;
        QCOMPARE(window.driver.model()->headerData(int(TaskTableModel::Column::TaskState), Qt::Horizontal).toString(),
                 QStringLiteral("任务状态"));
        auto *refresh = second.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->text(), QStringLiteral("刷新(&R)"));
        auto *zh = second.findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh && zh->isChecked());
        switchTo("en");
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
