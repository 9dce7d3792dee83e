#include "ui/TaskOrder.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <numeric>

namespace {

// Eight UTF-16 units of `text` from `at`, one byte each, big-endian: a unit below 0xFE as itself
// + 1, past the end 0. A unit from 0xFE up ends the key with 0xFF ("lossy": from there on the key
// does not tell the order, and texts with equal lossy keys are compared as strings). Integer order
// is the texts' (code unit) order wherever two keys differ.
quint64 window(QStringView text, qsizetype at)
{
    quint64 key = 0;
    int shift = 56;
    for (qsizetype i = at; i < at + 8; ++i, shift -= 8) {
        if (i >= text.size())
            break;
        const char16_t u = text[i].unicode();
        if (u >= 0xFE)
            return key | (quint64(0xFF) << shift);
        key |= quint64(u + 1) << shift;
    }
    return key;
}

bool isLossy(quint64 key)
{
    for (int shift = 0; shift < 64; shift += 8) {
        if (((key >> shift) & 0xFF) == 0xFF)
            return true;
    }
    return false;
}

struct Item
{
    quint64 key;
    quint32 row;
};

// Sorts items[begin, end), whose texts agree on their first `at` units, and gives every group of
// equal texts one group number (in order, from `group` on). Eight units at a time, on integers: a
// string is read once a pass, and compared as a string only where equal keys are lossy.
void rankTexts(std::vector<Item> &items, size_t begin, size_t end, qsizetype at, const std::vector<QStringView> &texts,
               std::vector<quint32> &ranks, quint32 &group)
{
    const auto first = items.begin() + qsizetype(begin);
    const auto last = items.begin() + qsizetype(end);
    // Past 64 shared units (rare, and a bound on the passes) the rest is compared as strings.
    const bool asStrings = at >= 64;
    for (size_t i = begin; i < end && !asStrings; ++i)
        items[i].key = window(texts[items[i].row], at);
    if (!asStrings)
        std::sort(first, last, [](const Item &a, const Item &b) { return a.key < b.key; });
    for (size_t i = begin; i < end;) {
        size_t j = i + 1;
        while (j < end && (asStrings || items[j].key == items[i].key))
            ++j;
        if (j - i > 1 && (asStrings || isLossy(items[i].key))) {
            // Text beyond Latin-1 at the same place, or very long shared prefixes: as strings.
            std::sort(items.begin() + qsizetype(i), items.begin() + qsizetype(j),
                      [&](const Item &a, const Item &b) { return texts[a.row].mid(at) < texts[b.row].mid(at); });
            for (size_t k = i; k < j; ++k) {
                if (k > i && texts[items[k].row] != texts[items[k - 1].row])
                    ++group;
                ranks[items[k].row] = group;
            }
            ++group;
        } else if (j - i == 1 || (items[i].key & 0xFF) == 0) {
            // Alone, or equal texts that ended inside the window (at the same place: equal keys).
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
    else if (!rows.empty() && TaskRow::sortText(*rows.front(), column))
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
