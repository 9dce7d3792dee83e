#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <deque>
#include <utility>

// Every request the sandbox handled, in order (GET /_sandbox/journal): the ground truth tests read to
// prove what was sent and what was deleted. Bounded: text fields longer than maxFieldChars are cut
// (with a marker); beyond maxEntries the oldest entries other than deletes are dropped; delete
// entries (those with ids_sent) go only beyond maxDeleteEntries, their ids are never cut, and once
// one is dropped the journal says lost_deletes, so a reader can refuse a partial truth. Once
// anything was dropped, the snapshot starts with a marker {"journal_gap":true,"dropped":N,
// "dropped_deletes":M,"lost_deletes":bool}. Thread-safe.
class SandboxJournal
{
public:
    struct Limits
    {
        int maxEntries = 10000;
        int maxDeleteEntries = 20000;
        int maxFieldChars = 1024;
    };
    struct Stats
    {
        int entries = 0;
        qint64 dropped = 0; // entries other than deletes
        qint64 droppedDeletes = 0;
        bool lostDeletes() const { return droppedDeletes > 0; }
    };

    explicit SandboxJournal(const Limits &limits);

    void setLimits(const Limits &limits);
    void append(QJsonObject entry);
    QJsonArray snapshot() const;
    Stats stats() const;
    void clear();
    int size() const;

private:
    using Entry = std::pair<quint64, QJsonObject>; // order of arrival, entry

    void trim();

    mutable QMutex m_mutex;
    Limits m_limits;
    std::deque<Entry> m_others;
    std::deque<Entry> m_deletes;
    quint64 m_next = 0;
    qint64 m_dropped = 0;
    qint64 m_droppedDeletes = 0;
};
