#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <vector>

// A page of serialized records is a concatenation (page()): the bytes are exactly what QJsonDocument
// writes for the whole page. The service takes its records from the store, which writes them
// eagerly (SandboxRecordTable); this lazy cache, each record written the first time it is asked for
// and kept by its place in the store for one revision and time unit, is for callers that visit the
// store themselves (tst_pageparsing).
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
    static SandboxResponse page(int count, const char *key, const std::vector<QByteArrayView> &items)
    {
        return concatenate(count, key, items);
    }
    static SandboxResponse page(int count, const char *key, const std::vector<QByteArray> &items)
    {
        return concatenate(count, key, items);
    }

private:
    template<typename Items> static SandboxResponse concatenate(int count, const char *key, const Items &items)
    {
        qsizetype size = 64;
        for (const auto &item : items)
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
