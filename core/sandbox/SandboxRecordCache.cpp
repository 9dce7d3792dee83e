#include "sandbox/SandboxRecordCache.h"

void SandboxRecordCache::sync(quint64 storeRevision, SandboxConfig::TimeUnit unit)
{
    if (storeRevision == m_revision && unit == m_unit)
        return;
    m_revision = storeRevision;
    m_unit = unit;
    m_tasks.clear();
    m_sources.clear();
}
