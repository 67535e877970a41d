// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: the CLI links the services, which keep storage to themselves.
#include "storage/ConsentRepository.h"
