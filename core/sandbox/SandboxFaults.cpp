#include "sandbox/SandboxFaults.h"

#include <algorithm>

SandboxFaults::SandboxFaults(quint64 seed)
    : m_rng(seed ^ 0xFA017ULL)
{ }

bool SandboxFaults::add(const QString &spec, QString *error)
{
    QString ignored;
    auto f = SandboxFault::parse(spec, error ? error : &ignored);
    if (!f)
        return false;
    QMutexLocker lock(&m_mutex);
    m_faults.append(*f);
    return true;
}

void SandboxFaults::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

SandboxFaults::Decision SandboxFaults::decide(SandboxRoute route)
{
    QMutexLocker lock(&m_mutex);
    Decision d;
    for (SandboxFault &f : m_faults) {
        if (f.route && *f.route != route)
            continue;
        ++f.seen;
        if (f.count >= 0 && f.fired >= f.count)
            continue;
        bool fires = false;
        switch (f.when) {
        case SandboxFault::When::Always:
            fires = true;
            break;
        case SandboxFault::When::Nth:
            fires = f.seen >= f.nth;
            break;
        case SandboxFault::When::Probability:
            fires = m_rng.chance(f.probability);
            break;
        }
        if (!fires)
            continue;
        if (f.kind == SandboxFault::Kind::Latency) {
            ++f.fired;
            // Faults of one route add up; capped, so many of them cannot overflow the int.
            d.extraLatencyMs = std::min(d.extraLatencyMs + f.intArg(0, 0), SandboxFault::kMaxLatencyMs);
        } else if (!d.fault) {
            ++f.fired;
            d.fault = f;
        }
    }
    return d;
}
