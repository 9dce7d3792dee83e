#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QUrl>

// Looks for secrets in every file under a folder, in the forms a careless write would leave: plain,
// percent-encoded, base64 (standard and URL-safe), QSettings' "@ByteArray(…)" and UTF-16.
namespace SecretScan {

inline QList<QPair<QString, QByteArray>> forms(const QByteArray &secret)
{
    QByteArray utf16;
    for (char c : secret) {
        utf16.append(c);
        utf16.append('\0');
    }
    return {
        { QStringLiteral("plain"), secret },
        { QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(QString::fromLatin1(secret)) },
        { QStringLiteral("base64"), secret.toBase64() },
        { QStringLiteral("base64url"),
          secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) },
        { QStringLiteral("@ByteArray"), QByteArrayLiteral("@ByteArray(") + secret + ')' },
        { QStringLiteral("utf-16"), utf16 },
    };
}

// "file: form" for every hit; empty when clean.
inline QStringList scanText(const QString &where, const QByteArray &text, const QList<QByteArray> &secrets)
{
    QStringList hits;
    for (const QByteArray &secret : secrets) {
        for (const auto &[name, form] : forms(secret)) {
            if (!form.isEmpty() && text.contains(form))
                hits.append(where + QStringLiteral(": ") + name);
        }
    }
    return hits;
}

inline QStringList scanFolder(const QString &folder, const QList<QByteArray> &secrets, int *filesScanned = nullptr)
{
    QStringList hits;
    int files = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        hits += scanText(path, f.readAll(), secrets);
    }
    if (filesScanned)
        *filesScanned = files;
    return hits;
}

} // namespace SecretScan
