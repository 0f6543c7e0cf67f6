#pragma once

#include "formsection.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Cardigan {

class GatedFieldsModel;
class MultiLineEdit;
class TableEditor;

/**
 * Gating: `gated` (off, auto, manual, or true), the gate's texts (prompt, heading,
 * description, button), `extra_gated_eu_disallowed` and the form fields the user fills
 * in (`extra_gated_fields`, in a table). A multi-line text keeps its block style when
 * edited. Editors are named after their key, notes "<key>-note".
 */
class GatingGroup : public FormSection
{
    Q_OBJECT

public:
    explicit GatingGroup(CardDocument *document, QWidget *parent = nullptr);

    QStringList keys() const override;
    GatedFieldsModel *fields() const { return m_model; }

protected:
    void refreshSection(const YamlValue &meta) override;

private:
    struct Choice
    {
        QString key;
        QComboBox *box = nullptr;
        QLabel *note = nullptr;
    };
    struct Text
    {
        QString key;
        QLineEdit *line = nullptr;
        MultiLineEdit *block = nullptr;
        QLabel *note = nullptr;
        bool trailingBreak = false; ///< the value's final line break, not shown
    };
    QWidget *box(QWidget *editor, QLabel *note);
    void refreshChoice(Choice &c, const YamlValue &meta);
    void refreshText(Text &t, const YamlValue &meta);
    void commitChoice(const Choice &c, int index);
    void commitText(const Text &t);
    void addField(const QString &name, int typeIndex);

    std::vector<Choice> m_choices;
    std::vector<Text> m_texts;
    GatedFieldsModel *m_model;
    TableEditor *m_table;
    QLabel *m_tableNote;
};

} // namespace Cardigan
