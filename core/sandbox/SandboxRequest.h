#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>

// What the sandbox keeps of a received request: a copy, because on Qt 6.4 the QHttpServerRequest
// is reused for the connection's next request and deleted with its socket.
struct SandboxRequest
{
    QByteArray method; // upper case
    QByteArray rawPath; // as received (percent-encoded)
    QByteArray rawQuery; // as received, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names as received
    QByteArray body;
    QHostAddress peer;
    QDateTime received;

    // Case-insensitive header lookup; a null QByteArray when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
