#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>

namespace soar::common {

// Either a value or an Error. Cheap to move; check ok() before value().
template<typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>: success or an Error.
template<>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace soar::common
