#include "ui/TaskOrder.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <numeric>

namespace {

// Eight UTF-16 units of `text` from `at`, one byte each, big-endian: a unit below 0xFE as itself
// + 1, any other as 0xFF ("lossy": the bytes stop telling the order), past the end 0. Integer
// order is the text's (code unit) order as far as the window tells it.
struct Window
{
    quint64 key = 0;
    bool lossy = false;
};
Window window(QStringView text, qsizetype at)
{
    Window w;
    for (qsizetype i = at; i < at + 8; ++i) {
        quint64 byte = 0;
        if (i < text.size()) {
            const char16_t u = text[i].unicode();
            byte = u < 0xFE ? u + 1 : 0xFF;
            w.lossy = w.lossy || u >= 0xFE;
        }
        w.key = (w.key << 8) | byte;
    }
    return w;
}

struct Item
{
    quint64 key;
    quint32 row;
};

// Sorts items[begin, end), whose texts agree on their first `at` units, and gives every group of
// equal texts one group number (in order, from *group on). Eight units at a time, on integers: a
// string is read once a pass, and compared as a string only where a window is lossy.
void rankTexts(std::vector<Item> &items, size_t begin, size_t end, qsizetype at, const std::vector<QStringView> &texts,
               std::vector<quint32> &ranks, quint32 &group)
{
    // Past 64 shared units (rare, and a bound on the passes) the rest is compared as strings.
    bool lossy = at >= 64;
    for (size_t i = begin; i < end && !lossy; ++i) {
        const Window w = window(texts[items[i].row], at);
        items[i].key = w.key;
        lossy = w.lossy;
    }
    if (lossy) {
        // Rare (text beyond Latin-1, or very long shared prefixes): compare these as strings.
        std::sort(items.begin() + qsizetype(begin), items.begin() + qsizetype(end),
                  [&](const Item &a, const Item &b) { return texts[a.row].mid(at) < texts[b.row].mid(at); });
        for (size_t i = begin; i < end; ++i) {
            if (i > begin && texts[items[i].row] != texts[items[i - 1].row])
                ++group;
            ranks[items[i].row] = group;
        }
        ++group;
        return;
    }
    std::sort(items.begin() + qsizetype(begin), items.begin() + qsizetype(end),
              [](const Item &a, const Item &b) { return a.key < b.key; });
    for (size_t i = begin; i < end;) {
        size_t j = i + 1;
        while (j < end && items[j].key == items[i].key)
            ++j;
        // Equal windows: equal texts if they ended inside it (the same place: the keys are equal).
        if (j - i == 1 || (items[i].key & 0xFF) == 0) {
            for (size_t k = i; k < j; ++k)
                ranks[items[k].row] = group;
            ++group;
        } else {
            rankTexts(items, i, j, at + 8, texts, ranks, group);
        }
        i = j;
    }
}

// Dense ranks of the rows' texts in QString's (code unit) order.
std::vector<quint32> textRanks(const std::vector<const TaskRow *> &rows, TaskColumn column)
{
    std::vector<QStringView> texts(rows.size());
    std::vector<Item> items(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        texts[i] = *TaskRow::sortText(*rows[i], column);
        items[i].row = quint32(i);
    }
    std::vector<quint32> ranks(rows.size());
    quint32 group = 0;
    if (!items.empty())
        rankTexts(items, 0, items.size(), 0, texts, ranks, group);
    return ranks;
}

// Dense ranks of the rows' number keys.
std::vector<quint32> numberRanks(const std::vector<const TaskRow *> &rows, TaskColumn column)
{
    std::vector<quint64> keys(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        keys[i] = TaskRow::sortKey(*rows[i], column);
    std::vector<quint64> distinct = keys;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<quint32> ranks(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        ranks[i] = quint32(std::lower_bound(distinct.begin(), distinct.end(), keys[i]) - distinct.begin());
    return ranks;
}

} // namespace

std::vector<int> TaskOrder::sorted(const std::vector<const TaskRow *> &rows, TaskColumn column, Qt::SortOrder order)
{
    // Ranks take 24 bits (the table holds fewer than 16 million rows), the id's prefix the other 40:
    // ties between different ids are left to lessThan, which orders by the same value, then the id.
    std::vector<quint32> ranks;
    if (column == TaskColumn::Id)
        ranks.assign(rows.size(), 0);
    else if (TaskRow::sortText(TaskRow(), column))
        ranks = textRanks(rows, column);
    else
        ranks = numberRanks(rows, column);
    struct Keyed
    {
        quint64 key;
        int row;
    };
    std::vector<Keyed> keyed(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        keyed[i] = { (quint64(ranks[i]) << 40) | (rows[i]->idPrefix >> 24), int(i) };
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : b.key < a.key;
        return ascending ? TaskRow::lessThan(*rows[size_t(a.row)], *rows[size_t(b.row)], column)
                         : TaskRow::lessThan(*rows[size_t(b.row)], *rows[size_t(a.row)], column);
    });
    std::vector<int> result(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        result[i] = keyed[i].row;
    return result;
}
