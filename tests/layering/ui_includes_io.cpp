// Must not compile: the UI reads files only through the services.
#include "io/CsvReader.h"
