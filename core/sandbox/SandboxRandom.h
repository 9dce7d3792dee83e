#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// splitmix64: tiny, fast and identical on every platform and standard library, so a seed gives the
// same account and the same fault decisions everywhere (std::uniform_*_distribution does not).
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) (n > 0); the modulo bias is irrelevant here.
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

    // A random (version 4 shaped) UUID, lower-case.
    QString uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        QString hex = QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0');
        hex[12] = u'4';
        hex[16] = QLatin1Char("89ab"[b >> 62]);
        return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
    }
    QString hex32()
    {
        return QString::number(next(), 16).rightJustified(16, u'0')
            + QString::number(next(), 16).rightJustified(16, u'0');
    }

private:
    quint64 m_state;
};
