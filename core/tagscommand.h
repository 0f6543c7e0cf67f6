#pragma once

#include <QStringList>

class QIODevice;

namespace Cardigan {

/**
 * `cardigan tags DIR [--json]`: scans a cloned repository and prints what the Hub
 * would show (tags split into the card's and the Hub's, pipeline_tag and library_name
 * with their sources, formats, parameter count, LFS warnings).
 */
class TagsCommand
{
public:
    /// Runs with @p args after "tags"; returns a Cli::Exit value.
    static int run(const QStringList &args, QIODevice &out, QIODevice &err);
};

} // namespace Cardigan
