#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a task-table cell as QStyledItemDelegate does, but keeps each elided text laid out.
// The style's item painting lays a cell's text out four times (sizes, rectangles, drawing): a
// screen of 30 rows × 11 columns cost 20–30 ms, and a page arriving while loading repaints it.
// Here the style draws the panel, focus and icon, and the text is a cached QStaticText.
class TaskItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TaskItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text a cell of this width shows (elided as the option says); what paint() draws.
    QString shownText(const QStyleOptionViewItem &option, const QString &text, int width) const;

private:
    struct Key
    {
        QString text;
        int width;
        int elideMode;
        bool operator==(const Key &o) const { return width == o.width && elideMode == o.elideMode && text == o.text; }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.text, k.width, k.elideMode); }

    const QStaticText &laidOut(const QStyleOptionViewItem &option, const QString &text, int width) const;

    mutable QCache<Key, QStaticText> m_cache;
    mutable QFont m_cachedFont; // the cache holds text laid out in this font only
};
