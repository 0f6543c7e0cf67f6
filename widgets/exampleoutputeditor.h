#pragma once

#include "yamlvalue.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace Cardigan {

/**
 * Edits an example's `output` in the shapes the Hub's widgets read (WIDGETS.md §3): labels
 * with scores `[{label, score}]`, an answer with its score `{answer, score}`, `{text}` or
 * `{url}` (https:// or a path in the repository); or none. Scores must be numbers: OK stays
 * disabled, with the reason, until they are.
 */
class ExampleOutputEditor : public QDialog
{
    Q_OBJECT

public:
    enum Shape { None, Labels, Answer, Text, Url };

    explicit ExampleOutputEditor(const YamlValue &output, QWidget *parent = nullptr);

    /// The output as edited; null for None (the key is removed).
    YamlValue value() const;
    QString problem() const;
    Shape shape() const;
    void setShape(Shape shape);

    QTableWidget *labels() const { return m_labels; }
    QLineEdit *answer() const { return m_answer; }
    QLineEdit *answerScore() const { return m_answerScore; }
    QPlainTextEdit *text() const { return m_text; }
    QLineEdit *url() const { return m_url; }

private:
    void check();
    /// @p text as a score: the old value when it reads the same, so 0.90 stays 0.90.
    YamlValue scoreValue(const QString &text, const YamlValue *old) const;

    YamlValue m_original;
    QComboBox *m_shape;
    QStackedWidget *m_pages;
    QTableWidget *m_labels;
    QLineEdit *m_answer;
    QLineEdit *m_answerScore;
    QPlainTextEdit *m_text;
    QLineEdit *m_url;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Cardigan
