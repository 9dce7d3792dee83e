#include "model/Credentials.h"

#include <QCoreApplication>

QString Credentials::maskedAk() const
{
    const QString a = QString::fromLatin1(ak);
    if (a.size() <= 8)
        return QString(a.size(), QLatin1Char('*'));
    return a.left(4) + QStringLiteral("****") + a.right(4);
}

QString Credentials::scopeLabel(const QString &projectId, const QString &domainId)
{
    if (!projectId.isEmpty())
        return QCoreApplication::translate("Credentials", "project %1").arg(projectId);
    if (!domainId.isEmpty())
        return QCoreApplication::translate("Credentials", "account %1").arg(domainId);
    return QCoreApplication::translate("Credentials", "no project or account id");
}
