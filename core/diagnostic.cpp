#include "diagnostic.h"

namespace Cardigan {

Fix Fix::set(const QString &description, const YamlPath &path, const QString &valueText)
{
    Fix f;
    f.kind = Kind::Set;
    f.description = description;
    f.path = path;
    f.valueText = valueText;
    return f;
}

Fix Fix::unset(const QString &description, const YamlPath &path)
{
    Fix f;
    f.kind = Kind::Unset;
    f.description = description;
    f.path = path;
    return f;
}

Fix Fix::replace(const QString &description, const Splice &splice)
{
    Fix f;
    f.kind = Kind::Splice;
    f.description = description;
    f.splice = splice;
    return f;
}

Fix Fix::removeBom(const QString &description)
{
    Fix f;
    f.kind = Kind::RemoveBom;
    f.description = description;
    return f;
}

CardDocument::EditResult Fix::apply(CardDocument &doc) const
{
    switch (kind) {
    case Kind::Set:
        return doc.set(path, valueText);
    case Kind::Unset:
        return doc.unset(path);
    case Kind::RemoveBom:
        return doc.setBom(false);
    case Kind::Splice:
        break;
    }
    doc.applySplice(splice);
    return {true, true, QString()};
}

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace Cardigan
