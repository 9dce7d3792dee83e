#include "ui/TaskItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace {
constexpr int CachedTexts = 2000; // six screens of cells: scrolling back and forth stays laid out
}

TaskItemDelegate::TaskItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(CachedTexts)
{ }

QString TaskItemDelegate::shownText(const QStyleOptionViewItem &option, const QString &text, int width) const
{
    QString oneLine = text;
    oneLine.replace(u'\n', QChar::LineSeparator);
    return option.fontMetrics.elidedText(oneLine, option.textElideMode, width);
}

const QStaticText &TaskItemDelegate::laidOut(const QStyleOptionViewItem &option, const QString &text, int width) const
{
    if (option.font != m_cachedFont) {
        m_cache.clear();
        m_cachedFont = option.font;
    }
    const Key key { text, width, int(option.textElideMode) };
    if (QStaticText *hit = m_cache.object(key))
        return *hit;
    auto *laid = new QStaticText(shownText(option, text, width));
    laid->setTextFormat(Qt::PlainText);
    laid->prepare(QTransform(), option.font);
    m_cache.insert(key, laid);
    return *m_cache.object(key);
}

void TaskItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Everything but the text, by the style: background, selection, focus frame, icon.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text's place as the style lays it out: after the icon, with the style's text margin.
    // (SE_ItemViewItemText would measure the text again, and is empty once it is cleared.)
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect area = opt.rect;
    if (opt.features & QStyleOptionViewItem::HasDecoration)
        area.setLeft(style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, widget).right() + 1);
    area.adjust(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &laid = laidOut(opt, text, area.width());
    const QSize size = laid.size().toSize();
    const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, area);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(at.topLeft(), laid);
    painter->restore();
}
