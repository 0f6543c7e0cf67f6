#pragma once

#include "highlightrules.h"

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Cardigan {

class CardDocument;

// Colours a card in the source editor: YAML inside the front matter as CardDocument finds
// it (the fences too), markdown in the body.
//
// QSyntaxHighlighter re-colours the lines an edit touched, and the lines after them while
// their end state changes. It does so before CardDocument has reparsed, so with the front
// matter as it was before the edit. Each line's state therefore also records which part of
// the card it was coloured as; after the reparse, only lines between an old and a new fence
// are checked and re-coloured. A keystroke never re-colours the whole card.
class CardHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit CardHighlighter(QObject *parent = nullptr);

    // Lines longer than this are left plain: colouring a line of a megabyte (thousands of
    // spans) makes Qt lay it out again for minutes. The state the line started in carries
    // on to the next line.
    static constexpr int LongLine = 10000;
    ~CardHighlighter() override;

    // Colours @p card's text document (nullptr: none).
    void setCardDocument(CardDocument *card);
    CardDocument *cardDocument() const;

    // Picks colours that read on @p palette's base (light or dark) and re-colours the card.
    void setPalette(const QPalette &palette);
    QTextCharFormat formatFor(HighlightRole role) const { return m_formats[size_t(role)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum class Region { Body = 0, Yaml = 1, Fence = 2 };
    // The block numbers of the front matter's fences, -1 when there is none.
    struct Fences
    {
        int open = -1;
        int close = -1;
        bool operator==(const Fences &o) const { return open == o.open && close == o.close; }
        bool operator!=(const Fences &o) const { return !(*this == o); }
    };

    Fences currentFences() const;
    Region regionOf(int blockNumber) const;
    void onContentsChange(int position, int removed, int added);
    void onReparsed();
    void recheck(int from, int to);
    void rehighlightQuietly();

    QPointer<CardDocument> m_card;
    Fences m_fences; // as the lines were coloured: shifted with edits until the reparse
    int m_blockCount = 0;
    // Edits announce themselves with contentsChange; CardDocument::load does not (it blocks
    // the document's signals), so a reparse nobody announced means a whole new text.
    bool m_sawChange = false;
    int m_seenRevision = -1;
    std::array<QTextCharFormat, HighlightRoleCount> m_formats;
    QList<HighlightSpan> m_spans; // reused: highlightBlock runs once per line
};

} // namespace Cardigan
