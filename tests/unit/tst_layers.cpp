// The house rules of design.md, read off the source tree: which layer may include which, and no
// product file over 400 lines. A wrong arrow fails here, by name, before anyone has to spot it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_Layers : public QObject
{
    Q_OBJECT

private:
    struct Source
    {
        QString path; // relative to the source tree
        QStringList includes; // what each #include names
        int lines = 0;
    };

    QList<Source> m_sources;

    QList<Source> under(const QString &folder) const
    {
        QList<Source> out;
        for (const Source &s : m_sources) {
            if (s.path.startsWith(folder + u'/'))
                out.append(s);
        }
        return out;
    }

    // Every include of `folder`'s files that matches `forbidden`, as "file: include".
    QStringList violations(const QString &folder, const QRegularExpression &forbidden) const
    {
        QStringList out;
        for (const Source &s : under(folder)) {
            for (const QString &include : s.includes) {
                if (forbidden.match(include).hasMatch())
                    out.append(s.path + QStringLiteral(": ") + include);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDir root(QStringLiteral(SMS_SOURCE_DIR));
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        for (const QString &top : { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app") }) {
            QDirIterator it(root.filePath(top), { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                Source s;
                s.path = root.relativeFilePath(f.fileName());
                const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
                s.lines = int(lines.size()) - (lines.last().isEmpty() ? 1 : 0);
                for (const QString &line : lines) {
                    const QRegularExpressionMatch m = include.match(line);
                    if (m.hasMatch())
                        s.includes.append(m.captured(1));
                }
                m_sources.append(s);
            }
        }
        QVERIFY(under(QStringLiteral("core")).size() > 20);
        QVERIFY(under(QStringLiteral("ui")).size() > 10);
    }

    void theUiNeverSpeaksHttp()
    {
        const QStringList v = violations(QStringLiteral("ui"), QRegularExpression(QStringLiteral("^api/|^QNetwork")));
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void coreIncludesNoWidget()
    {
        // Every header of the QtWidgets module, by name, as Qt installs them.
        QSet<QString> widgets;
        const QDir dir(QStringLiteral(SMS_QT_WIDGETS_INCLUDE_DIR));
        for (const QString &name : dir.entryList(QDir::Files))
            widgets.insert(name);
        QVERIFY2(widgets.contains(QStringLiteral("QWidget")), SMS_QT_WIDGETS_INCLUDE_DIR);
        QStringList v;
        for (const Source &s : under(QStringLiteral("core"))) {
            for (const QString &include : s.includes) {
                if (widgets.contains(include) || include.startsWith(QLatin1String("QtWidgets")))
                    v.append(s.path + QStringLiteral(": ") + include);
            }
        }
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void settingsAndSecretsDoNotDependOnOperations()
    {
        const QRegularExpression ops(QStringLiteral("^ops/|^ui/"));
        QStringList v = violations(QStringLiteral("core/settings"), ops);
        v += violations(QStringLiteral("core/secrets"), ops);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void theModelDependsOnNothingAbove()
    {
        const QStringList v = violations(QStringLiteral("core/model"),
                                         QRegularExpression(QStringLiteral("^(api|ops|settings|secrets|ui)/")));
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void theEmulatorJudgesByItsOwnTables()
    {
        // It may take the data types and the signer, never the client's rule or operations.
        const QStringList v = violations(
            QStringLiteral("core/sandbox"),
            QRegularExpression(QStringLiteral("^model/DeletionRule|^ops/|^settings/|^secrets/|^ui/|^api/SmsClient")));
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void everyIncludeNamesItsLayer()
    {
        // Project headers are included as "layer/File.h"; only an executable's own folder is flat.
        const QRegularExpression flat(QStringLiteral("^[A-Z][A-Za-z0-9]*\\.h$"));
        QStringList v;
        for (const Source &s : m_sources) {
            if (s.path.startsWith(QLatin1String("app/")))
                continue;
            for (const QString &include : s.includes) {
                if (flat.match(include).hasMatch())
                    v.append(s.path + QStringLiteral(": ") + include);
            }
        }
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }

    void noProductFileOver400Lines()
    {
        QStringList v;
        for (const Source &s : m_sources) {
            if (s.lines > 400)
                v.append(s.path + QStringLiteral(": %1 lines").arg(s.lines));
        }
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }
};

QTEST_MAIN(tst_Layers)
#include "tst_layers.moc"
