#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QString>

class SandboxStore;

// DeleteServers (POST /v3/sources/delete) and DeleteServer (DELETE /v3/sources/{id}): the source
// server's record leaves the store, so GET /v3/sources no longer lists it. Assumed, the docs being
// silent: a source that still has a task (even a DELETING one) is refused with 400 SMS.2016 naming it,
// and unknown ids are treated as the task deletes treat theirs (--batch-semantics; 404 alone).
class SandboxSourceDeletion
{
public:
    explicit SandboxSourceDeletion(SandboxStore *store);

    SandboxResponse deleteSources(const SandboxConfig &config, const QByteArray &body);
    SandboxResponse deleteSource(const QString &id);

private:
    SandboxStore *m_store;
};
