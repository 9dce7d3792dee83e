#include "sandbox/SandboxJournal.h"

void SandboxJournal::append(const QJsonObject &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append(entry);
}

QJsonArray SandboxJournal::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void SandboxJournal::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries = QJsonArray();
}

int SandboxJournal::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}
