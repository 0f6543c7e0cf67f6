#pragma once

#include "carddocument.h"
#include "diagnostic.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace Cardigan {

class CatalogPicker;
class ChipListEditor;
class LanguageEditor;
class MetadataFollower;
class PipelinePicker;
class FormSection;

/**
 * The metadata form: the Hub's fields with pickers and list editors. It shows what the
 * card's text holds (following CardDocument::metadataChanged) and edits only through
 * CardDocument::set / unset, one call per committed edit, so each edit is one minimal
 * splice and one undo step shared with the source pane. A refused edit is shown beside
 * its field. Values it cannot show faithfully (aliases, anchors, tags, other types) are
 * read-only with a link to the source; while the YAML is broken the whole form is.
 *
 * Editors are named after their key (findChild<...>("license")), their notes "<key>-note"
 * and the other keys' buttons "show-<key>".
 */
class MetadataForm : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataForm(CardDocument *document, QWidget *parent = nullptr);
    ~MetadataForm() override;

    /// Shows the card's metadata again; done on every metadataChanged.
    void refresh();
    /// True while the YAML is broken (or not a mapping): nothing can be edited.
    bool isReadOnly() const { return m_readOnly; }
    /// The card's folder (empty while untitled): license_link picks a file inside it.
    void setCardFolder(const QString &folder);
    /// Marks the fields of the top-level keys @p diagnostics are in (icon, colour and
    /// message under the field; the "Show in source" button of other keys). Done after
    /// every lint (metadataformdiagnostics.cpp).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    /// The pipeline_tag the Hub infers while the card has none (@p id empty: nothing),
    /// shown greyed in the pipeline picker; @p source says from what.
    void setInferredPipeline(const QString &id, const QString &source);

signals:
    /// The user asked to see a place of the card in the source (1-based line).
    void showInSource(int line);

private:
    enum class Shape { Text, List };
    struct Field
    {
        QString key;
        Shape shape = Shape::Text;
        QWidget *editor = nullptr;
        QLabel *note = nullptr;
        bool readOnly = false;
        // What the field shows: refresh leaves it alone (focus, cursor, half-typed
        // input) while the card's value and the read-only note stay the same.
        bool shown = false;
        YamlValue shownValue;
        QString shownNote;
    };

    Field &addField(QFormLayout *form, const QString &key, const QString &label, Shape shape,
                    QWidget *editor);
    Field *field(const QString &key);
    void addLineEdit(QFormLayout *form, const QString &key, const QString &label,
                     const QString &placeholder);
    void addList(QFormLayout *form, const QString &key, const QString &label,
                 ChipListEditor *editor);

    void refreshField(Field &f, const YamlValue &meta);
    void refreshOtherKeys(const YamlValue &meta);
    void showBanner(const QString &html);
    /// Why the value of top-level @p key cannot be edited here, or an empty string.
    QString unfaithful(const QString &key, const YamlValue &value, Shape shape) const;
    /// The tree node of the value of top-level @p key, or -1.
    int valueNode(const QString &key, int *keyNode = nullptr) const;
    int lineOfNode(int node) const;

    void commitText(const QString &key, const QString &text);
    void commitList(const QString &key, const QStringList &items, bool stringWhenOne);
    void report(const QString &key, const CardDocument::EditResult &result);
    /// The list a list field holds: a string is a list of one, empty is none.
    static QStringList listOf(const YamlValue &value);

    CardDocument *m_document;
    QLabel *m_banner;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QFormLayout *m_form = nullptr;
    QWidget *m_otherKeys = nullptr;
    QGridLayout *m_otherGrid = nullptr;
    QStringList m_otherShown;             ///< the other keys on show: key, summary, line
    MetadataFollower *m_follow = nullptr; ///< typed changes reach the form after a pause
    std::vector<Field> m_fields;
    bool m_readOnly = false;

    // The inference, CO2 and gating groups and the license_link file button
    // (metadataformsections.cpp).
    void addSections();
    void refreshSections();
    bool ownedBySection(const QString &key) const;
    void addLicenseLinkPicker();
    void pickLicenseLink();
    std::vector<FormSection *> m_sections;
    QWidget *m_pickLicenseLink = nullptr;
    QString m_cardFolder;
};

} // namespace Cardigan
