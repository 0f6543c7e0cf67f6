#include "parametertablemodel.h"

#include "formsection.h"

namespace Cardigan {

namespace {

int typeIndexOf(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Number:
        return 0;
    case YamlValue::Type::Bool:
        return 1;
    default:
        return 2;
    }
}

} // namespace

ParameterTableModel::ParameterTableModel(QObject *parent)
    : KeyValueTableModel({tr("Name"), tr("Type"), tr("Value")}, parent)
{}

QStringList ParameterTableModel::typeNames()
{
    return {tr("number"), tr("boolean"), tr("text")};
}

KeyValueTableModel::Edit ParameterTableModel::typed(int typeIndex, const QString &text)
{
    const QString t = text.trimmed();
    switch (typeIndex) {
    case 0: {
        QString why;
        const auto n = formNumber(t, &why);
        return n ? whole(*n, t) : refuse(why);
    }
    case 1:
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            return whole(
                YamlValue::boolean(t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0));
        }
        return refuse(tr("\"%1\" is not a boolean: write true or false").arg(t));
    default:
        // Typed text stays text: the writer quotes what would read as another type.
        return whole(YamlValue::string(text));
    }
}

QString ParameterTableModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.key;
    case Type:
        return row.problem.isEmpty() ? typeNames().at(typeIndexOf(row.value))
                                     : formTypeName(row.value);
    case Value:
        return formScalarText(row.value);
    default:
        return QString();
    }
}

bool ParameterTableModel::isEditable(const Row &, int column) const
{
    // A rename would be a removal and an addition: remove the row and add it anew.
    return column == Type || column == Value;
}

QStringList ParameterTableModel::choices(const Row &, int column) const
{
    return column == Type ? typeNames() : QStringList();
}

KeyValueTableModel::Edit ParameterTableModel::edit(const Row &row, int column,
                                                   const QString &text) const
{
    if (column == Value) {
        return typed(typeIndexOf(row.value), text);
    }
    const int to = int(typeNames().indexOf(text));
    if (to < 0) {
        return refuse(tr("\"%1\" is not a type: choose %2").arg(text, typeNames().join(u", ")));
    }
    // The value as the new type: text that reads as it, or a refusal with the reason.
    const Edit e = typed(to, formScalarText(row.value));
    if (!e.ok) {
        return refuse(tr("%1 cannot become %2: %3").arg(row.key, typeNames().at(to), e.error));
    }
    return e;
}

} // namespace Cardigan
