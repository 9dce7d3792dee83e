#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QJsonObject journalFields; // further fields of the route's journal entry (task_id, operation)

    // A success answer, compact as the real service sends it; shared by the SMS and IAM routes.
    static SandboxResponse ok(const QJsonObject &body, int status = 200)
    {
        SandboxResponse r;
        r.status = status;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }
};
