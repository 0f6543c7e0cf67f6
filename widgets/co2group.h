#pragma once

#include "formsection.h"

#include <vector>

class QLabel;
class QLineEdit;

namespace Cardigan {

/**
 * `co2_eq_emissions`: the emissions in grams, written as a bare number or as the
 * documented mapping (emissions, source, training_type, geographical_location,
 * hardware_used). Filling any other field of a bare number turns it into the mapping.
 * Editors are named "co2-<key>" (co2-emissions, co2-source, ...), their notes
 * "co2-<key>-note"; "co2-note" says how the value is written.
 */
class Co2Group : public FormSection
{
    Q_OBJECT

public:
    explicit Co2Group(CardDocument *document, QWidget *parent = nullptr);

    QStringList keys() const override;

protected:
    void refreshSection(const YamlValue &meta) override;

private:
    struct Field
    {
        QString key;
        QLineEdit *edit = nullptr;
        QLabel *note = nullptr;
    };
    void commit(const Field &f, const QString &text);

    std::vector<Field> m_fields;
    QLabel *m_note;
};

} // namespace Cardigan
