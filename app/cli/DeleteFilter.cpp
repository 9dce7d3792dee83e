#include "DeleteFilter.h"

#include "model/SourceState.h"
#include "model/TaskState.h"

#include <QRegularExpression>

#include <algorithm>

QString DeleteFilter::keyName(Key k)
{
    switch (k) {
    case Key::State:
        return QStringLiteral("state");
    case Key::SourceState:
        return QStringLiteral("source_state");
    case Key::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString DeleteFilter::addWhere(const QString &clause)
{
    const qsizetype eq = clause.indexOf(u'=');
    const QString key = clause.left(eq).trimmed().toLower();
    if (eq < 0 || key.isEmpty())
        return tr("--where \"%1\" is not KEY=VALUE[,VALUE...] (keys: state, source_state, name).").arg(clause);
    Clause c;
    if (key == u"state")
        c.key = Key::State;
    else if (key == u"source_state")
        c.key = Key::SourceState;
    else if (key == u"name")
        c.key = Key::Name;
    else
        return tr("--where: unknown key \"%1\" (keys: state, source_state, name).").arg(key);
    // A second clause on one key would AND two states, which nothing matches: say how to OR them.
    for (const Clause &other : std::as_const(m_clauses)) {
        if (other.key == c.key)
            return tr("--where %1 is given twice: list its values once, separated by commas.").arg(keyName(c.key));
    }
    for (const QString &raw : clause.mid(eq + 1).split(u',')) {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            return tr("--where %1 has an empty value.").arg(keyName(c.key));
        switch (c.key) {
        case Key::State:
            if (!TaskState::known().contains(v.toUpper()))
                return tr("--where state: \"%1\" is not a task state (%2).")
                    .arg(v, TaskState::known().join(QStringLiteral(", ")));
            c.values.append(v.toUpper());
            break;
        case Key::SourceState:
            if (!SourceState::known().contains(v.toLower()))
                return tr("--where source_state: \"%1\" is not a source state (%2).")
                    .arg(v, SourceState::known().join(QStringLiteral(", ")));
            c.values.append(v.toLower());
            break;
        case Key::Name:
            c.values.append(v);
            break;
        }
    }
    m_clauses.append(c);
    return {};
}

QString DeleteFilter::setOlderThan(const QString &age)
{
    static const QRegularExpression form(QStringLiteral("^([1-9][0-9]{0,5})([dh])$"));
    const QRegularExpressionMatch m = form.match(age.trimmed());
    if (!m.hasMatch())
        return tr("--older-than \"%1\" is not a number of days or hours, e.g. 90d or 12h.").arg(age);
    const qint64 n = m.captured(1).toLongLong();
    m_olderThanMs = n * (m.captured(2) == u"d" ? 86400000 : 3600000);
    m_olderThan = age.trimmed();
    return {};
}

bool DeleteFilter::clauseMatches(const Clause &c, const Task &t)
{
    for (const QString &v : c.values) {
        switch (c.key) {
        case Key::State:
            if (t.state.trimmed().toUpper() == v)
                return true;
            break;
        case Key::SourceState:
            if (t.sourceState.trimmed().toLower() == v)
                return true;
            break;
        case Key::Name:
            if (t.name.contains(v, Qt::CaseInsensitive))
                return true;
            break;
        }
    }
    return false;
}

bool DeleteFilter::matches(const Task &t, qint64 nowMs) const
{
    if (!isActive())
        return false; // an empty filter selects nothing, never everything
    for (const Clause &c : m_clauses) {
        if (!clauseMatches(c, t))
            return false;
    }
    // An unknown creation date (0) is never old: a clean-up deletes only what it can date.
    return m_olderThanMs == 0 || (t.createdMs > 0 && t.createdMs < nowMs - m_olderThanMs);
}

QList<Task> DeleteFilter::select(const QList<Task> &listed, qint64 nowMs) const
{
    QList<Task> out;
    for (const Task &t : listed) {
        if (matches(t, nowMs))
            out.append(t);
    }
    // The listing's pages arrive in any order: oldest first, then by id, so two runs print alike.
    std::sort(out.begin(), out.end(), [](const Task &a, const Task &b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.id < b.id;
    });
    return out;
}

QString DeleteFilter::describe() const
{
    QStringList parts;
    for (const Clause &c : m_clauses)
        parts.append(QStringLiteral("--where %1=%2").arg(keyName(c.key), c.values.join(u',')));
    if (m_olderThanMs > 0)
        parts.append(QStringLiteral("--older-than ") + m_olderThan);
    return parts.join(u' ');
}
