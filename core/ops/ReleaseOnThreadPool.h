#pragma once

#include <QThreadPool>

#include <memory>
#include <tuple>
#include <type_traits>

// Destroys the given values on the thread pool: tens of thousands of rows, sources or strings
// freed on the GUI thread froze it for ~100 ms. Nothing else may refer to them (QString's shared
// data is reference counted atomically, so copies held elsewhere stay valid).
template<typename... T> void releaseOnThreadPool(T &&...values)
{
    static_assert((!std::is_lvalue_reference_v<T> && ...), "move the values in");
    auto bag = std::make_shared<std::tuple<T...>>(std::move(values)...);
    QThreadPool::globalInstance()->start([bag = std::move(bag)]() mutable { bag.reset(); });
}
