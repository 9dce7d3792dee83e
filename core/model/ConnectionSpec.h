#pragma once

#include "model/Credentials.h"

#include <QString>

// Everything needed to open one account: where (region or custom endpoints, an extra CA), who
// (AK/SK or an IAM password login) and which part of it to show. Plain data: the settings layer
// builds it from a profile, the command line from its flags, and AccountSession opens it.
struct ConnectionSpec
{
    QString region;
    QString smsEndpoint; // custom, optional
    QString iamEndpoint; // custom, optional
    QString caBundlePath;
    Credentials credentials;
    QString iamUser; // password login instead of AK/SK
    QString iamPassword;
    QString iamDomain;
    QString enterpriseProjectId; // list only this enterprise project's tasks (optional)
    int timeoutMs = 30000;
};
