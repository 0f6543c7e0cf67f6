#pragma once

#include "formsection.h"

class QComboBox;
class QLabel;

namespace Cardigan {

class ParameterTableModel;
class TableEditor;

/**
 * `inference`: on or off (absent is the Hub's default), and the default parameters of
 * the widget and API (`inference: {parameters: {temperature: 0.7}}`) in a table.
 * Children: "inference" (the combo box), "inference-note", and the TableEditor's
 * "inference-parameters-..." controls.
 */
class InferenceGroup : public FormSection
{
    Q_OBJECT

public:
    explicit InferenceGroup(CardDocument *document, QWidget *parent = nullptr);

    QStringList keys() const override;
    ParameterTableModel *parameters() const { return m_model; }

protected:
    void refreshSection(const YamlValue &meta) override;

private:
    void choose(const QString &state);
    void addParameter(const QString &name, int typeIndex, const QString &valueText);
    void removeParameter(const QString &name);
    bool commitParameter(const QString &name, const YamlValue &value, const QString &source);

    QComboBox *m_state;
    QLabel *m_note;
    ParameterTableModel *m_model;
    TableEditor *m_table;
    QLabel *m_tableNote;
};

} // namespace Cardigan
