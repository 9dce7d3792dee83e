#include "api/Credentials.h"

QString Credentials::maskedAk() const
{
    const QString a = QString::fromLatin1(ak);
    if (a.size() <= 8)
        return QString(a.size(), QLatin1Char('*'));
    return a.left(4) + QStringLiteral("****") + a.right(4);
}
