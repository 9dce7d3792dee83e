#include "sandbox/SandboxFilters.h"

bool SandboxTaskFilter::matches(const SandboxTask &t) const
{
    return (!state || t.state == *state) && (!name || t.name.contains(*name)) // assumed: substring match
        && (!id || t.id == *id) && (!sourceId || t.sourceId == *sourceId)
        && (!enterpriseProjectId || (!t.omitEnterpriseProject && t.enterpriseProjectId == *enterpriseProjectId));
}

bool SandboxSourceFilter::matches(const SandboxSource &s) const
{
    return (!state || s.state == *state) && (!name || s.name.contains(*name)) && (!id || s.id == *id)
        && (!ip || s.ip == *ip) && (!enterpriseProjectId || s.enterpriseProjectId == *enterpriseProjectId)
        && (!connected || s.connected == *connected);
}
