// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport::cli {

/// A small, strict argument parser for one (sub)command: `--name value`, `--name=value`, flags,
/// repeatable options, positionals. Unknown options and missing values are usage errors (exit 2),
/// reported with the option's name. `--` ends the options.
class Args {
public:
    struct Spec {
        QString name; ///< without the leading dashes
        bool takesValue = true;
        bool repeatable = false;
    };

    /// Parses `args` against `specs`; on failure `error()` says what and `ok()` is false.
    Args(const QStringList& args, const QVector<Spec>& specs);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool has(const QString& name) const { return m_values.contains(name); }
    /// The last value given for `name`, or nullopt.
    std::optional<QString> value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positionals() const { return m_positionals; }
    bool help() const { return m_help; }

private:
    QMap<QString, QStringList> m_values;
    QStringList m_positionals;
    QString m_error;
    bool m_help = false;
};

} // namespace rapport::cli
