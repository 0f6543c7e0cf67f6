#pragma once

#include <QStringList>

class QIODevice;

namespace Cardigan {

/**
 * The command-line subcommands (`cardigan meta|set|unset ...`). They need no display
 * and edit through CardDocument, exactly as the window does.
 */
class Cli
{
public:
    enum Exit { Done = 0, Refused = 1, UsageOrIo = 2 };

    /// True when @p args (without the program name) start with a subcommand.
    static bool isCommand(const QStringList &args);
    /// Runs the subcommand in @p args (without the program name).
    static int run(const QStringList &args, QIODevice &out, QIODevice &err);
    static QString usage();
};

} // namespace Cardigan
