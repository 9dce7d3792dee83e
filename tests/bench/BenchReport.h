#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

// What sms-bench reports: per scenario, figures (each the median of its runs, with the network
// bound and ours ÷ bound), the requests sent and the peak RSS of the process that did the work.
namespace Bench {

constexpr double None = std::numeric_limits<double>::quiet_NaN();
inline bool isSet(double v)
{
    return !std::isnan(v);
}
double median(QList<double> values);

struct Figure
{
    QString key; // stable, for machines: "complete_ms"
    QString label; // for people: "time to complete (whole process)"
    QString unit; // "ms", "pages/s", "×"
    QList<double> runs;
    double bound = None; // the network bound, same unit; None when there is none
    QString boundFormula; // how the bound was computed
    double measured() const { return median(runs); }
    double ratio() const { return isSet(bound) && bound > 0 ? measured() / bound : None; }
    QJsonObject toJson() const;
    static Figure fromJson(const QJsonObject &o);
};

struct Scenario
{
    QString name; // "list"
    QString title; // "list --tasks 50000 --latency-ms 50"
    QJsonObject params;
    QList<Figure> figures;
    QList<double> requests; // per run
    QList<double> peakRssKb; // per run
    QString rssOf; // whose RSS: "sms-tasks", "GUI (sms-bench table)", "sms-sandbox"
    QStringList problems; // anything that went wrong: the figures are not to be trusted then
    QJsonObject extra; // scenario-specific details (hashes, per-run breakdowns, ...)

    // Adds one run's value to the figure `key`, creating it on first use.
    void add(const QString &key, const QString &label, const QString &unit, double value, double bound = None,
             const QString &boundFormula = {});
    void problem(const QString &text) { problems.append(text); }
    bool ok() const { return problems.isEmpty(); }
    // Merges the runs of `other` (the same scenario, run in a child process) into this one.
    void merge(const Scenario &other);
    QJsonObject toJson() const;
    static Scenario fromJson(const QJsonObject &o);
};

// The machine the figures come from: nproc, CPU model, Qt version.
QJsonObject machine();
QByteArray toJson(const QList<Scenario> &scenarios, int runs);
QString toTable(const QList<Scenario> &scenarios);

// The network bound of a listing: the first signed request alone, then k in flight.
constexpr int PageSize = 200;
constexpr int InFlight = 4; // k
constexpr int ChunkSize = 50;
inline int pages(int items, int pageSize = PageSize)
{
    return items <= 0 ? 1 : (items + pageSize - 1) / pageSize;
}
inline int ceilDiv(int a, int b)
{
    return a <= 0 ? 0 : (a + b - 1) / b;
}
// L × (1 + ⌈(pages of tasks + pages of sources − 1) / k⌉)
inline int listRounds(int tasks, int sources)
{
    return 1 + ceilDiv(pages(tasks) + pages(sources) - 1, InFlight);
}
// Slots the listing's last round leaves free for the chunks of sms-tasks delete --yes, which go
// once every page of tasks is in (sooner, they would shift the pages still to list): the task
// pages and the first page of sources go in the rounds before the last one when they fit there.
inline int freeSlotsForChunks(int tasks, int sources)
{
    const int afterFirst = pages(tasks) + pages(sources) - 1;
    const int rounds = ceilDiv(afterFirst, InFlight);
    const bool tasksInBeforeLastRound = pages(tasks) <= InFlight * (rounds - 1);
    return tasksInBeforeLastRound ? InFlight * rounds - afterFirst : 0;
}
// A safe delete: the listing, then the chunks that did not fit in its last round, then confirming.
inline int deleteRounds(int tasks, int sources, int chunks, int confirmRounds)
{
    return listRounds(tasks, sources) + ceilDiv(chunks - freeSlotsForChunks(tasks, sources), InFlight) + confirmRounds;
}

} // namespace Bench
