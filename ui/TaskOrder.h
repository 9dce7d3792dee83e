#pragma once

#include "ui/TaskRow.h"

#include <Qt>

#include <vector>

// The order of the task table's rows by one column. Every row gets one 64-bit key: the rank of
// its value among the distinct values of the column (strings ranked once each, not compared per
// pair of rows) above the first five characters of its id, so a sort of 50,000 rows compares
// integers and looks at a row only for the rare equal key. The order is TaskRow::lessThan's.
class TaskOrder
{
public:
    // rows[i] is the row now at position i; the result's element i is the position of the row
    // that goes to i.
    static std::vector<int> sorted(const std::vector<const TaskRow *> &rows, TaskColumn column, Qt::SortOrder order);
};
