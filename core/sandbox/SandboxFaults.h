#pragma once

#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxRandom.h"

#include <QList>
#include <QMutex>

// The active faults. Thread-safe: tests add and clear them from their own thread while the server
// asks, per request, which fault (if any) applies. Seeded, so a run repeats.
class SandboxFaults
{
public:
    explicit SandboxFaults(quint64 seed);

    bool add(const QString &spec, QString *error);
    void clear();

    struct Decision
    {
        int extraLatencyMs = 0; // every firing latency fault adds up
        std::optional<SandboxFault> fault; // the first other fault that fires
    };
    Decision decide(SandboxRoute route);

private:
    mutable QMutex m_mutex;
    QList<SandboxFault> m_faults;
    SandboxRandom m_rng;
};
