#pragma once

#include "model/SmsError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QString requestId;
    SmsError error; // kind None on success
    qint64 retryAfterMs = -1; // from Retry-After on 429/503, -1 when absent
    QByteArray subjectToken; // X-Subject-Token (IAM login)

    bool ok() const { return !error.isError(); }
};
