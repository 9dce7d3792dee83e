#pragma once

#include <QByteArray>
#include <QString>

// What signs a request. Secrets live here only in memory; they come from the keychain, the
// environment or the demo profile, and are never written anywhere.
struct Credentials
{
    QByteArray ak;
    QByteArray sk;
    QByteArray securityToken; // temporary AK/SK only
    QString projectId; // X-Project-Id (preferred)
    QString domainId; // X-Domain-Id (account scope), used when no project id
    QByteArray authToken; // IAM token (X-Auth-Token) instead of AK/SK signing

    bool hasAkSk() const { return !ak.isEmpty() && !sk.isEmpty(); }
    bool isValid() const { return hasAkSk() || !authToken.isEmpty(); }
    // "HPUA****4567": enough to recognise a key, never enough to use it.
    QString maskedAk() const;
    // The scope the requests carry: "project 0b7d…" or "account 5a9d…", localized.
    QString scopeLabel() const { return scopeLabel(projectId, domainId); }
    static QString scopeLabel(const QString &projectId, const QString &domainId);
    // A value bound for a request header (AK, security token, project or account id) with a line
    // break, a space or any other byte a header cannot carry as given: localized, naming the field
    // and never quoting it; empty when all are fine. Sent as they are, they could add headers.
    QString headerProblem() const;
};
