// SPDX-License-Identifier: GPL-3.0-or-later
#include "Args.h"

namespace rapport::cli {

Args::Args(const QStringList& args, const QVector<Spec>& specs)
{
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (optionsEnded || !a.startsWith(QLatin1String("--")) || a == QLatin1String("-")) {
            m_positionals << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = a.mid(2);
        std::optional<QString> inlineValue;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == QLatin1String("help")) {
            m_help = true;
            continue;
        }
        const Spec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name)
                spec = &s;
        if (!spec) {
            m_error = QStringLiteral("unknown option '--%1'").arg(name);
            return;
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                m_error = QStringLiteral("option '--%1' needs a value").arg(name);
                return;
            }
        } else if (inlineValue) {
            m_error = QStringLiteral("option '--%1' takes no value").arg(name);
            return;
        }
        if (!spec->repeatable && m_values.contains(name)) {
            m_error = QStringLiteral("option '--%1' given more than once").arg(name);
            return;
        }
        m_values[name] << value;
    }
}

std::optional<QString> Args::value(const QString& name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

} // namespace rapport::cli
