#pragma once

#include <QString>

namespace Cardigan {

/**
 * A second, independent YAML parser (yaml-cpp) that checks the text an edit produces.
 * Our reader follows js-yaml, the Hub's parser; yaml-cpp is stricter in places, so a
 * block it read before an edit must still read after it: an edit never turns a card
 * other tools can read into one they cannot.
 *
 * yaml-cpp recurses and has no limits of its own, so it is only ever given text that
 * YamlReader has accepted, which bounds nesting (100 levels) and alias expansion.
 */
class YamlCrossCheck
{
public:
    /// True when yaml-cpp reads @p yaml; otherwise @p error says why (when given).
    static bool parses(const QString &yaml, QString *error = nullptr);
};

} // namespace Cardigan
