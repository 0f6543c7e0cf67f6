#pragma once

#include "yamlpath.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Cardigan {

class CardDocument;
class PipelinePicker;
class YamlValue;

/**
 * The fields of one eval result (task, dataset, source) or one metric (type, value,
 * name, config; `verified` and `args` read-only), edited through CardDocument::set and
 * unset: one call per committed field, touching only that value. A metric value keeps
 * its type: a number stays a number written as typed (`20.90`), a string stays a string.
 * Fields the card writes in a way a line edit cannot show (lists, mappings, several
 * lines, aliases and anchors) are read-only with a link to the source.
 *
 * Line edits are named after their dotted key ("dataset.config"); the note "detail-note".
 */
class EvalDetail : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Result, Metric };

    EvalDetail(CardDocument *document, Kind kind, QWidget *parent = nullptr);

    /// Shows the item at @p base; all read-only when @p problem says why.
    void showItem(const YamlPath &base, const QString &problem);
    const YamlPath &base() const { return m_base; }
    QLineEdit *lineEdit(const QString &key) const;
    PipelinePicker *taskPicker() const { return m_taskPicker; }
    QLabel *note() const { return m_note; }

signals:
    /// The user asked to see a place of the card in the source (1-based line).
    void showInSource(int line);

private:
    struct Field
    {
        QString key;
        bool required = false;
        bool alwaysReadOnly = false;
        QLineEdit *edit = nullptr;
    };

    void addSection(const QString &title);
    void addField(const QString &key, const QString &label, const QString &placeholder,
                  bool required, bool alwaysReadOnly = false);
    void commit(const QString &key, const QString &text);
    void refused(const QString &message);
    YamlValue current() const;

    CardDocument *m_document;
    Kind m_kind;
    QFormLayout *m_form;
    QLabel *m_note;
    PipelinePicker *m_taskPicker = nullptr;
    std::vector<Field> m_fields;
    YamlPath m_base;
    QString m_problem;
    QString m_message;
};

} // namespace Cardigan
