#include "sandbox/SandboxJournal.h"

#include <algorithm>

namespace {

// Cuts a long text, saying how long it was; never splits a surrogate pair.
QString cut(const QString &text, int maxChars)
{
    qsizetype keep = std::max(0, maxChars);
    if (keep > 0 && keep < text.size() && text.at(keep).isLowSurrogate())
        --keep;
    return text.left(keep) + QStringLiteral("...[truncated, %1 characters in all]").arg(text.size());
}

} // namespace

SandboxJournal::SandboxJournal(const Limits &limits)
    : m_limits(limits)
{ }

void SandboxJournal::setLimits(const Limits &limits)
{
    QMutexLocker lock(&m_mutex);
    m_limits = limits;
    trim();
}

void SandboxJournal::append(QJsonObject entry)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        // Strings only: ids_sent and ids_deleted are arrays and stay whole.
        if (it.value().isString() && it.value().toString().size() > m_limits.maxFieldChars)
            it.value() = cut(it.value().toString(), m_limits.maxFieldChars);
    }
    const bool isDelete = entry.contains(QStringLiteral("ids_sent"));
    (isDelete ? m_deletes : m_others).emplace_back(m_next++, std::move(entry));
    trim();
}

void SandboxJournal::trim()
{
    while (m_others.size() > size_t(std::max(0, m_limits.maxEntries))) {
        m_others.pop_front();
        ++m_dropped;
    }
    while (m_deletes.size() > size_t(std::max(0, m_limits.maxDeleteEntries))) {
        m_deletes.pop_front();
        ++m_droppedDeletes;
    }
}

QJsonArray SandboxJournal::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray out;
    if (m_dropped > 0 || m_droppedDeletes > 0) {
        out.append(QJsonObject { { QStringLiteral("journal_gap"), true },
                                 { QStringLiteral("dropped"), m_dropped },
                                 { QStringLiteral("dropped_deletes"), m_droppedDeletes },
                                 { QStringLiteral("lost_deletes"), m_droppedDeletes > 0 } });
    }
    // The two kinds merged back into the order of arrival.
    auto other = m_others.cbegin();
    auto del = m_deletes.cbegin();
    while (other != m_others.cend() || del != m_deletes.cend()) {
        const bool takeOther = del == m_deletes.cend() || (other != m_others.cend() && other->first < del->first);
        out.append((takeOther ? other++ : del++)->second);
    }
    return out;
}

SandboxJournal::Stats SandboxJournal::stats() const
{
    QMutexLocker lock(&m_mutex);
    return { int(m_others.size() + m_deletes.size()), m_dropped, m_droppedDeletes };
}

void SandboxJournal::clear()
{
    QMutexLocker lock(&m_mutex);
    m_others.clear();
    m_deletes.clear();
    m_dropped = 0;
    m_droppedDeletes = 0;
}

int SandboxJournal::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_others.size() + m_deletes.size());
}
