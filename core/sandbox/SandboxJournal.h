#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

// Every request the sandbox handled, in order (GET /_sandbox/journal). Tests read it to prove
// what was sent and what was deleted. Thread-safe.
class SandboxJournal
{
public:
    void append(const QJsonObject &entry);
    QJsonArray snapshot() const;
    void clear();
    int size() const;

private:
    mutable QMutex m_mutex;
    QJsonArray m_entries;
};
