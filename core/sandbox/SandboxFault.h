#pragma once

#include "sandbox/SandboxRoute.h"

#include <QString>
#include <QStringList>

#include <optional>

// One parsed --fault SPEC:  ROUTE:KIND[:ARG...][@nth=N|@p=P|@always][xCOUNT]
// (the grammar is documented in SANDBOX.md, "Faults").
struct SandboxFault
{
    enum class Kind {
        Latency, // ARG ms added before the answer
        Throttle, // 429 + Retry-After (ARG s, default 1) + APIGW.0308
        ServerError, // 500 with an SMS body; the request is not processed
        Unauthorized, // 401 APIGW.0301, as for a signature the gateway refuses; not processed
        BadGateway, // 502 with an HTML body
        Unavailable, // 503 with an HTML body
        Reset, // processed, then the connection is closed before any byte of the answer
        ResetMid, // processed, half of the answer sent, then the connection is closed
        Refuse, // not processed: the connection is closed at once
        Truncated, // processed; a complete HTTP answer whose JSON body is cut in half
        Malformed, // processed; a complete HTTP answer whose body is not JSON
        WrongTypes, // processed; numbers as strings, booleans as numbers, nested servers null
        Trickle, // processed; the body in ARG-byte chunks (default 8) every ARG2 ms (default 100)
        Hang, // not processed; no answer until the client gives up
        PageShift, // before the answer, a task is inserted at (ARG "insert", default) or removed from the top
    };
    enum class When { Always, Nth, Probability };

    std::optional<SandboxRoute> route; // empty: every route (spec route "*")
    Kind kind = Kind::Latency;
    QStringList args;
    When when = When::Always;
    int nth = 0;
    double probability = 1.0;
    int count = -1; // how many times it may fire; -1 unlimited
    QString spec; // as given, for the journal

    int seen = 0; // matching requests since it was added
    int fired = 0;

    // The longest latency a fault may add, as for --latency-ms; a request's total is capped there too.
    static constexpr int kMaxLatencyMs = 600000;

    int intArg(int i, int fallback) const;
    static std::optional<SandboxFault> parse(const QString &spec, QString *error);
    static QString kindName(Kind kind);
};
