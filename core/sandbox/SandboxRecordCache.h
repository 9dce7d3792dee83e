#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>

// Each task and source serialized once (compact JSON, as a page would hold it), so a page of 200
// is a concatenation rather than 200 QJsonObjects built and written again. The bytes are exactly
// what QJsonDocument writes for the whole page. Valid for one store revision and time unit: the
// revision is read before the page's snapshot is taken, so bytes cached from a snapshot newer than
// that revision are dropped at the next sync, never served for a later state.
class SandboxRecordCache
{
public:
    using Build = std::function<QByteArray()>; // the record's compact JSON (SandboxRecordWriter)

    void sync(quint64 storeRevision, SandboxConfig::TimeUnit unit);
    QByteArray task(const QString &id, const Build &build) { return lookUp(m_tasks, id, build); }
    QByteArray source(const QString &id, const Build &build) { return lookUp(m_sources, id, build); }

    // {"count":N,"<key>":[item,item,…]}: the keys in QJsonDocument's (sorted) order.
    static SandboxResponse page(int count, const char *key, const QList<QByteArray> &items);

private:
    static QByteArray lookUp(QHash<QString, QByteArray> &cache, const QString &id, const Build &build);

    quint64 m_revision = ~quint64(0);
    SandboxConfig::TimeUnit m_unit = SandboxConfig::TimeUnit::Ms;
    QHash<QString, QByteArray> m_tasks;
    QHash<QString, QByteArray> m_sources;
};
