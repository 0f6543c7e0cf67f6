#pragma once

#include "yamlvalue.h"

#include <QString>

#include <optional>

namespace Cardigan {

/**
 * How huggingface_hub reads a plain scalar: PyYAML's YAML 1.1 implicit resolvers
 * (`yes`/`no`/`on`/`off` are booleans, `010` is 8, `1:30` is 90, `1e3` is a string,
 * `=` has no constructor). Used to warn where the Hub and Python tooling disagree, and
 * to quote new text so both read it the same.
 */
class Yaml11
{
public:
    enum class Type { Null, Bool, Int, Float, Timestamp, Merge, Value, String };

    /// The type PyYAML's resolver gives the plain scalar @p text.
    static Type resolve(const QString &text);
    /// The value PyYAML constructs for a plain scalar that resolves to Null, Bool, Int or
    /// Float (as a JavaScript-like number); nothing for other types.
    static std::optional<YamlValue> construct(const QString &text);
};

} // namespace Cardigan
