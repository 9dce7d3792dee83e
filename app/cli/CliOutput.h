#pragma once

#include "ops/DeleteResult.h"
#include "ops/StopResult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// sms-tasks' streams and the result lines both its commands print: `ID<TAB>KEYWORD<TAB>DETAIL` (the
// keyword English whatever the language), or JSON. Results come in the order the ids were given.
namespace CliOutput {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}
// `s` cut or padded to `width` terminal columns (CJK characters take two).
QString pad(const QString &s, int width);
// The code(s), HTTP status, request id and message of an error, on one line.
QString errorDetail(const SmsError &e);

// The result of a requested id the listing did not have: never sent (it may belong to another
// account or region).
DeleteResult notListed(const QString &id, bool listingComplete);

void printResults(const QList<DeleteResult> &results, const QStringList &order, int requested, bool json);
void printStops(const QList<StopResult> &stops, const QStringList &order, int requested, bool json);

enum class Answer { Yes, No, NotATerminal };
// Asks on the terminal; only "yes" is yes. Standard input that is not a terminal is never asked.
Answer askYes(const QString &question);

} // namespace CliOutput
