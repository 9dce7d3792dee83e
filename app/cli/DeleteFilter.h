#pragma once

#include "model/Task.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// sms-tasks delete --where KEY=V1[,V2...] ... --older-than N(d|h): which listed tasks a clean-up
// selects, from the listing's own fields only. Clauses are ANDed, the values of one clause ORed; a
// task whose creation date is unknown is never "older than" anything.
class DeleteFilter
{
    Q_DECLARE_TR_FUNCTIONS(DeleteFilter)

public:
    enum class Key { State, SourceState, Name };

    // Each returns the problem (a usage error), or an empty string when the value was taken.
    QString addWhere(const QString &clause); // "state=MIGRATE_SUCCESS,MIGRATE_FAIL"
    QString setOlderThan(const QString &age); // "90d", "12h"

    bool isActive() const { return !m_clauses.isEmpty() || m_olderThanMs > 0; }
    bool matches(const Task &t, qint64 nowMs) const;
    QList<Task> select(const QList<Task> &listed, qint64 nowMs) const; // oldest first, then by id
    QString describe() const; // the filter as given, e.g. "state=MIGRATE_FAIL --older-than 90d"

private:
    struct Clause
    {
        Key key = Key::State;
        QStringList values; // states upper case, source states lower case, names as given (trimmed)
    };
    static bool clauseMatches(const Clause &c, const Task &t);
    static QString keyName(Key k);

    QList<Clause> m_clauses;
    qint64 m_olderThanMs = 0; // 0: no age condition
    QString m_olderThan; // as given
};
