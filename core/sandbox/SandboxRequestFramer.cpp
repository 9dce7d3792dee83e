#include "sandbox/SandboxRequestFramer.h"

#include <QList>

#include <algorithm>
#include <cstring>

namespace {

constexpr qsizetype MaxChunkLine = 1024; // a chunk size with its extensions

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool allDigits(const QByteArray &text, int base)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [base](char c) {
        return (c >= '0' && c <= '9') || (base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    });
}

} // namespace

SandboxRequestFramer::SandboxRequestFramer(const Limits &limits)
    : m_limits(limits)
{ }

SandboxRequestFramer::Phase SandboxRequestFramer::phase() const
{
    switch (m_state) {
    case State::Between:
    case State::Stopped:
        return Phase::Between;
    case State::Head:
        return Phase::Head;
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailer:
        break;
    }
    return Phase::Body;
}

SandboxRequestFramer::Head SandboxRequestFramer::takeRequest()
{
    Head h = m_framed.front();
    m_framed.pop_front();
    return h;
}

void SandboxRequestFramer::stop()
{
    m_state = State::Stopped;
}

void SandboxRequestFramer::fail(Error error)
{
    m_rejected = m_state == State::Head ? requestLine() : m_current;
    m_error = error;
    m_state = State::Stopped;
}

SandboxRequestFramer::Head SandboxRequestFramer::rejected() const
{
    return m_rejected;
}

SandboxRequestFramer::Head SandboxRequestFramer::requestLine() const
{
    const qsizetype end = m_head.indexOf('\n');
    const QByteArray line = withoutCr(end < 0 ? m_head : m_head.left(end));
    Head h;
    const qsizetype space = line.indexOf(' ');
    h.method = line.left(space);
    if (space < 0)
        return h;
    const qsizetype last = line.lastIndexOf(' ');
    const bool versioned = last > space && line.mid(last + 1).startsWith("HTTP/");
    h.target = versioned ? line.mid(space + 1, last - space - 1) : line.mid(space + 1);
    h.http10 = versioned && line.mid(last + 1) == "HTTP/1.0";
    return h;
}

void SandboxRequestFramer::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const char *p = data + i;
        const qsizetype left = size - i;
        switch (m_state) {
        case State::Stopped:
            return;
        case State::Between:
            if (*p == '\r' || *p == '\n') { // empty lines before a request line are ignored (RFC 9112 §2.2)
                ++i;
                break;
            }
            m_state = State::Head;
            ++m_headsStarted;
            break;
        case State::Head:
            i += feedHead(p, left);
            break;
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, left));
            m_remaining -= n;
            i += n;
            if (m_remaining > 0)
                break;
            if (m_state == State::Body)
                requestComplete();
            else
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            ++i;
            if (*p == '\n')
                m_state = State::ChunkSize;
            else if (*p != '\r')
                fail(Error::Malformed);
            break;
        case State::ChunkSize:
            i += feedChunkLine(p, left);
            break;
        case State::Trailer:
            i += feedTrailer(p, left);
            break;
        }
    }
}

qsizetype SandboxRequestFramer::feedHead(const char *data, qsizetype size)
{
    const char *lf = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype n = lf ? qsizetype(lf - data) + 1 : size;
    const qsizetype room = m_limits.maxHead + 1 - m_head.size();
    m_head.append(data, std::min(n, room));
    const bool overflow = m_head.size() > m_limits.maxHead;
    const bool firstLine = m_lineStart == 0;
    qsizetype length = m_head.size() - m_lineStart; // of the current line, without its line end
    if (lf && !overflow)
        length = withoutCr(m_head.mid(m_lineStart, length - 1)).size();
    else
        length -= m_head.endsWith('\r') ? 1 : 0;
    if (firstLine && (length > m_limits.maxRequestLine || overflow)) {
        fail(Error::RequestLineTooLong);
        return n;
    }
    if (overflow) {
        fail(Error::HeadTooLarge);
        return n;
    }
    if (!lf)
        return n;
    if (length == 0)
        headComplete();
    else
        m_lineStart = m_head.size();
    return n;
}

void SandboxRequestFramer::headComplete()
{
    m_current = requestLine();
    bool hasLength = false;
    qint64 length = 0;
    bool chunked = false;
    bool close = false;
    bool keepAlive = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCr(lines[i]);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok && allDigits(value, 10)) {
                length = m_limits.maxBody + 1; // beyond qint64: surely too large
            } else if (!ok || v < 0 || (hasLength && v != length)) {
                fail(Error::Malformed);
                return;
            } else {
                length = v;
            }
            hasLength = true;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().trimmed().endsWith("chunked");
        } else if (name == "connection") {
            for (const QByteArray &token : value.split(',')) {
                const QByteArray t = token.trimmed().toLower();
                close = close || t == "close";
                keepAlive = keepAlive || t == "keep-alive";
            }
        }
    }
    m_current.close = close || (m_current.http10 && !keepAlive);
    m_current.keepAlive = m_current.http10 && keepAlive && !close;
    if (!chunked && length > m_limits.maxBody) {
        m_state = State::Body; // what fail() reports is m_current, not the head being read
        fail(Error::BodyTooLarge);
        return;
    }
    m_head.clear();
    m_lineStart = 0;
    if (chunked) {
        ++m_bodiesStarted;
        m_bodySize = 0;
        m_line.clear();
        m_state = State::ChunkSize;
    } else if (length > 0) {
        ++m_bodiesStarted;
        m_remaining = length;
        m_state = State::Body;
    } else {
        requestComplete();
    }
}

qsizetype SandboxRequestFramer::feedChunkLine(const char *data, qsizetype size)
{
    const char *lf = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype n = lf ? qsizetype(lf - data) + 1 : size;
    m_line.append(data, std::min(n, MaxChunkLine + 1 - m_line.size()));
    if (m_line.size() > MaxChunkLine) {
        fail(Error::Malformed);
        return n;
    }
    if (!lf)
        return n;
    const QByteArray line = withoutCr(m_line.left(m_line.size() - 1));
    m_line.clear();
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = false;
    const qint64 chunk = digits.toLongLong(&ok, 16);
    if (!ok && allDigits(digits, 16)) {
        fail(Error::BodyTooLarge);
        return n;
    }
    if (!ok || chunk < 0) {
        fail(Error::Malformed);
        return n;
    }
    m_bodySize += chunk;
    if (m_bodySize > m_limits.maxBody) {
        fail(Error::BodyTooLarge);
        return n;
    }
    m_remaining = chunk;
    m_trailerSize = 0;
    m_state = chunk == 0 ? State::Trailer : State::ChunkData;
    return n;
}

qsizetype SandboxRequestFramer::feedTrailer(const char *data, qsizetype size)
{
    const char *lf = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype n = lf ? qsizetype(lf - data) + 1 : size;
    m_trailerSize += n;
    if (m_trailerSize > m_limits.maxHead) {
        fail(Error::HeadTooLarge);
        return n;
    }
    m_line.append(data, n); // bounded by the check above
    if (!lf)
        return n;
    const bool empty = withoutCr(m_line.left(m_line.size() - 1)).isEmpty();
    m_line.clear();
    if (empty)
        requestComplete();
    return n;
}

void SandboxRequestFramer::requestComplete()
{
    m_framed.push_back(m_current);
    m_state = m_current.close ? State::Stopped : State::Between; // nothing after a close is a request
}
