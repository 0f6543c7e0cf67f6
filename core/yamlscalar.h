#pragma once

#include "yamlvalue.h"

#include <QString>

namespace Cardigan {

/**
 * The types of js-yaml 4's default schema (YAML 1.2 core plus timestamp, merge, binary,
 * omap, pairs and set) and how they resolve and construct values. Values come in as
 * js-yaml sees them: a scalar's text as a string, an empty node as null, and in rare
 * cases (`!!str` on the line above a plain scalar) a value that is already typed.
 */
namespace YamlScalar {

enum class TypeId {
    Null,
    Bool,
    Int,
    Float,
    Timestamp,
    Merge,
    Str,
    Binary,
    Seq,
    Map,
    Omap,
    Pairs,
    Set
};

/// The node kinds js-yaml dispatches explicit tags on; None is its 'fallback' (empty node).
enum class NodeKind { None, Scalar, Sequence, Mapping };

/// The full tag ("tag:yaml.org,2002:int").
QString tagOf(TypeId type);

/// js-yaml's typeMap[kind || 'fallback'][tag]: false for an unknown tag. @p typeKind is
/// the kind the type constructs from.
bool lookup(const QString &tag, NodeKind kind, TypeId *type, NodeKind *typeKind = nullptr);

struct Resolution
{
    enum class Status {
        NoMatch,       ///< implicit: no type matched; the value stays a string
        Resolved,      ///< value and type are set
        CannotResolve, ///< explicit: the tag's resolver refused the data
        ScriptError,   ///< js-yaml would die with a TypeError (message is its text)
    };
    Status status = Status::NoMatch;
    YamlValue value;
    TypeId type = TypeId::Str;
    QString message;
};

/// A plain scalar (tag `?`): null, bool, int, float, timestamp, merge, in that order.
Resolution resolveImplicit(const YamlValue &data);

/// A node with an explicit tag that lookup() found.
Resolution resolveExplicit(TypeId type, const YamlValue &data);

/// JavaScript's String(value) for a scalar value (keys of a mapping are strings in JS).
QString jsString(const YamlValue &value);

} // namespace YamlScalar
} // namespace Cardigan
