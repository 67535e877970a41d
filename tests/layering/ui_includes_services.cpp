// SPDX-License-Identifier: GPL-3.0-or-later
// The control: the same target shape including a services header compiles.
#include "domain/Client.h"
#include "services/ClientService.h"
