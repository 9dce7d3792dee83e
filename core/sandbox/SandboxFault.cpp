#include "sandbox/SandboxFault.h"

#include <QRegularExpression>

namespace {

constexpr SandboxFault::Kind AllKinds[] = {
    SandboxFault::Kind::Latency,    SandboxFault::Kind::Throttle,    SandboxFault::Kind::ServerError,
    SandboxFault::Kind::BadGateway, SandboxFault::Kind::Unavailable, SandboxFault::Kind::Reset,
    SandboxFault::Kind::ResetMid,   SandboxFault::Kind::Refuse,      SandboxFault::Kind::Truncated,
    SandboxFault::Kind::Malformed,  SandboxFault::Kind::WrongTypes,  SandboxFault::Kind::Trickle,
    SandboxFault::Kind::Hang,       SandboxFault::Kind::PageShift,   SandboxFault::Kind::Unauthorized,
};

} // namespace

QString SandboxFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Throttle:
        return QStringLiteral("429");
    case Kind::ServerError:
        return QStringLiteral("500");
    case Kind::Unauthorized:
        return QStringLiteral("401");
    case Kind::BadGateway:
        return QStringLiteral("502");
    case Kind::Unavailable:
        return QStringLiteral("503");
    case Kind::Reset:
        return QStringLiteral("reset");
    case Kind::ResetMid:
        return QStringLiteral("reset-mid");
    case Kind::Refuse:
        return QStringLiteral("refuse");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::WrongTypes:
        return QStringLiteral("wrong-types");
    case Kind::Trickle:
        return QStringLiteral("trickle");
    case Kind::Hang:
        return QStringLiteral("hang");
    case Kind::PageShift:
        return QStringLiteral("page-shift");
    }
    return {};
}

int SandboxFault::intArg(int i, int fallback) const
{
    bool ok = false;
    const int v = i < args.size() ? args.at(i).toInt(&ok) : 0;
    return ok ? v : fallback;
}

std::optional<SandboxFault> SandboxFault::parse(const QString &spec, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([a-z*-]+):([a-wyz0-9-]+)((?::[^:@]+?)*)(?:@(always|nth=(\\d+)|"
                                                      "p=(0(?:\\.\\d+)?|1(?:\\.0+)?)))?(?:x(\\d+))?$"));
    const auto m = re.match(spec.trimmed());
    if (!m.hasMatch()) {
        *error = QStringLiteral("bad fault spec '%1' (expected ROUTE:KIND[:ARG...][@nth=N|@p=P|@always][xCOUNT])")
                     .arg(spec);
        return std::nullopt;
    }
    SandboxFault f;
    f.spec = spec.trimmed();
    const QString route = m.captured(1);
    if (route != u"*") {
        f.route = SandboxRoutes::fromName(route);
        if (!f.route || *f.route == SandboxRoute::Journal || *f.route == SandboxRoute::Unknown) {
            *error = QStringLiteral("unknown route '%1' in fault spec '%2'").arg(route, spec);
            return std::nullopt;
        }
    }
    bool kindOk = false;
    for (const Kind k : AllKinds) {
        if (kindName(k) == m.captured(2)) {
            f.kind = k;
            kindOk = true;
        }
    }
    if (!kindOk) {
        *error = QStringLiteral("unknown fault kind '%1' in '%2'").arg(m.captured(2), spec);
        return std::nullopt;
    }
    const QString args = m.captured(3);
    if (!args.isEmpty())
        f.args = args.mid(1).split(u':');
    if (f.kind == Kind::Latency && (f.intArg(0, -1) < 0 || f.intArg(0, -1) > kMaxLatencyMs)) {
        *error = QStringLiteral("latency needs a duration of 0-%1 ms, e.g. tasks:latency:500").arg(kMaxLatencyMs);
        return std::nullopt;
    }
    if (f.kind == Kind::PageShift && !f.args.isEmpty() && f.args.at(0) != u"insert" && f.args.at(0) != u"remove") {
        *error = QStringLiteral("page-shift takes 'insert' or 'remove'");
        return std::nullopt;
    }
    if (!m.captured(5).isEmpty()) {
        f.when = When::Nth;
        f.nth = m.captured(5).toInt();
        f.count = 1;
        if (f.nth < 1) {
            *error = QStringLiteral("nth counts from 1");
            return std::nullopt;
        }
    } else if (!m.captured(6).isEmpty()) {
        f.when = When::Probability;
        f.probability = m.captured(6).toDouble();
    }
    if (!m.captured(7).isEmpty())
        f.count = m.captured(7).toInt();
    return f;
}
