#pragma once

#include <QComboBox>

namespace Cardigan {

/**
 * The `pipeline_tag` picker: the Hub's tasks grouped under their modality (Multimodal,
 * Natural Language Processing, ...), in the Hub's order, plus "not set". A value the
 * catalogue does not know is shown as the card has it. Reports the user's choice with
 * chosen() (empty: unset); setValue() never emits. When the card has no value and the
 * Hub infers one (setInferred()), the box shows it greyed as a placeholder, e.g.
 * "text-classification (inferred from config.json architectures)".
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
    /// What the Hub infers while the card has no value (@p id empty: nothing), and from
    /// what (@p source, e.g. "config.json architectures").
    void setInferred(const QString &id, const QString &source);
    QString inferred() const { return m_inferred; }

signals:
    void chosen(const QString &id);

private:
    void showCurrent();

    QString m_value;
    QString m_inferred;
    int m_unknownIndex = -1;
};

} // namespace Cardigan
