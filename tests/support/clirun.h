#pragma once

#include "cli.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

namespace Cardigan {

// A subcommand run in-process, with what it printed and its exit status.
struct CliRun
{
    int code;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = Cli::run(args, out, err);
    return {code, out.data(), err.data()};
}

} // namespace Cardigan
