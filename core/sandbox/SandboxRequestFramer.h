#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <deque>

// Follows the bytes of one connection the way an HTTP/1.1 server frames them (RFC 9112): where
// each request's head ends, how long its body is (Content-Length or chunked), whether it asks to
// close the connection, and which request line, head or body is over its limit, before Qt's parser
// has buffered it. It only frames; Qt 6.4 still parses. No sockets, no timers.
class SandboxRequestFramer
{
public:
    struct Limits
    {
        qsizetype maxRequestLine = 16 * 1024;
        qsizetype maxHead = 64 * 1024; // request line and headers
        qint64 maxBody = 1024 * 1024;
    };
    enum class Phase { Between, Head, Body };
    enum class Error { None, RequestLineTooLong, HeadTooLarge, BodyTooLarge, Malformed };

    // What the server needs of a framed request before Qt hands it over.
    struct Head
    {
        QByteArray method;
        QByteArray target; // as received: path and query
        bool http10 = false;
        bool close = false; // "Connection: close", or HTTP/1.0 without keep-alive
        bool keepAlive = false; // HTTP/1.0 with "Connection: keep-alive"
    };

    explicit SandboxRequestFramer(const Limits &limits);

    // Follows data. After an error, or after a request that closes the connection, ignores the rest.
    void feed(const char *data, qsizetype size);
    void stop(); // ignore every later byte (the connection is closing)

    const Limits &limits() const { return m_limits; }
    Phase phase() const;
    Error error() const { return m_error; }
    int headsStarted() const { return m_headsStarted; } // grows when a request's first byte arrives
    int bodiesStarted() const { return m_bodiesStarted; } // grows when a head with a body is complete

    bool hasRequest() const { return !m_framed.empty(); }
    Head takeRequest(); // the next completely received request, in order

    // The request the error is about (what was received of its request line).
    Head rejected() const;

private:
    enum class State { Between, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Stopped };

    qsizetype feedHead(const char *data, qsizetype size);
    qsizetype feedChunkLine(const char *data, qsizetype size);
    qsizetype feedTrailer(const char *data, qsizetype size);
    void headComplete();
    void requestComplete();
    void fail(Error error);
    Head requestLine() const;

    Limits m_limits;
    State m_state = State::Between;
    Error m_error = Error::None;
    QByteArray m_head; // the current head, at most maxHead + 1 bytes
    qsizetype m_lineStart = 0; // where the current line of m_head starts
    Head m_current;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    qint64 m_bodySize = 0; // chunked: the sum of the chunks so far
    QByteArray m_line; // chunked: the current size or trailer line
    qsizetype m_trailerSize = 0;
    Head m_rejected;
    int m_headsStarted = 0;
    int m_bodiesStarted = 0;
    std::deque<Head> m_framed;
};
