#pragma once

#include "keyvaluetablemodel.h"

namespace Cardigan {

/**
 * The gate's form fields (`extra_gated_fields`): a row per field, its Type (text,
 * checkbox, date_picker, country or select) and, for a select, its Options written
 * comma-separated. A select is `{type: select, options: [a, b]}`; options with labels
 * and values, and other shapes, are read-only (the section says so).
 */
class GatedFieldsModel : public KeyValueTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Type, Options };

    explicit GatedFieldsModel(QObject *parent = nullptr);

    /// The Hub's field types.
    static QStringList types();
    /// Why the form cannot edit field value @p value, or an empty string.
    static QString shapeProblem(const YamlValue &value);

protected:
    QString cellText(const Row &row, int column) const override;
    bool isEditable(const Row &row, int column) const override;
    QStringList choices(const Row &row, int column) const override;
    Edit edit(const Row &row, int column, const QString &text) const override;
};

} // namespace Cardigan
