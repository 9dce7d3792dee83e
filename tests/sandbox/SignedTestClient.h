#pragma once

#include "api/Signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QUrl>

#include <functional>

struct SignedTestPrepared
{
    QByteArray method, path, query, body;
    QList<QPair<QByteArray, QByteArray>> headers; // everything sent, Authorization included
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }
    void removeHeader(const QByteArray &name)
    {
        headers.removeIf([&name](const QPair<QByteArray, QByteArray> &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};

struct SignedTestOptions
{
    QDateTime date; // default: now
    QByteArray ak, sk; // default: the client's
    QByteArray securityToken; // signed when set
    QByteArray domainId; // signs X-Domain-Id instead of X-Project-Id when set
    bool noScopeHeader = false; // neither X-Project-Id nor X-Domain-Id
    bool sign = true;
    QByteArray authToken; // sent as X-Auth-Token (unsigned requests)
    QList<QPair<QByteArray, QByteArray>> signedHeaders; // replaces the default signed set when not empty
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // sent, not signed
    std::function<void(SignedTestPrepared &)> tamper; // runs after signing
    int timeoutMs = 10000;
};

// A tiny signed-request client for the sandbox tests: signs exactly like the product's client
// (content-type;host;x-project-id;x-sdk-date), lets a test tamper with the request after signing,
// and waits for the answer in the event loop.
class SignedTestClient
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using Prepared = SignedTestPrepared;
    using Options = SignedTestOptions;

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        bool finished = false;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        QString errorCode() const { return json().value(QStringLiteral("error_code")).toString(); }
        QString errorMsg() const { return json().value(QStringLiteral("error_msg")).toString(); }
    };

    SignedTestClient(const QUrl &base, QByteArray ak, QByteArray sk, QByteArray projectId)
        : m_base(base)
        , m_ak(std::move(ak))
        , m_sk(std::move(sk))
        , m_projectId(std::move(projectId))
    { }

    QByteArray hostHeader() const { return m_base.host().toLatin1() + ':' + QByteArray::number(m_base.port()); }

    Prepared prepare(const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
                     const QByteArray &body = {}, const Options &o = {}) const
    {
        Prepared p { method, path, query, body, {} };
        const QDateTime date = o.date.isValid() ? o.date : QDateTime::currentDateTimeUtc();
        QList<Header> signedHeaders = o.signedHeaders;
        if (signedHeaders.isEmpty()) {
            signedHeaders = { { "Content-Type", "application/json" }, { "Host", hostHeader() } };
            if (!o.domainId.isEmpty())
                signedHeaders.append({ "X-Domain-Id", o.domainId });
            else if (!o.noScopeHeader)
                signedHeaders.append({ "X-Project-Id", m_projectId });
            signedHeaders.append({ "X-Sdk-Date", Signer::sdkDate(date) });
            if (!o.securityToken.isEmpty())
                signedHeaders.append({ "X-Security-Token", o.securityToken });
        }
        p.headers = signedHeaders;
        if (o.sign) {
            const QByteArray ak = o.ak.isEmpty() ? m_ak : o.ak;
            const QByteArray sk = o.sk.isEmpty() ? m_sk : o.sk;
            p.headers.append({ "Authorization", Signer::sign(ak, sk, method, path, query, signedHeaders, body) });
        }
        if (!o.authToken.isEmpty())
            p.headers.append({ "X-Auth-Token", o.authToken });
        p.headers.append(o.extraHeaders);
        if (o.tamper)
            o.tamper(p);
        return p;
    }

    Reply send(const Prepared &p, int timeoutMs = 10000)
    {
        QByteArray url = m_base.toEncoded() + p.path;
        if (!p.query.isEmpty())
            url += '?' + p.query;
        QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
        bool hasContentType = false;
        for (const auto &h : p.headers) {
            request.setRawHeader(h.first, h.second);
            hasContentType = hasContentType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!hasContentType && !p.body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, p.method, p.body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        Reply r;
        r.finished = reply->isFinished() || spy.wait(timeoutMs + 2000);
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Reply send(const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
               const QByteArray &body = {}, const Options &o = {})
    {
        return send(prepare(method, path, query, body, o), o.timeoutMs);
    }
    Reply get(const QByteArray &path, const QByteArray &query = {}, const Options &o = {})
    {
        return send("GET", path, query, {}, o);
    }
    Reply deleteTasks(const QStringList &ids, const Options &o = {})
    {
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } })
                  .toJson(QJsonDocument::Compact);
        return send("POST", "/v3/tasks/delete", {}, body, o);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QByteArray m_ak, m_sk, m_projectId;
    QNetworkAccessManager m_nam;
};
