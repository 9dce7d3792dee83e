#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <vector>

// Each task and source serialized once (compact JSON, as a page would hold it), so a page of 200
// is a concatenation rather than 200 QJsonObjects built and written again. The bytes are exactly
// what QJsonDocument writes for the whole page. Kept by the record's place in the store, which holds
// for one store revision: the revision is the one of the snapshot the page is built from (read
// under the store's lock), and a new revision or time unit drops everything.
class SandboxRecordCache
{
public:
    // The record's compact JSON (built once per revision by SandboxRecordWriter): valid until the next
    // call that moves to another revision or unit.
    template<typename Build>
    QByteArrayView task(quint64 revision, SandboxConfig::TimeUnit unit, qsizetype index, const Build &build)
    {
        sync(revision, unit);
        return lookUp(m_tasks, index, build);
    }
    template<typename Build>
    QByteArrayView source(quint64 revision, SandboxConfig::TimeUnit unit, qsizetype index, const Build &build)
    {
        sync(revision, unit);
        return lookUp(m_sources, index, build);
    }

    // {"count":N,"<key>":[item,item,…]}: the keys in QJsonDocument's (sorted) order.
    static SandboxResponse page(int count, const char *key, const std::vector<QByteArrayView> &items);

private:
    void sync(quint64 storeRevision, SandboxConfig::TimeUnit unit);
    template<typename Build>
    static QByteArrayView lookUp(std::vector<QByteArray> &cache, qsizetype index, const Build &build)
    {
        if (size_t(index) >= cache.size())
            cache.resize(std::max(size_t(index) + 1, cache.size() * 2));
        QByteArray &bytes = cache[size_t(index)];
        if (bytes.isNull())
            bytes = build(); // a record is never empty: "{}" at least
        return bytes; // its data stays put when the vector grows
    }

    quint64 m_revision = ~quint64(0);
    SandboxConfig::TimeUnit m_unit = SandboxConfig::TimeUnit::Ms;
    std::vector<QByteArray> m_tasks;
    std::vector<QByteArray> m_sources;
};
