#pragma once

#include <QStringList>

class QIODevice;

namespace Cardigan {

/**
 * `cardigan lint [--format text|json|github] PATH...`: lints files, or folders holding a
 * README.md. Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O error.
 */
class LintCommand
{
public:
    static int run(const QStringList &args, QIODevice &out, QIODevice &err);
};

} // namespace Cardigan
