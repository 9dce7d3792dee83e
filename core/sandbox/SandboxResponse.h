#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>

// One answer before it goes on the wire (faults may still mangle or delay it).
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=UTF-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (X-Request-Id is added on delivery)
    bool isJson = true;

    // Journal extras for the delete routes.
    bool isDelete = false;
    QJsonArray idsSent;
    QJsonArray idsDeleted;
    QString note; // a short why, shown in the journal (e.g. the auth failure)
};
