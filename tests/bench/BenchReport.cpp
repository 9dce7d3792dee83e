#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>
#include <QtGlobal>

#include <algorithm>

namespace Bench {

namespace {

QJsonValue number(double v)
{
    return isSet(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double fromJson(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : None;
}

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QList<double> toList(const QJsonValue &v)
{
    QList<double> out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toDouble());
    return out;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString format(double v, const QString &unit)
{
    if (!isSet(v))
        return QStringLiteral("—");
    if (unit == u"×")
        return QString::number(v, 'f', 2) + QStringLiteral(" ×");
    if (unit == u"ms" && v >= 10000)
        return QString::number(v / 1000.0, 'f', 2) + QStringLiteral(" s");
    const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    return QLocale::c().toString(v, 'f', decimals) + u' ' + unit;
}

QString pad(const QString &s, int width, bool right = false)
{
    const QString fill(qMax(0, width - int(s.size())), u' ');
    return right ? fill + s : s + fill;
}

} // namespace

double median(QList<double> values)
{
    values.removeIf([](double v) { return !isSet(v); });
    if (values.isEmpty())
        return None;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QJsonObject Figure::toJson() const
{
    return QJsonObject { { QStringLiteral("key"), key },
                         { QStringLiteral("label"), label },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("measured"), number(measured()) },
                         { QStringLiteral("runs"), toArray(runs) },
                         { QStringLiteral("bound"), number(bound) },
                         { QStringLiteral("bound_formula"), boundFormula.isEmpty() ? QJsonValue() : boundFormula },
                         { QStringLiteral("ratio"), number(ratio()) } };
}

Figure Figure::fromJson(const QJsonObject &o)
{
    Figure f;
    f.key = o.value(QLatin1String("key")).toString();
    f.label = o.value(QLatin1String("label")).toString();
    f.unit = o.value(QLatin1String("unit")).toString();
    f.runs = toList(o.value(QLatin1String("runs")));
    f.bound = Bench::fromJson(o.value(QLatin1String("bound")));
    f.boundFormula = o.value(QLatin1String("bound_formula")).toString();
    return f;
}

void Scenario::add(const QString &key, const QString &label, const QString &unit, double value, double bound,
                   const QString &boundFormula)
{
    for (Figure &f : figures) {
        if (f.key == key) {
            f.runs.append(value);
            return;
        }
    }
    figures.append(Figure { key, label, unit, { value }, bound, boundFormula });
}

void Scenario::merge(const Scenario &other)
{
    for (const Figure &f : other.figures) {
        for (double v : f.runs)
            add(f.key, f.label, f.unit, v, f.bound, f.boundFormula);
    }
    requests += other.requests;
    peakRssKb += other.peakRssKb;
    problems += other.problems;
    if (extra.isEmpty())
        extra = other.extra; // the details of the first run
}

QJsonObject Scenario::toJson() const
{
    QJsonArray figs;
    for (const Figure &f : figures)
        figs.append(f.toJson());
    return QJsonObject { { QStringLiteral("scenario"), name },
                         { QStringLiteral("title"), title },
                         { QStringLiteral("params"), params },
                         { QStringLiteral("ok"), ok() },
                         { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
                         { QStringLiteral("requests"), number(median(requests)) },
                         { QStringLiteral("requests_runs"), toArray(requests) },
                         { QStringLiteral("peak_rss_kb"), number(median(peakRssKb)) },
                         { QStringLiteral("peak_rss_runs"), toArray(peakRssKb) },
                         { QStringLiteral("peak_rss_of"), rssOf },
                         { QStringLiteral("figures"), figs },
                         { QStringLiteral("extra"), extra } };
}

Scenario Scenario::fromJson(const QJsonObject &o)
{
    Scenario s;
    s.name = o.value(QLatin1String("scenario")).toString();
    s.title = o.value(QLatin1String("title")).toString();
    s.params = o.value(QLatin1String("params")).toObject();
    for (const QJsonValue &p : o.value(QLatin1String("problems")).toArray())
        s.problems.append(p.toString());
    s.requests = toList(o.value(QLatin1String("requests_runs")));
    s.peakRssKb = toList(o.value(QLatin1String("peak_rss_runs")));
    s.rssOf = o.value(QLatin1String("peak_rss_of")).toString();
    for (const QJsonValue &f : o.value(QLatin1String("figures")).toArray())
        s.figures.append(Figure::fromJson(f.toObject()));
    s.extra = o.value(QLatin1String("extra")).toObject();
    return s;
}

QJsonObject machine()
{
    return QJsonObject { { QStringLiteral("nproc"), QThread::idealThreadCount() },
                         { QStringLiteral("cpu"), cpuModel() },
                         { QStringLiteral("qt"), QString::fromLatin1(qVersion()) } };
}

QByteArray toJson(const QList<Scenario> &scenarios, int runs)
{
    QJsonArray a;
    for (const Scenario &s : scenarios)
        a.append(s.toJson());
    return QJsonDocument(QJsonObject { { QStringLiteral("bench"), QStringLiteral("sms-bench") },
                                       { QStringLiteral("machine"), machine() },
                                       { QStringLiteral("runs"), runs },
                                       { QStringLiteral("scenarios"), a } })
        .toJson(QJsonDocument::Indented);
}

QString toTable(const QList<Scenario> &scenarios)
{
    QString out;
    const QJsonObject m = machine();
    out += QStringLiteral("sms-bench on %1 CPU(s), %2, Qt %3; each figure the median of its runs\n\n")
               .arg(m.value(QLatin1String("nproc")).toInt())
               .arg(m.value(QLatin1String("cpu")).toString(), m.value(QLatin1String("qt")).toString());
    out += pad(QStringLiteral("figure"), 58) + pad(QStringLiteral("measured"), 14, true)
        + pad(QStringLiteral("bound"), 14, true) + pad(QStringLiteral("ratio"), 10, true) + u'\n';
    for (const Scenario &s : scenarios) {
        out += u'\n' + s.title;
        QStringList facts;
        if (isSet(median(s.requests)))
            facts.append(QStringLiteral("%1 requests").arg(median(s.requests)));
        if (isSet(median(s.peakRssKb)))
            facts.append(QStringLiteral("peak RSS %1 MiB (%2)")
                             .arg(QString::number(median(s.peakRssKb) / 1024.0, 'f', 1), s.rssOf));
        facts.append(QStringLiteral("%1 run(s)").arg(s.figures.isEmpty() ? 1 : s.figures.first().runs.size()));
        out += QStringLiteral("   [") + facts.join(QStringLiteral(", ")) + QStringLiteral("]\n");
        for (const Figure &f : s.figures) {
            out += pad(QStringLiteral("  ") + f.label, 58) + pad(format(f.measured(), f.unit), 14, true)
                + pad(format(f.bound, f.unit), 14, true)
                + pad(isSet(f.ratio()) ? QString::number(f.ratio(), 'f', 2) : QStringLiteral("—"), 10, true) + u'\n';
        }
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text = v.isString() ? v.toString()
                : v.isBool()                  ? QString::fromLatin1(v.toBool() ? "yes" : "no")
                : v.isDouble()                ? QString::number(v.toDouble())
                               : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            out += QStringLiteral("  %1: %2\n").arg(it.key(), text);
        }
        for (const QString &p : s.problems)
            out += QStringLiteral("  PROBLEM: ") + p + u'\n';
    }
    return out;
}

} // namespace Bench
