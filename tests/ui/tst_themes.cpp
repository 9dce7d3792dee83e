// The demo banner, the account banner and the error bar stay readable in a light, a dark and a
// high-contrast theme: each is grabbed as painted and the contrast of its text against its
// background is measured on the pixels (WCAG 2: at least 4.5:1). A check of the palette alone
// would pass while a style sheet still painted a light background under light text.
#include "WindowFixture.h"
#include "model/SmsError.h"
#include "translations/Translations.h"
#include "ui/ErrorBar.h"
#include "ui/ToneColors.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

class tst_Themes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<DemoWindow> m_demo;

    static QPalette dark()
    {
        QPalette p;
        const QColor window(0x2d, 0x2d, 0x2d), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
        for (auto role : { QPalette::Window, QPalette::Button })
            p.setColor(role, window);
        for (auto role : { QPalette::Base, QPalette::AlternateBase })
            p.setColor(role, base);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText })
            p.setColor(role, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        return p;
    }
    static QPalette highContrast()
    {
        QPalette p;
        for (auto role : { QPalette::Window, QPalette::Button, QPalette::Base, QPalette::AlternateBase })
            p.setColor(role, Qt::black);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(role, Qt::white);
        p.setColor(QPalette::Highlight, Qt::yellow);
        p.setColor(QPalette::HighlightedText, Qt::black);
        return p;
    }

    // The background is the commonest colour; the text is the pixel that differs from it most
    // (the fully covered middle of a stroke has the text's own colour).
    static double textContrast(const QImage &image)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        QRgb background = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        }
        double best = 1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            best = std::max(best, ToneColors::contrast(QColor(it.key()), QColor(background)));
        return best;
    }
    // scripts/screenshots.sh sets SMS_SCREENSHOT_DIR: the README's theme screenshots come from here.
    void saveScreenshot(const QString &theme) const
    {
        const QString dir = qEnvironmentVariable("SMS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_demo->window->resize(1280, 800);
        m_demo->driver.selectRows({ Deletability::Deletable }, 6);
        QCoreApplication::processEvents();
        const QString name = QStringLiteral("main-%1-en.png").arg(QString(theme).replace(u' ', u'-'));
        QVERIFY(m_demo->window->grab().save(dir + u'/' + name));
    }
    static QImage grabLabel(QWidget *container, QLabel *label)
    {
        return container->grab(QRect(label->mapTo(container, QPoint(0, 0)), label->size())).toImage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_sb = std::make_unique<SandboxFixture>();
        QVERIFY(m_sb->url.isValid());
    }
    void cleanupTestCase()
    {
        m_demo.reset();
        m_sb.reset();
        QApplication::setPalette(QApplication::style()->standardPalette());
        QSettings().clear();
    }

    void bannersAndTheErrorBarAreReadableInEveryTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << dark();
        QTest::newRow("high contrast") << highContrast();
    }
    void bannersAndTheErrorBarAreReadableInEveryTheme()
    {
        // The theme is there before the window, as when the app starts under it.
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        QVERIFY(m_demo->open());

        auto *banner = m_demo->window->findChild<QLabel *>(QStringLiteral("accountBanner"));
        QVERIFY(banner);
        QVERIFY(banner->text().startsWith(QStringLiteral("DEMO")));
        const double bannerContrast = textContrast(banner->grab().toImage());
        QVERIFY2(bannerContrast >= 4.5, qPrintable(QStringLiteral("demo banner: %1:1").arg(bannerContrast)));

        ErrorBar bar;
        SmsError e;
        e.kind = SmsErrorKind::Network;
        e.message = QStringLiteral("Connection refused");
        bar.showError(ErrorBar::Context::Loading, e);
        bar.resize(700, bar.sizeHint().height());
        auto *text = bar.findChild<QLabel *>(QStringLiteral("errorText"));
        QVERIFY(text);
        const double barContrast = textContrast(grabLabel(&bar, text));
        QVERIFY2(barContrast >= 4.5, qPrintable(QStringLiteral("error bar: %1:1").arg(barContrast)));
        saveScreenshot(QString::fromLatin1(QTest::currentDataTag()));
        m_demo.reset();
    }

    void aThemeChangedWhileRunningRecoloursTheBanner()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_demo = std::make_unique<DemoWindow>(*m_sb);
        QVERIFY(m_demo->open());
        auto *banner = m_demo->window->findChild<QLabel *>(QStringLiteral("accountBanner"));
        QVERIFY(banner);
        const QImage light = banner->grab().toImage();
        QApplication::setPalette(dark());
        QCoreApplication::processEvents();
        const QImage darkened = banner->grab().toImage();
        QVERIFY(light != darkened);
        QVERIFY(textContrast(darkened) >= 4.5);
        // The background follows the theme: darker than the light one.
        QVERIFY(QColor(darkened.pixel(2, darkened.height() / 2)).lightness()
                < QColor(light.pixel(2, light.height() / 2)).lightness());
        m_demo.reset();
    }

    void theContrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(ToneColors::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ToneColors::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the classic just-passing grey.
        QVERIFY(ToneColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ToneColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }
};

QTEST_MAIN(tst_Themes)
#include "tst_themes.moc"
