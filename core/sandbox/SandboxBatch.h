#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxResponse.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// One batch delete (DeleteTasks, DeleteServers): its body read, then each id's verdict, then the answer
// --batch-semantics gives when some ids are refused. The journal's ids_sent / ids_deleted are set on
// every answer that read the ids.
class SandboxBatch
{
public:
    // In rising rank: the top-level code is that of the highest refusal.
    enum class Refusal { Duplicate, Unknown, Refused };

    static constexpr int MaxIds = 50;

    // Reads {"ids":[string, ...]}: 1-50 ids of minChars to maxChars each. A body that is not so gives
    // the 400 SMS.9001 to answer (with ids_sent when the ids were strings).
    std::optional<SandboxResponse> read(const QByteArray &body, int minChars, int maxChars);
    const QStringList &ids() const { return m_ids; }
    // True (and refused as a duplicate) when the id came earlier in the batch; noun: "task", "source server".
    bool repeated(const QString &id, const QString &noun);

    void accept(const QString &id) { m_good.append(id); }
    void refuse(const QString &id, Refusal why, const QString &code, const QString &message, const QString &detail);
    const QStringList &accepted() const { return m_good; }

    // The refusal of the whole batch, or nothing when the good ids are to go (no refusal, or partial).
    std::optional<SandboxResponse> refusal(SandboxConfig::BatchSemantics mode) const;
    // 200 {} once the accepted ids are gone (deleted: those actually removed, in the order sent).
    SandboxResponse done(const QStringList &deleted) const;

private:
    SandboxResponse journaled(SandboxResponse r) const;

    QStringList m_ids;
    QSet<QString> m_seen;
    QStringList m_good;
    QStringList m_badIds;
    QList<QPair<QString, QString>> m_details;
    std::optional<Refusal> m_top;
    QString m_topCode, m_topMessage;
};
