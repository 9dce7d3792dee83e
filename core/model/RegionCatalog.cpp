#include "model/RegionCatalog.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
QString checkUrl(const QUrl &url, const char *what)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return RegionCatalog::tr("The %1 endpoint \"%2\" is not a valid http(s) URL.")
            .arg(RegionCatalog::tr(what), url.toString());
    if (url.scheme() == u"http" && !RegionCatalog::isLoopback(url))
        return RegionCatalog::tr("The %1 endpoint \"%2\" must use HTTPS (plain HTTP is allowed only on this computer).")
            .arg(RegionCatalog::tr(what), url.toString());
    return {};
}
} // namespace

QStringList RegionCatalog::regions()
{
    return { QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-3"), QStringLiteral("my-kualalumpur-1"),
             QStringLiteral("ru-moscow-1") };
}

QUrl RegionCatalog::smsEndpoint(const QString &region)
{
    if (region == u"ru-moscow-1")
        return QUrl(QStringLiteral("https://sms-api.ru-moscow-1.myhuaweicloud.com"));
    if (regions().contains(region))
        return QUrl(QStringLiteral("https://sms.%1.myhuaweicloud.com").arg(region));
    return {};
}

QUrl RegionCatalog::iamEndpoint(const QString &region)
{
    if (region.isEmpty())
        return QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(region));
}

bool RegionCatalog::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

RegionCatalog::Resolved RegionCatalog::resolve(const QString &region, const QString &customSms,
                                               const QString &customIam)
{
    Resolved r;
    r.region = region.trimmed();
    if (!customSms.trimmed().isEmpty()) {
        r.sms = QUrl(customSms.trimmed(), QUrl::StrictMode);
    } else if (!r.region.isEmpty()) {
        r.sms = smsEndpoint(r.region);
        if (r.sms.isEmpty()) {
            r.error = tr("Unknown region \"%1\": use one of %2, or give a custom SMS endpoint.")
                          .arg(r.region, regions().join(QStringLiteral(", ")));
            return r;
        }
    } else {
        r.error = tr("No region and no SMS endpoint: give one of them.");
        return r;
    }
    r.error = checkUrl(r.sms, QT_TRANSLATE_NOOP("RegionCatalog", "SMS"));
    if (!r.isValid())
        return r;
    if (!customIam.trimmed().isEmpty())
        r.iam = QUrl(customIam.trimmed(), QUrl::StrictMode);
    else if (isLoopback(r.sms))
        r.iam = r.sms; // the sandbox serves IAM too
    else
        r.iam = iamEndpoint(r.region);
    r.error = checkUrl(r.iam, QT_TRANSLATE_NOOP("RegionCatalog", "IAM"));
    return r;
}
