#pragma once

#include "sandbox/SandboxConfig.h"

#include <QString>

// The emulator's own judgement of whether the service would delete a task, written from
// reference/sms-api.md §6.3 and never from the client's DeletionRule: if the client's tables were
// wrong, the end-to-end tests must notice.
namespace SandboxDeletionRule {
// Older wording (allow-list): deletable iff the Agent is disconnected or the source state is one of
// 源端校验失败 unavailable, 就绪中 waiting (inferred), 迁移完成 finished, 错误 error, 已暂停 stopped.
bool allowListAllows(const QString &sourceState, bool connected);
// Newer wording (deny-list): refused iff connected and the state is a running one.
bool denyListAllows(const QString &sourceState, bool connected);
bool allows(SandboxConfig::Rule rule, const QString &sourceState, bool connected);
} // namespace SandboxDeletionRule
