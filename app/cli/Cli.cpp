#include "Cli.h"

namespace rapport::cli {

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Q_UNUSED(out);
    err << "rapport-cli: not implemented yet: " << args.join(QLatin1Char(' ')) << Qt::endl;
    return 2;
}

} // namespace rapport::cli
