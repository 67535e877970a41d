// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/ImportRecord.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

/// What a CSV column holds.
enum class ColumnField {
    Ignore,
    FullName,
    FirstName,
    MiddleName,
    LastName,
    PreferredName,
    Phone,      ///< one number (or ` ::: ` list); label from the paired PhoneLabel column or the role
    PhoneLabel, ///< labels for the Phone column of the same group
    PhoneList,  ///< several numbers in one cell, "Mobile: 0400 000 000; Home: ..." (Cliniko)
    Email,
    EmailLabel,
    TimeZone,
    Notes,
    OptIn, ///< a yes/no flag for `channel` and `scope`
};

/// Stable machine name ("first_name", "phone_label", "opt_in"), for saved mappings and the CLI.
QString toString(ColumnField f);
std::optional<ColumnField> columnFieldFromString(const QString& s);

/// The role of one column.
struct ColumnRole {
    ColumnField field = ColumnField::Ignore;
    int group = 0; ///< pairs a label column with its value column ("Phone 2 - Label" / "Phone 2 - Value")
    QString label; ///< fixed label for Phone/Email values ("Mobile" for Outlook's "Mobile Phone")
    Channel channel = Channel::Email; ///< OptIn only
    Scope scope = Scope::Service;     ///< OptIn only
    bool operator==(const ColumnRole& o) const
    {
        return field == o.field && group == o.group && label == o.label && channel == o.channel && scope == o.scope;
    }
};

/// Column index -> role, with the name of the format it was recognised as. A value: the wizard
/// shows it, a person corrects roles, and the corrected mapping is fed back to the reader.
struct ColumnMapping {
    QString formatName; ///< "Google Contacts", "Google Contacts (legacy)", "Outlook", "Jane", "Cliniko",
                        ///< "OpenEMR" or "CSV" (columns matched by name)
    QStringList header;
    QVector<ColumnRole> roles; ///< one per header column

    /// Recognises the exporting program by its header and maps every column.
    static ColumnMapping detect(const QStringList& header);
    /// The role the generic rules give a column name (first/given/forename, mobile/cell, ...).
    static ColumnRole guessRole(const QString& columnName);

    /// True when at least one column gives a name, a phone or an email.
    bool mapsAnything() const;
    /// Human summary of one column's role: "Phone (Mobile)", "Opt-in: sms marketing", "ignored".
    QString describe(int column) const;
    /// Builds a record from one row. Cells past the header are ignored (the reader checks width).
    ImportRecord apply(const QStringList& fields, int line) const;

    bool operator==(const ColumnMapping& o) const
    {
        return formatName == o.formatName && header == o.header && roles == o.roles;
    }

    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

} // namespace rapport::domain

// The readers in io/ use these under their own namespace.
namespace rapport::io {
using domain::ColumnField;
using domain::columnFieldFromString;
using domain::ColumnMapping;
using domain::ColumnRole;
using domain::toString;
} // namespace rapport::io
