#include "gatedfieldsmodel.h"

#include "formsection.h"

namespace Cardigan {

namespace {

const QString Select = QStringLiteral("select");

QString typeOf(const YamlValue &v)
{
    if (v.isMapping()) {
        const YamlValue *type = v.find(QStringLiteral("type"));
        return type ? formScalarText(*type) : QString();
    }
    return v.toString();
}

QStringList optionsOf(const YamlValue &v)
{
    QStringList out;
    const YamlValue *options = v.isMapping() ? v.find(QStringLiteral("options")) : nullptr;
    if (options && options->isSequence()) {
        for (const YamlValue &o : options->items()) {
            out << o.toString();
        }
    }
    return out;
}

YamlValue stringList(const QStringList &items)
{
    std::vector<YamlValue> values;
    for (const QString &s : items) {
        values.push_back(YamlValue::string(s));
    }
    return YamlValue::sequence(std::move(values));
}

} // namespace

GatedFieldsModel::GatedFieldsModel(QObject *parent)
    : KeyValueTableModel({tr("Field"), tr("Type"), tr("Options")}, parent)
{}

QStringList GatedFieldsModel::types()
{
    return {QStringLiteral("text"), QStringLiteral("checkbox"), QStringLiteral("date_picker"),
            QStringLiteral("country"), Select};
}

QString GatedFieldsModel::shapeProblem(const YamlValue &v)
{
    if (v.isString()) {
        return v.toString().contains(u'\n') ? tr("the type spans several lines") : QString();
    }
    if (!v.isMapping()) {
        return tr("it is %1, not a type or a select").arg(formTypeName(v));
    }
    for (const YamlValue::Entry &e : v.entries()) {
        if (e.first != QLatin1String("type") && e.first != QLatin1String("options")) {
            return tr("it has a key \"%1\" the form does not know").arg(e.first);
        }
    }
    const YamlValue *type = v.find(QStringLiteral("type"));
    if (!type || !type->isString() || type->toString() != Select) {
        return tr("a field written as a mapping should be {type: select, options: [...]}");
    }
    const YamlValue *options = v.find(QStringLiteral("options"));
    if (!options) {
        return QString();
    }
    if (!options->isSequence()) {
        return tr("its options are %1, not a list").arg(formTypeName(*options));
    }
    for (const YamlValue &o : options->items()) {
        if (!o.isString()) {
            return o.isMapping() ? tr("its options have labels and values")
                                 : tr("an option is %1, not text").arg(formTypeName(o));
        }
        if (o.toString().contains(u',') || o.toString().contains(u'\n') ||
            o.toString().trimmed() != o.toString() || o.toString().isEmpty()) {
            return tr("an option (\"%1\") cannot be written in a comma list").arg(o.toString());
        }
    }
    return QString();
}

QString GatedFieldsModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case Field:
        return row.key;
    case Type:
        return row.problem.isEmpty() || row.value.isString() || row.value.isMapping()
                   ? typeOf(row.value)
                   : formScalarText(row.value);
    case Options:
        return optionsOf(row.value).join(QLatin1String(", "));
    default:
        return QString();
    }
}

bool GatedFieldsModel::isEditable(const Row &row, int column) const
{
    return column == Type || (column == Options && typeOf(row.value) == Select);
}

QStringList GatedFieldsModel::choices(const Row &, int column) const
{
    return column == Type ? types() : QStringList();
}

KeyValueTableModel::Edit GatedFieldsModel::edit(const Row &row, int column,
                                                const QString &text) const
{
    const QString t = text.trimmed();
    if (column == Type) {
        if (t.isEmpty()) {
            return refuse(tr("a field needs a type: %1").arg(types().join(u", ")));
        }
        if (t == Select) {
            // A select lists its options; they are added in the Options column.
            return whole(
                YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(Select)},
                                    {QStringLiteral("options"), YamlValue::sequence({})}}));
        }
        return whole(YamlValue::string(t));
    }
    QStringList options;
    for (const QString &o : t.split(u',')) {
        if (!o.trimmed().isEmpty()) {
            options << o.trimmed();
        }
    }
    if (row.value.isMapping()) {
        Edit e = whole(stringList(options));
        e.subKeys = {QStringLiteral("options")};
        return e;
    }
    return whole(YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(Select)},
                                     {QStringLiteral("options"), stringList(options)}}));
}

} // namespace Cardigan
