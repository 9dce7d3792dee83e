// The table's load path: pages gathered into one merge (TaskFeed), a complete listing that came
// page by page keeps only what it listed (keepListed), a large removal whose index is rebuilt a
// turn later, and the delegate that paints the cells from cached text.
#include "ui/TaskFeed.h"
#include "ui/TaskItemDelegate.h"
#include "ui/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

class tst_TableFeed : public QObject
{
    Q_OBJECT

private:
    static Task task(const QString &id, const QString &name = {})
    {
        Task t;
        t.id = id;
        t.name = name.isEmpty() ? QStringLiteral("task-") + id : name;
        t.state = QStringLiteral("MIGRATE_SUCCESS");
        t.sourceState = QStringLiteral("finished");
        t.connected = false;
        return t;
    }
    static QList<Task> tasks(int from, int count)
    {
        QList<Task> out;
        for (int i = from; i < from + count; ++i)
            out.append(task(QString::number(i)));
        return out;
    }
    // Whether any pixel of the image is close to `color` (anti-aliased text has a few exact ones).
    static bool hasPixelNear(const QImage &image, const QColor &color)
    {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) + qAbs(c.blue() - color.blue()) < 30)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void theFirstPageIsShownAtOnceTheNextOnesGathered()
    {
        TaskFeed feed(100);
        QSignalSpy ready(&feed, &TaskFeed::ready);
        feed.add(tasks(0, 3));
        QCOMPARE(ready.count(), 1); // nothing shown lately: no wait for the first rows
        feed.add(tasks(3, 2));
        feed.add(tasks(5, 4));
        QCOMPARE(ready.count(), 1); // gathered
        QVERIFY(ready.wait(1000));
        QCOMPARE(ready.count(), 2);
        QCOMPARE(ready.last().at(0).value<QList<Task>>().size(), 6); // both pages in one merge
        QVERIFY(feed.isEmpty());
    }

    void flushAndClearDecideWhatIsGathered()
    {
        TaskFeed feed(10000);
        QSignalSpy ready(&feed, &TaskFeed::ready);
        feed.add(tasks(0, 1));
        feed.add(tasks(1, 2));
        feed.flush();
        QCOMPARE(ready.count(), 2);
        QCOMPARE(ready.last().at(0).value<QList<Task>>().size(), 2);
        feed.add(tasks(3, 2));
        feed.clear(); // another account: its rows must never reach the table
        QTest::qWait(50);
        feed.flush();
        QCOMPARE(ready.count(), 2);
    }

    void aListingDeliveredPageByPageKeepsOnlyWhatItListed()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginListing();
        model.upsert(tasks(0, 10)); // an earlier listing
        model.beginListing();
        model.upsert(tasks(2, 3)); // this one lists 2..4 and 20..21, unchanged or new
        model.upsert(tasks(20, 2));
        model.keepListed();
        QCOMPARE(model.rowCount(), 5);
        for (const QString &id : { QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("20"),
                                   QStringLiteral("21") })
            QVERIFY2(model.indexOf(id) >= 0, qPrintable(id));
        for (const QString &id : { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("9") })
            QCOMPARE(model.indexOf(id), -1);
    }

    void aTaskListedAgainRightAfterALargeRemovalComesBack()
    {
        // A removal of most rows leaves the removed ids in the index until compact() runs a turn
        // later; a page bringing one of them back in between must add it, not update an empty slot.
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(tasks(0, 100));
        QStringList gone;
        for (int i = 0; i < 90; ++i)
            gone.append(QString::number(i));
        model.removeIds(gone);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.taskById(QStringLiteral("5")));
        model.upsert({ task(QStringLiteral("5"), QStringLiteral("back-again")) });
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.taskAt(model.indexOf(QStringLiteral("5"))).name, QStringLiteral("back-again"));
        QTest::qWait(20); // compact() runs
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.taskById(QStringLiteral("5"))->name, QStringLiteral("back-again"));
        QCOMPARE(model.indexOf(QStringLiteral("50")), -1);
        QCOMPARE(model.taskAt(model.indexOf(QStringLiteral("95"))).id, QStringLiteral("95"));
    }

    void theDelegateElidesAndPaintsTextInThePalettesColours()
    {
        TaskItemDelegate delegate;
        QTableView view; // the option's widget, for the style
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.textElideMode = Qt::ElideRight;
        const QString name = QStringLiteral("a-rather-long-task-name-for-a-narrow-column");
        QVERIFY(delegate.shownText(option, name, 60).endsWith(QChar(0x2026)));
        QCOMPARE(delegate.shownText(option, name, 2000), name);

        TaskTableModel model;
        model.upsert({ task(QStringLiteral("1"), QStringLiteral("WWWWWWWW")) });
        const QModelIndex cell = model.index(0, int(TaskColumn::Name));
        QPalette palette = option.palette;
        palette.setColor(QPalette::Text, QColor(200, 0, 0));
        palette.setColor(QPalette::HighlightedText, QColor(0, 200, 0));
        palette.setColor(QPalette::Highlight, QColor(0, 0, 90));
        palette.setColor(QPalette::Base, Qt::white);
        for (const bool selected : { false, true }) {
            QImage image(200, 30, QImage::Format_RGB32);
            image.fill(Qt::white);
            QStyleOptionViewItem o = option;
            o.palette = palette;
            o.rect = image.rect();
            o.state = QStyle::State_Enabled | QStyle::State_Active
                | (selected ? QStyle::State_Selected : QStyle::State_None);
            QPainter painter(&image);
            delegate.paint(&painter, o, cell);
            painter.end();
            const QColor expected = selected ? QColor(0, 200, 0) : QColor(200, 0, 0);
            const QColor other = selected ? QColor(200, 0, 0) : QColor(0, 200, 0);
            QVERIFY2(hasPixelNear(image, expected), selected ? "selected text" : "text");
            QVERIFY(!hasPixelNear(image, other));
        }
    }
};

QTEST_MAIN(tst_TableFeed)
#include "tst_tablefeed.moc"
