#pragma once

#include "cardsnapshot.h"
#include "frontmatter.h"
#include "yamlpath.h"
#include "yamlreader.h"
#include "yamlsplicer.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QTextBlock;
class QTextCursor;
class QTextDocument;

namespace Cardigan {

/**
 * A model card being edited. The QTextDocument is the truth; everything else (the
 * card's exact text with each line's own terminator, the front matter, the parsed
 * metadata) is derived from it after every change.
 *
 * QTextDocument keeps lines as blocks without their terminators, so each block's
 * terminator ("\n", "\r\n", "\r", or a U+2029 that was in the file) is kept as a block
 * format property: Qt's undo restores it with the text, and a new line typed in the
 * editor takes the terminator of the line it was split from.
 */
class CardDocument : public QObject
{
    Q_OBJECT

public:
    /// The outcome of a metadata edit.
    struct EditResult
    {
        bool ok = false;      ///< done, or nothing to do
        bool changed = false; ///< the text changed (one undo step)
        QString message;      ///< why it was refused, or why nothing changed
    };
    /// A 1-based place in the card as the editor shows it.
    using Location = CardLocation;

    explicit CardDocument(QObject *parent = nullptr);

    QTextDocument *textDocument() const { return m_doc; }

    /// Replaces the content, as when a file is opened: no undo history, not modified.
    void load(const QString &text, bool bom = false);
    /// The card's exact text, every line with its own terminator (no BOM).
    const QString &text() const { return m_card.text; }
    /// The text and what was read from it, as of the last change: copy it to keep it.
    const CardSnapshot &snapshot() const { return m_card; }
    bool hasBom() const { return m_card.bom; }
    /// Removes (false) or adds the byte order mark as one undo step of the text's own
    /// history, marking the document modified; ok and unchanged when it already is so.
    /// Joins an editGroup. (carddocumentbom.cpp)
    EditResult setBom(bool bom);

    const FrontMatter &frontMatter() const { return m_card.frontMatter; }
    /// The read of the front matter's YAML (ok and empty when there is none).
    const YamlReadResult &yaml() const { return m_card.yaml; }
    bool hasYamlError() const { return m_card.frontMatter.found && !m_card.yaml.ok; }
    /// The metadata as the Hub reads it; null without front matter or on a YAML error.
    YamlValue metadata() const;
    /// Where the YAML error is, in the card ("line 12, column 16: reason").
    Location yamlErrorLocation() const;

    /// Sets @p path to the YAML 1.2 flow text @p valueText (`mit`, `[en, fr]`, `{a: 1}`).
    EditResult set(const YamlPath &path, const QString &valueText);
    EditResult set(const YamlPath &path, const YamlValue &value,
                   const QString &sourceText = QString());
    EditResult unset(const YamlPath &path);
    /**
     * Moves item @p from of the sequence at @p sequence (block or flow) to index @p to,
     * moving only that item's own text: in a block sequence its lines, with the comment
     * lines right above it (and comment lines below it indented deeper than its `-`);
     * in a flow sequence the item and one separator. Every other item keeps its bytes.
     * Verified like set() (the reparse must be the old metadata with the item moved);
     * one undo step; refused with the reason when it cannot be done that way.
     */
    EditResult moveItem(const YamlPath &sequence, int from, int to);
    /**
     * Runs @p edits, which calls set / unset / moveItem (or applySplice) any number of
     * times, as ONE undo step. All edits are kept, or none: from the first refused step
     * on, the text is back to its exact bytes from before the group, nothing of it is
     * left on the undo stack, later calls inside the group return that same refusal
     * without doing anything, and editGroup returns it (whatever @p edits returns).
     * Otherwise it returns what @p edits returned, with `changed` set when the text
     * changed. A group inside a group joins the outer one. reparsed() and
     * metadataChanged() are held back until the outermost group ends, then sent once
     * (not at all when the group was refused): listeners never see a half-done group.
     */
    EditResult editGroup(const std::function<EditResult()> &edits);
    /// True while an editGroup runs.
    bool inEditGroup() const { return m_groupDepth > 0; }
    /// The last change was typed (or pasted) into the text: not made through this class
    /// (set, unset, moveItem, applySplice, load) and not an undo or redo. Views that are
    /// costly to rebuild follow typed changes after a pause, the others at once.
    bool lastChangeTyped() const { return m_lastChangeTyped; }

    /// Applies @p splice (card text offsets) as one undo step.
    void applySplice(const Splice &splice);
    /// Applies non-overlapping @p splices (offsets into the current text) as one undo step.
    void applySplices(std::vector<Splice> splices);

    Location locationOf(qsizetype offset) const;
    /// The QTextDocument position of a card text offset.
    int documentPosition(qsizetype offset) const;

signals:
    /// load() is about to put a new text in the text document; its longest line has
    /// @p longestLine characters (UTF-16 code units, without the line break).
    void aboutToLoad(qsizetype longestLine);
    /// The text changed and everything derived from it was brought up to date.
    void reparsed();
    /// The front matter was read again: the metadata or its YAML error may be new.
    void metadataChanged();

private:
    friend class BomUndoItem;
    void rebuild();
    void applyBom(bool bom);
    void spliceText(QTextCursor &cursor, const Splice &splice);
    EditResult apply(const SpliceResult &planned, const std::optional<YamlValue> &expected);
    EditResult verify(const std::vector<Splice> &splices, const YamlValue &expected);
    static std::optional<EditResult> refuseNonMappingRoot(const YamlValue &expected);
    /// Inside a group: a refused step undoes the group and refuses the rest of it.
    EditResult groupStep(const EditResult &result);
    QString terminator(const QTextBlock &block) const;
    void setTerminator(const QTextBlock &block, const QString &eol);

    QTextDocument *m_doc = nullptr;
    CardSnapshot m_card; ///< the text and what was read from it
    QString m_defaultEol = QStringLiteral("\n");
    QString m_yamlText;
    bool m_hadFrontMatter = false;
    // editGroup: how deep, how many splices are joined into its undo step, its refusal,
    // and the signals held back until it ends.
    int m_apiDepth = 0; ///< inside a change made through this class
    bool m_lastChangeTyped = false;
    int m_redoSteps = 0;         ///< what there was to redo after the last change
    bool m_commandAdded = false; ///< a new undo command since the last change
    int m_groupDepth = 0;
    int m_groupSplices = 0;
    std::optional<EditResult> m_groupFailure;
    bool m_heldReparsed = false;
    bool m_heldMetadataChanged = false;
};

} // namespace Cardigan
