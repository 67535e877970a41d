// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QVector>

namespace rapport::ui {

class AppContext;

/// A handful of made-up clients with consents, directives and logged contacts, written through
/// the services (so it is real data: the ledger verifies, the search finds them), for trying the
/// app without typing: consent granted, imported, refused, withdrawn (an inbound STOP) and none;
/// booked, attended and missed appointments; a contact log; two scheduled messages; the starter
/// templates come with every practice. Times are relative to the context's clock.
class SamplePractice {
public:
    /// Adds the sample clients; returns how many. Stops at the first error.
    static domain::Result<int> load(AppContext& context);
    /// A whole sample practice in an empty database (`rapport --sample`): a made-up practice's
    /// name, practitioner, phone, hours and country, then load(). Returns how many clients.
    static domain::Result<int> setUp(AppContext& context);

private:
    /// Past appointments (one attended, one missed) and two scheduled messages, for `ids` in the
    /// order load() added them.
    static domain::Status addHistory(AppContext& context, const QVector<qint64>& ids);
};

} // namespace rapport::ui
