// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace rapport::domain {

/// What went wrong, in a form both front ends can use: the GUI shows `message` in a dialog or
/// beside `field`; the CLI prints `rapport-cli: message` and exits with the code of `kind`.
struct Error {
    enum class Kind {
        InvalidInput, ///< bad value, unknown id, malformed file (CLI exit 3)
        Database,     ///< cannot use the database: damaged, newer, locked (CLI exit 4)
        Verification, ///< the ledger does not verify (CLI exit 5)
    };
    Kind kind = Kind::InvalidInput;
    QString message; ///< one clear sentence: what was wrong and where
    QString field;   ///< the form field or CLI option it is about, when there is one

    static Error invalid(QString msg, QString fieldName = {})
    {
        return {Kind::InvalidInput, std::move(msg), std::move(fieldName)};
    }
    static Error database(QString msg) { return {Kind::Database, std::move(msg), {}}; }
};

/// A value or an Error. [[nodiscard]]: a result dropped on the floor is a warning.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    /// By value, so `for (auto& x : f().value())` cannot dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// For operations that return nothing but can fail: empty when done, else the Error.
/// [[nodiscard]], so an ignored failure is a compiler warning.
class [[nodiscard]] Status : public std::optional<Error> {
public:
    using std::optional<Error>::optional;
    Status() = default;
    Status(const std::optional<Error>& other) : std::optional<Error>(other) {}
    Status(std::optional<Error>&& other) : std::optional<Error>(std::move(other)) {}
};

} // namespace rapport::domain
