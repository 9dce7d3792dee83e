#pragma once

#include "sandbox/SandboxRandom.h"
#include "sandbox/SandboxRecords.h"

#include <QList>

struct SandboxConfig;

// Deterministic account data for a seed: realistic hosts, every task and source state, Agents
// connected or not, odd but legal records, and the mix of an account being cleaned up.
class SandboxGenerator
{
public:
    explicit SandboxGenerator(const SandboxConfig &config);

    // Fills the account; the first records walk through every state so even 40 tasks show them all.
    void generate(QList<SandboxSource> *sources, QList<SandboxTask> *tasks);
    // A new finished task on a new listed, disconnected source (page-shift inserts).
    SandboxTask makeExtraTask(qint64 createMs, SandboxSource *source);

    static constexpr qint64 BaseTimeMs = 1768435200000; // 2026-01-15T00:00:00Z: fixed, so seeds repeat

private:
    struct Profile
    {
        QString sourceState;
        QString taskState;
        int connected; // 1 yes, 0 no, -1 random
        bool listed = true;
    };

    SandboxSource makeSource(int index);
    SandboxTask makeTask(int index, const SandboxSource &source, const QString &taskState);
    Profile coverageProfile(int index) const;
    Profile weightedProfile();
    QString taskName(int index, const SandboxSource &source);

    const SandboxConfig &m_config;
    SandboxRandom m_rng;
    qint64 m_subTaskId = 1000;
    int m_extra = 0;
};
