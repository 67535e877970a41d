// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: the domain sees only itself.
#include "storage/Database.h"
