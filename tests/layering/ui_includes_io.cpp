// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: the UI reads files only through the services.
#include "io/CsvReader.h"
