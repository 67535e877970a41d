// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace rapport::ui {

/// Builds the links the composer hands a message to: the mail program, the messaging app, the
/// dialler. Pure functions, so the exact encoding is testable.
namespace ComposerHandoff {

/// `mailto:address?subject=...&body=...`, percent-encoded as RFC 6068 asks (spaces as %20,
/// line breaks as %0D%0A).
QUrl mailto(const QString& address, const QString& subject, const QString& body);
/// `sms:+447400123456?body=...` (RFC 5724), the body percent-encoded.
QUrl sms(const QString& e164, const QString& body);
/// `tel:+447400123456` (RFC 3966).
QUrl tel(const QString& e164);

/// The subject line for an email: the template's name when the draft came from one, else the
/// first line of the body, shortened to at most `maxLength` characters at a word boundary.
QString subject(const QString& templateName, const QString& body, int maxLength = 60);

/// The contact point each channel would use: the first email; the first number that takes
/// texts; the first phone number of any kind (a mobile first). Empty when there is none.
std::optional<domain::ContactPoint> emailFor(const domain::Client& client);
std::optional<domain::ContactPoint> textNumberFor(const domain::Client& client);
std::optional<domain::ContactPoint> callNumberFor(const domain::Client& client);

} // namespace ComposerHandoff

} // namespace rapport::ui
