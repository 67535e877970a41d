// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

/// Which reader a client list is read with.
enum class ImportFormat { Auto, Csv, VCard };

/// A phone number as the source wrote it. Normalising (E.164, number type) happens in the
/// services layer with libphonenumber; the reader only keeps what the file said.
struct RawPhone {
    QString value;           ///< as written: "07400 123456", "+44 7911 123456", "+44-7400-123456"
    QString label;           ///< cleaned label: "Mobile", "Work", "Landline"; may be empty
    bool mobileHint = false; ///< the label or vCard type says it takes texts (Mobile, Cell, iPhone, text)
    bool operator==(const RawPhone& o) const
    {
        return value == o.value && label == o.label && mobileHint == o.mobileHint;
    }
};

/// An email address that passed isValidEmail() (invalid ones become problems, not RawEmails).
struct RawEmail {
    QString value; ///< trimmed, case kept
    QString label; ///< "Home", "Work", ...
    bool operator==(const RawEmail& o) const { return value == o.value && label == o.label; }
};

/// An opt-in flag set to yes in the source: becomes a consent event in state `imported`
/// (never `granted`), with the column and the raw value as evidence.
struct OptIn {
    Channel channel = Channel::Email;
    Scope scope = Scope::Marketing;
    QString column;   ///< header text of the column, e.g. "Marketing Email Opt-In"
    QString rawValue; ///< the cell, e.g. "Yes"
};

/// One client as read from one CSV row or one vCard, before validation of numbers and
/// de-duplication. `problems` make the row unusable (it is skipped and reported with `line`);
/// `warnings` are worth showing but do not stop the import.
struct ImportRecord {
    int line = 0; ///< first physical line of the row or the BEGIN:VCARD line
    QString name; ///< full name: the source's own, else first, middle and last joined
    QString preferredName;
    QString firstName;
    QString middleName;
    QString lastName;
    QVector<RawPhone> phones;
    QVector<RawEmail> emails;
    QString timeZone; ///< as written (IANA id expected); empty when the source has none
    QString notes;
    QVector<OptIn> optIns;
    QStringList problems; ///< e.g. "no name", "invalid email 'not-an-email'"
    QStringList warnings;

    bool usable() const { return problems.isEmpty(); }
};

} // namespace rapport::domain

// The readers in io/ use these under their own namespace.
namespace rapport::io {
using domain::ImportFormat;
using domain::ImportRecord;
using domain::OptIn;
using domain::RawEmail;
using domain::RawPhone;
} // namespace rapport::io
