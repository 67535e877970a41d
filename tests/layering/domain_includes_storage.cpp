// Must not compile: the domain sees only itself.
#include "storage/Database.h"
