#pragma once

#include "keyvaluetablemodel.h"

namespace Cardigan {

/**
 * The inference parameters (`inference: {parameters: {temperature: 0.7}}`): Name, Type
 * (number, boolean, text) and Value. A value is written as YAML the Hub reads as its
 * type: `0.7` a number, `true` a boolean, `'0.7'` a string.
 */
class ParameterTableModel : public KeyValueTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Value };

    explicit ParameterTableModel(QObject *parent = nullptr);

    /// The names of the types, in the order of the Type column's choices.
    static QStringList typeNames();
    /// The value @p text means as type @p typeIndex (of typeNames()), or a refusal.
    static Edit typed(int typeIndex, const QString &text);

protected:
    QString cellText(const Row &row, int column) const override;
    bool isEditable(const Row &row, int column) const override;
    QStringList choices(const Row &row, int column) const override;
    Edit edit(const Row &row, int column, const QString &text) const override;
};

} // namespace Cardigan
