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

SandboxResponse SandboxRecordCache::page(int count, const char *key, const std::vector<QByteArrayView> &items)
{
    qsizetype size = 64;
    for (const QByteArrayView item : items)
        size += item.size() + 1;
    SandboxResponse r;
    QByteArray &body = r.body;
    body.reserve(size);
    body.append("{\"count\":").append(QByteArray::number(count)).append(",\"").append(key).append("\":[");
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(items[i]);
    }
    body.append("]}");
    return r;
}
