#include "model/Credentials.h"

#include <QCoreApplication>

QString Credentials::maskedAk() const
{
    const QString a = QString::fromLatin1(ak);
    if (a.size() <= 8)
        return QString(a.size(), QLatin1Char('*'));
    return a.left(4) + QStringLiteral("****") + a.right(4);
}

namespace {
bool fitsAHeader(const QByteArray &value)
{
    for (const char c : value) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}
} // namespace

QString Credentials::headerProblem() const
{
    const std::pair<const char *, QByteArray> fields[] = {
        { QT_TRANSLATE_NOOP("Credentials", "The access key (AK)"), ak },
        { QT_TRANSLATE_NOOP("Credentials", "The security token"), securityToken },
        { QT_TRANSLATE_NOOP("Credentials", "The project ID"), projectId.toUtf8() },
        { QT_TRANSLATE_NOOP("Credentials", "The account (domain) ID"), domainId.toUtf8() },
    };
    for (const auto &[name, value] : fields) {
        if (!fitsAHeader(value))
            return QCoreApplication::translate("Credentials",
                                               "%1 contains a space, a line break or another character that cannot "
                                               "be sent in a request header: nothing was sent.")
                .arg(QCoreApplication::translate("Credentials", name));
    }
    return {};
}

QString Credentials::scopeLabel(const QString &projectId, const QString &domainId)
{
    if (!projectId.isEmpty())
        return QCoreApplication::translate("Credentials", "project %1").arg(projectId);
    if (!domainId.isEmpty())
        return QCoreApplication::translate("Credentials", "account %1").arg(domainId);
    return QCoreApplication::translate("Credentials", "no project or account id");
}
