// The committed .ts files are complete and up to date: lupdate, run on temporary copies against the
// same sources with the same options as the build, finds no new and no vanished message, and no
// message is unfinished or obsolete. The English file carries only the plural forms.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QString translation;
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return context + QStringLiteral(": \"") + source + u'"'
            + (comment.isEmpty() ? QString() : QStringLiteral(" (") + comment + u')');
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translation = xml.readElementText();
            }
            ts.messages.append(m); // <translation> is the last child lupdate writes that matters here
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QSet<QString> keys(const TsFile &ts)
{
    QSet<QString> k;
    for (const Message &m : ts.messages)
        k.insert(m.key());
    return k;
}

QStringList describe(const TsFile &ts, const QSet<QString> &which)
{
    QStringList out;
    for (const Message &m : ts.messages) {
        if (which.contains(m.key()))
            out.append(m.where());
    }
    return out;
}

// %1..%99, %n and QProgressBar's %v/%m, as a sorted multiset.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|v|m)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

bool hasAccelerator(const QString &s)
{
    QString t = s;
    t.remove(QStringLiteral("&&"));
    return t.contains(u'&');
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upToDateAndFinished_data();
    void upToDateAndFinished();
    void chineseKeepsPlaceholdersAndAccelerators();
    void englishCarriesOnlyPluralForms();

private:
    QString m_sourcesFile;
    QStringList m_options;
};

void TstTranslations::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SMS_LUPDATE)), SMS_LUPDATE);
    m_sourcesFile = QStringLiteral(SMS_LUPDATE_SOURCES_FILE);
    QFile list(m_sourcesFile);
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(m_sourcesFile));
    const QStringList sources = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(sources.size() > 10, "the list of sources lupdate scans is (nearly) empty");
    for (const QString &s : sources)
        QVERIFY2(QFile::exists(s), qPrintable(s + QStringLiteral(" is listed but missing: re-run cmake")));
    m_options = QStringLiteral(SMS_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    QVERIFY(m_options.contains(QStringLiteral("-no-obsolete")));
}

void TstTranslations::upToDateAndFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("zh_CN") << QStringLiteral("sms-task-manager_zh_CN.ts") << false;
    QTest::newRow("en") << QStringLiteral("sms-task-manager_en.ts") << true;
}

void TstTranslations::upToDateAndFinished()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    const QString committed = QStringLiteral(SMS_SOURCE_DIR "/translations/") + file;
    const TsFile before = readTs(committed);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY(!before.messages.isEmpty());

    QStringList stale;
    for (const Message &m : before.messages) {
        if (m.type == u"obsolete" || m.type == u"vanished")
            stale.append(m.type + QStringLiteral(": ") + m.where());
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));

    // lupdate rewrites the file it updates: work on a copy, never on the committed file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList args;
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << m_options << (u'@' + m_sourcesFile) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SMS_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(60000));
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));
    qInfo().noquote() << log.trimmed();

    const TsFile after = readTs(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const QSet<QString> k0 = keys(before);
    const QSet<QString> k1 = keys(after);
    const QStringList added = describe(after, k1 - k0);
    QVERIFY2(added.isEmpty(),
             qPrintable(QStringLiteral("new messages not in %1 (run the update_translations target and translate "
                                       "them):\n")
                            .arg(file)
                        + added.join(u'\n')));
    const QStringList gone = describe(before, k0 - k1);
    QVERIFY2(
        gone.isEmpty(),
        qPrintable(QStringLiteral("messages in %1 the sources no longer have (run update_translations):\n").arg(file)
                   + gone.join(u'\n')));

    QStringList unfinished;
    for (const Message &m : after.messages) {
        const bool empty = m.numerus ? (m.forms.isEmpty() || m.forms.contains(QString())) : m.translation.isEmpty();
        if (!m.type.isEmpty() || empty)
            unfinished.append((m.type.isEmpty() ? QStringLiteral("empty") : m.type) + QStringLiteral(": ") + m.where());
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

void TstTranslations::chineseKeepsPlaceholdersAndAccelerators()
{
    const TsFile ts = readTs(QStringLiteral(SMS_SOURCE_DIR "/translations/sms-task-manager_zh_CN.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.numerus && m.forms.size() != 1)
            problems.append(QStringLiteral("zh_CN has one plural form, not %1: ").arg(m.forms.size()) + m.where());
        const QString t = m.numerus ? m.forms.value(0) : m.translation;
        if (placeholders(t) != placeholders(m.source))
            problems.append(QStringLiteral("placeholders differ: ") + m.where());
        if (hasAccelerator(t) != hasAccelerator(m.source))
            problems.append(QStringLiteral("accelerator differs: ") + m.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::englishCarriesOnlyPluralForms()
{
    const TsFile ts = readTs(QStringLiteral(SMS_SOURCE_DIR "/translations/sms-task-manager_en.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.language.startsWith(QLatin1String("en")));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (!m.numerus) {
            problems.append(QStringLiteral("not a plural message: ") + m.where());
            continue;
        }
        if (m.forms.size() != 2)
            problems.append(QStringLiteral("English has two plural forms: ") + m.where());
        for (const QString &form : std::as_const(m.forms)) {
            if (placeholders(form) != placeholders(m.source) || form.contains(QLatin1String("(s)")))
                problems.append(QStringLiteral("form \"%1\" of ").arg(form) + m.where());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
