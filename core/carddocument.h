#pragma once

#include "frontmatter.h"
#include "yamlpath.h"
#include "yamlreader.h"
#include "yamlsplicer.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QTextBlock;
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
    struct Location
    {
        int line = 1;
        int column = 1;
    };

    explicit CardDocument(QObject *parent = nullptr);

    QTextDocument *textDocument() const { return m_doc; }

    /// Replaces the content, as when a file is opened: no undo history, not modified.
    void load(const QString &text, bool bom = false);
    /// The card's exact text, every line with its own terminator (no BOM).
    const QString &text() const { return m_text; }
    bool hasBom() const { return m_bom; }

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    /// The read of the front matter's YAML (ok and empty when there is none).
    const YamlReadResult &yaml() const { return m_yaml; }
    bool hasYamlError() const { return m_frontMatter.found && !m_yaml.ok; }
    /// The metadata as the Hub reads it; null without front matter or on a YAML error.
    YamlValue metadata() const;
    /// Where the YAML error is, in the card ("line 12, column 16: reason").
    Location yamlErrorLocation() const;

    /// Sets @p path to the YAML 1.2 flow text @p valueText (`mit`, `[en, fr]`, `{a: 1}`).
    EditResult set(const YamlPath &path, const QString &valueText);
    EditResult set(const YamlPath &path, const YamlValue &value,
                   const QString &sourceText = QString());
    EditResult unset(const YamlPath &path);

    /// Applies @p splice (card text offsets) as one undo step.
    void applySplice(const Splice &splice);

    Location locationOf(qsizetype offset) const;
    /// The QTextDocument position of a card text offset.
    int documentPosition(qsizetype offset) const;

signals:
    /// The text changed and everything derived from it was brought up to date.
    void reparsed();
    /// The front matter was read again: the metadata or its YAML error may be new.
    void metadataChanged();

private:
    void rebuild();
    EditResult apply(const SpliceResult &planned, const std::optional<YamlValue> &expected);
    EditResult verify(const Splice &splice, const YamlValue &expected);
    QString terminator(const QTextBlock &block) const;
    void setTerminator(const QTextBlock &block, const QString &eol);
    qsizetype lineOf(qsizetype offset) const;

    QTextDocument *m_doc = nullptr;
    QString m_text;
    std::vector<qsizetype> m_lineStarts;
    QString m_defaultEol = QStringLiteral("\n");
    bool m_bom = false;
    FrontMatter m_frontMatter;
    QString m_yamlText;
    bool m_hadFrontMatter = false;
    YamlReadResult m_yaml;
};

} // namespace Cardigan
