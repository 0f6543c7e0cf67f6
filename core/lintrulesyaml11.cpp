// Plain scalars that huggingface_hub's PyYAML (YAML 1.1) reads differently from the Hub's
// js-yaml (YAML 1.2): `no` is false, `010` is 8, `1e3` a string, `1:30` is 90.
#include "lintcontext.h"
#include "tr.h"
#include "yaml11.h"
#include "yamlwriter.h"

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;

// What PyYAML reads, when it differs from the Hub's @p hub; nothing when they agree.
std::optional<QString> pythonReading(const QString &text, const YamlValue &hub)
{
    switch (Yaml11::resolve(text)) {
    case Yaml11::Type::String:
        if (hub.isString()) {
            return std::nullopt;
        }
        return Tr::tr("the string %1").arg(QString::fromUtf8(YamlValue::string(text).toJson()));
    case Yaml11::Type::Timestamp:
        if (hub.type() == YamlValue::Type::Timestamp) {
            return std::nullopt;
        }
        return Tr::tr("a date");
    case Yaml11::Type::Value:
        return Tr::tr("nothing (PyYAML cannot construct \"=\")");
    case Yaml11::Type::Merge:
        return std::nullopt; // `<<` means a merge to both
    case Yaml11::Type::Null:
    case Yaml11::Type::Bool:
    case Yaml11::Type::Int:
    case Yaml11::Type::Float:
        break;
    }
    const std::optional<YamlValue> python = Yaml11::construct(text);
    if (!python || *python == hub) {
        return std::nullopt;
    }
    return QString::fromUtf8(python->toJson());
}

} // namespace

void lintYaml11Rules(LintContext &ctx)
{
    const YamlTree &tree = *ctx.tree();
    for (int i = 0; i < int(tree.nodes.size()); ++i) {
        const YamlNode &n = tree.node(i);
        if (n.kind != YamlNode::Kind::Scalar || n.style != YamlStyle::Plain || !n.tag.isEmpty()) {
            continue;
        }
        const std::optional<QString> python = pythonReading(n.text, n.value);
        if (!python) {
            continue;
        }
        const QString hub = QString::fromUtf8(n.value.toJson());
        Diagnostic &d = ctx.addAt(i, Severity::Warning, QStringLiteral("yaml11-differs"),
                                  Tr::tr("huggingface_hub (PyYAML) reads %1 as %2, the Hub as "
                                         "%3.")
                                      .arg(n.text, *python, hub));
        // Keep what the Hub reads, written so that both agree: a string quoted, a number
        // in its plain decimal form (quoting it would turn the Hub's number into a string).
        QString replacement;
        QString description;
        if (n.value.isString()) {
            replacement = YamlWriter::singleQuoted(n.text);
            description = Tr::tr("Quote it: %1").arg(replacement);
        } else if (n.value.type() == YamlValue::Type::Number) {
            const QString number = YamlWriter::number(n.value.toNumber(), n.value.isIntegral());
            const std::optional<YamlValue> again = Yaml11::construct(number);
            if (again && *again == n.value) {
                replacement = number;
                description = Tr::tr("Write it as %1").arg(number);
            }
        }
        if (!replacement.isEmpty()) {
            d.fix = Fix::replace(description, {ctx.startOf(i), ctx.endOf(i), replacement});
        }
    }
}

} // namespace Cardigan
