#pragma once

#include <QComboBox>

namespace Cardigan {

/**
 * The `pipeline_tag` picker: the Hub's tasks grouped under their modality (Multimodal,
 * Natural Language Processing, ...), in the Hub's order, plus "not set". A value the
 * catalogue does not know is shown as the card has it. Reports the user's choice with
 * chosen() (empty: unset); setValue() never emits.
 */
class PipelinePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit PipelinePicker(QWidget *parent = nullptr);

    void setValue(const QString &id);
    QString value() const { return m_value; }
    /// Picks @p id as the user would (for tests and keyboard users).
    void choose(const QString &id);

signals:
    void chosen(const QString &id);

private:
    QString m_value;
    int m_unknownIndex = -1;
};

} // namespace Cardigan
