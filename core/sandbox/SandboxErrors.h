#pragma once

#include "sandbox/SandboxResponse.h"

#include <QString>
#include <QStringList>

// Error bodies in the formats the real service and its gateway use (reference/sms-api.md §8).
// Codes the documentation does not confirm for v3 are marked "assumed" in SANDBOX.md.
class SandboxErrors
{
public:
    // Assumed codes (documented only for the legacy v1 API, or not at all).
    static constexpr const char *BadParameter = "SMS.9001"; // assumed: malformed or out-of-range parameter
    static constexpr const char *TaskNotFound = "SMS.6527"; // assumed (third-party quote), HTTP 404
    static constexpr const char *DeleteRefused = "SMS.2015"; // legacy v1 code, HTTP 400
    static constexpr const char *Internal = "SMS.2007"; // legacy v1 "Background exception", HTTP 500
    static constexpr const char *Permission = "SMS.9004"; // documented, HTTP 403
    static constexpr const char *StopRefused = "SMS.1038"; // legacy v1 "Only ... can be paused.", HTTP 400
    static constexpr const char *StartRefused = "SMS.1039"; // legacy v1 "Only paused tasks can be resumed.", HTTP 400
    static constexpr const char *SourceHasTask = "SMS.2016"; // assumed: a source server with a task, HTTP 400

    // {"error_code","error_msg"} plus optional error_param / details.
    static SandboxResponse sms(int status, const QString &code, const QString &message,
                               const QStringList &errorParams = {}, const QList<QPair<QString, QString>> &details = {});
    static SandboxResponse badParameter(const QString &message);
    static SandboxResponse taskNotFound(const QString &id);
    // An unknown source server: assumed to be the unknown task's 404 SMS.6527, word for word.
    static SandboxResponse sourceNotFound(const QString &id);
    // The documented or assumed error_msg of these codes.
    static QString stopRefusedMessage();
    static QString startRefusedMessage();
    static QString sourceHasTaskMessage();
    static QString notFoundMessage();
    // 401 APIGW.0301 with "Incorrect IAM authentication information: " + detail.
    static SandboxResponse authFailed(const QString &detail, const QByteArray &requestId);
    // 403 SMS.9004 with the full body of the DeleteTasks documentation example, for this action.
    static SandboxResponse denied(const QString &action);
    static SandboxResponse throttled(int retryAfterS, const QByteArray &requestId);
    static SandboxResponse apiNotFound(const QByteArray &requestId);
    static SandboxResponse tooLarge(const QByteArray &requestId);
    // A request refused by the connection limits before it was read whole (assumed codes): 400
    // malformed framing, 413 body, 414 request line, 431 head, all APIGW.0201.
    static SandboxResponse refused(int status, const QByteArray &requestId);
    static SandboxResponse html(int status); // 502 / 503 from a proxy in front of the gateway
    // Keystone-style IAM error ({"error":{"code","message","title"}}).
    static SandboxResponse iam(int status, const QString &message);
};
