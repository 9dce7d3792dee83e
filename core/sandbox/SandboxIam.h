#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

class SandboxAuth;

// What the emulated IAM endpoints answer: password tokens (POST /v3/auth/tokens), project
// discovery (GET /v3/projects) and the account's domain (GET /v3/auth/domains). Checking the
// signature of a request stays with SandboxService, which owns the SandboxAuth that verifies the
// tokens issued here. Lives in the server thread.
class SandboxIam
{
public:
    SandboxIam(const SandboxConfig &config, SandboxAuth *auth);

    SandboxResponse authTokens(const SandboxRequest &request);
    SandboxResponse listProjects(const SandboxRequest &request) const;
    SandboxResponse authDomains() const;

    void setConfig(const SandboxConfig &config) { m_config = config; }

private:
    SandboxConfig m_config;
    SandboxAuth *m_auth;
};
