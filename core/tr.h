#pragma once

#include <QCoreApplication>

namespace Cardigan {

/**
 * tr() for core code that is not a QObject: `Tr::tr("...")`. One translation
 * context, "Cardigan", so translators see core messages together.
 */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cardigan)
};

} // namespace Cardigan
