#include "sandbox/SandboxRecordCache.h"

#include <QJsonDocument>

void SandboxRecordCache::sync(quint64 storeRevision, SandboxConfig::TimeUnit unit)
{
    if (storeRevision == m_revision && unit == m_unit)
        return;
    m_revision = storeRevision;
    m_unit = unit;
    m_tasks.clear();
    m_sources.clear();
}

QByteArray SandboxRecordCache::lookUp(QHash<QString, QByteArray> &cache, const QString &id, const Build &build)
{
    auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    return *cache.insert(id, build());
}

SandboxResponse SandboxRecordCache::page(int count, const char *key, const QList<QByteArray> &items)
{
    qsizetype size = 64;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"count\":" + QByteArray::number(count) + ",\"" + key + "\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            body += ',';
        body += items.at(i);
    }
    body += "]}";
    SandboxResponse r;
    r.body = body;
    return r;
}
