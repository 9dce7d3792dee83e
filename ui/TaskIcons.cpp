#include "ui/TaskIcons.h"

#include "model/TaskState.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

// The colour of each kind of task state: running blue, success green, failure red, ready orange.
namespace {
QColor toneColor(StateTone tone)
{
    switch (tone) {
    case StateTone::Running:
        return QColor(0x1a, 0x73, 0xe8);
    case StateTone::Succeeded:
        return QColor(0x1e, 0x8e, 0x3e);
    case StateTone::Failed:
        return QColor(0xc5, 0x22, 0x1f);
    case StateTone::Ready:
        return QColor(0xe3, 0x74, 0x00);
    case StateTone::Other:
        break;
    }
    return QColor(0x9a, 0xa0, 0xa6);
}

} // namespace

QIcon TaskIcons::state(const QString &state)
{
    static QHash<QRgb, QIcon> cache;
    const QColor color = toneColor(TaskState::tone(state));
    auto it = cache.find(color.rgb());
    if (it != cache.end())
        return *it;
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(3, 3, 10, 10));
    p.end();
    return *cache.insert(color.rgb(), QIcon(pm));
}

QIcon TaskIcons::deletability(Deletability d)
{
    // Loaded once: a QIcon made per call parsed and rendered its SVG again for every painted cell.
    static const QIcon deletable(QStringLiteral(":/icons/deletable.svg"));
    static const QIcon blocked(QStringLiteral(":/icons/blocked.svg"));
    static const QIcon uncertain(QStringLiteral(":/icons/uncertain.svg"));
    switch (d) {
    case Deletability::Deletable:
        return deletable;
    case Deletability::Blocked:
        return blocked;
    case Deletability::Uncertain:
        return uncertain;
    }
    return {};
}
