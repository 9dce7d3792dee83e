#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

enum class Deletability { Deletable, Blocked, Uncertain };
inline constexpr std::array<Deletability, 3> AllDeletabilities { Deletability::Deletable, Deletability::Blocked,
                                                                 Deletability::Uncertain };

// Why a task got its classification; text is produced at display time (explain()).
enum class RuleReason {
    AgentDisconnected, // both wordings allow any state once the Agent is disconnected
    StateAllowedByBoth, // the source state is on the old allow-list and off the new deny-list
    SourceBusy, // connected Agent and a running state both wordings forbid
    WordingsDisagree, // connected Agent, state deletable under one wording only
    ConnectionUnknown, // the source is missing from ListServers: connected or not decides
};

struct RuleVerdict
{
    Deletability deletability = Deletability::Uncertain;
    RuleReason reason = RuleReason::ConnectionUnknown;
    QString sourceState; // normalised (lower-case) source-server state
};

// The deletion rule of DeleteTasks/DeleteTask (reference/sms-api.md §6.3), in both wordings:
// old allow-list "disconnected OR state in {unavailable, waiting, finished, error, stopped}";
// new deny-list "blocked iff connected AND state in {initialize, ..., premiging}".
class DeletionRule
{
public:
    static RuleVerdict classify(const QString &sourceState, std::optional<bool> connected);

    static bool allowedByOldWording(const QString &state, bool connected);
    static bool allowedByNewWording(const QString &state, bool connected);

    static const QStringList &oldAllowList();
    static const QStringList &newDenyList();

    // Localized, one sentence naming the state and what to do.
    static QString explain(const RuleVerdict &verdict);
    static QString label(Deletability d);
};
