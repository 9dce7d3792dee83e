#include "Profile.h"

#include <QCoreApplication>

QString Profile::accountLabel() const
{
    if (!credentials.projectId.isEmpty())
        return QCoreApplication::translate("Profile", "project %1").arg(credentials.projectId);
    if (!credentials.domainId.isEmpty())
        return QCoreApplication::translate("Profile", "account %1").arg(credentials.domainId);
    return QCoreApplication::translate("Profile", "no project or account id");
}

Profile Profile::demo(const QUrl &sandboxUrl, const Credentials &credentials, const QString &region)
{
    Profile p;
    p.name = QCoreApplication::translate("Profile", "Demo");
    p.kind = Kind::Demo;
    p.region = region;
    p.endpoint = sandboxUrl;
    p.credentials = credentials;
    return p;
}
