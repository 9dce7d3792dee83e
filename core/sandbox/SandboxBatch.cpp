#include "sandbox/SandboxBatch.h"

#include "sandbox/SandboxErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int MaxErrorParams = 20; // error_param and details hold 1-20 items (sms-api.md §8.1)

} // namespace

std::optional<SandboxResponse> SandboxBatch::read(const QByteArray &body, int minChars, int maxChars)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue idsValue = doc.object().value(QStringLiteral("ids"));
    bool typesOk = doc.isObject() && idsValue.isArray();
    for (const QJsonValue &v : idsValue.toArray()) {
        typesOk = typesOk && v.isString();
        m_ids.append(v.toString());
    }
    SandboxResponse r;
    if (!typesOk) {
        r = SandboxErrors::badParameter(QStringLiteral("the body must be {\"ids\": [string, ...]}"));
    } else if (m_ids.isEmpty() || m_ids.size() > MaxIds) {
        r = SandboxErrors::badParameter(
            QStringLiteral("ids must hold 1 to %1 items, got %2").arg(MaxIds).arg(m_ids.size()));
    } else if (std::any_of(m_ids.cbegin(), m_ids.cend(),
                           [&](const QString &id) { return id.size() < minChars || id.size() > maxChars; })) {
        r = SandboxErrors::badParameter(
            QStringLiteral("each id must be %1 to %2 characters").arg(minChars).arg(maxChars));
    } else {
        return std::nullopt;
    }
    r.isDelete = true;
    if (typesOk)
        r.idsSent = QJsonArray::fromStringList(m_ids);
    return r;
}

bool SandboxBatch::repeated(const QString &id, const QString &noun)
{
    if (!m_seen.contains(id)) {
        m_seen.insert(id);
        return false;
    }
    refuse(id, Refusal::Duplicate, QLatin1String(SandboxErrors::BadParameter),
           QStringLiteral("Invalid parameter: duplicate %1 ids").arg(noun),
           QStringLiteral("%1 %2 is listed more than once").arg(noun, id));
    return true;
}

void SandboxBatch::refuse(const QString &id, Refusal why, const QString &code, const QString &message,
                          const QString &detail)
{
    if (!m_badIds.contains(id))
        m_badIds.append(id);
    m_details.append({ code, detail });
    if (!m_top || why > *m_top) {
        m_top = why;
        m_topCode = code;
        m_topMessage = message;
    }
}

std::optional<SandboxResponse> SandboxBatch::refusal(SandboxConfig::BatchSemantics mode) const
{
    if (!m_top)
        return std::nullopt;
    switch (mode) {
    case SandboxConfig::BatchSemantics::AtomicNamed:
        return journaled(SandboxErrors::sms(400, m_topCode, m_topMessage, m_badIds.mid(0, MaxErrorParams),
                                            m_details.mid(0, MaxErrorParams)));
    case SandboxConfig::BatchSemantics::AtomicUnnamed:
        return journaled(SandboxErrors::sms(400, m_topCode, m_topMessage));
    case SandboxConfig::BatchSemantics::Partial:
        break; // the good ids go, the bad ones stay, and nobody is told
    }
    return std::nullopt;
}

SandboxResponse SandboxBatch::done(const QStringList &deleted) const
{
    SandboxResponse r = journaled(SandboxResponse::ok(QJsonObject()));
    r.idsDeleted = QJsonArray::fromStringList(deleted);
    return r;
}

SandboxResponse SandboxBatch::journaled(SandboxResponse r) const
{
    r.isDelete = true;
    r.idsSent = QJsonArray::fromStringList(m_ids);
    return r;
}
