#pragma once

#include "carddocument.h"

#include <QWidget>

#include <initializer_list>
#include <optional>

class QLabel;
class QToolButton;

namespace Cardigan {

/**
 * A collapsible group of the metadata form (inference, CO2, gating) that owns some
 * top-level keys. Like the form it shows what the card's text holds and edits only
 * through CardDocument::set / unset, one call per committed edit. It gives its
 * subclasses the tree lookups that decide whether a value can be shown faithfully.
 */
class FormSection : public QWidget
{
    Q_OBJECT

public:
    FormSection(CardDocument *document, const QString &title, QWidget *parent = nullptr);

    /// The top-level keys this group shows (the form lists the others).
    virtual QStringList keys() const = 0;
    /// Shows the card's values again; the form calls it on every metadataChanged.
    void refresh();

    bool isExpanded() const;
    void setExpanded(bool expanded);

signals:
    /// The user asked to see a place of the card in the source (1-based line).
    void showInSource(int line);

protected:
    virtual void refreshSection(const YamlValue &meta) = 0;

    QWidget *body() const { return m_body; }
    CardDocument *document() const { return m_document; }

    static YamlPath path(std::initializer_list<QString> keys);
    /// The tree node at @p path (aliases are not followed), or -1 when the value is not
    /// written there (a merge key, or nothing).
    int nodeAt(const YamlPath &path) const;
    /// The 1-based card line of @p node, or of the YAML block when it is -1.
    int lineOf(int node) const;
    /// Why the value at @p path cannot be edited as written (an alias, an anchor, a tag, a
    /// merge key), or an empty string. Nothing there is no problem.
    QString problemAt(const YamlPath &path) const;
    /// Why @p value cannot be shown in a one-line text field, or an empty string.
    QString textProblem(const YamlPath &path, const YamlValue *value, bool multiLine) const;

    /// A note label under an editor, named @p name, whose links show the source.
    QLabel *makeNote(const QString &name);
    /// Shows "Read-only here: why. Edit in source" in @p note (hides it when @p why is empty).
    void showProblem(QLabel *note, const QString &why, const YamlPath &path);
    /// Shows why an edit was refused in @p note; returns whether it was done.
    bool report(QLabel *note, const CardDocument::EditResult &result);

private:
    CardDocument *m_document;
    QToolButton *m_header;
    QWidget *m_body;
    bool m_userToggled = false;
};

/// What a YAML value is, for messages ("a number", "a list").
QString formTypeName(const YamlValue &value);
/// @p text read as a finite YAML number (`12`, `0.5`, `1e3`), or nothing with @p why set.
std::optional<YamlValue> formNumber(const QString &text, QString *why);
/// How the form shows a scalar: numbers as YAML writes them, booleans as true / false.
QString formScalarText(const YamlValue &value);

} // namespace Cardigan
