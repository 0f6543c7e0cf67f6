#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <optional>
#include <vector>

namespace Cardigan {

/// One step of a plan: set @c path to @c value, or remove it when there is no value.
struct YamlEdit
{
    YamlPath path;
    std::optional<YamlValue> value;
};

/**
 * The smallest set / unset steps that turn the value at @p path from @p before (nullptr:
 * absent) into @p after, so that an editor that changed one cell of a list or one key of a
 * mapping touches only that cell's text. Mappings are compared key by key (new keys are
 * added, missing ones removed); sequences item by item when only their tail grew or shrank,
 * or when exactly one item was removed; anything else is one step that sets the whole
 * value. Steps are in an order that keeps later paths valid (removals from the end).
 */
std::vector<YamlEdit> planYamlEdits(const YamlPath &path, const YamlValue *before,
                                    const YamlValue &after);

} // namespace Cardigan
