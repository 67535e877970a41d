#pragma once

#include "domain/Result.h"

namespace rapport::ui {

class AppContext;

/// A handful of made-up clients with consents, directives and logged contacts, written through
/// the services (so it is real data: the ledger verifies, the search finds them), for trying the
/// app without typing. Times are relative to the context's clock.
class SamplePractice {
public:
    /// Adds the sample clients; returns how many. Stops at the first error.
    static domain::Result<int> load(AppContext& context);
};

} // namespace rapport::ui
