// CardDocument: the byte order mark as an undoable edit.

#include "carddocument.h"

#include <QAbstractUndoItem>
#include <QTextCursor>
#include <QTextDocument>

namespace Cardigan {

// The BOM is a flag of the card, not text. This item puts a change of the flag into the
// text document's own undo history, so that undo in the source or the form (one history)
// brings it back, in order with the text edits around it.
class BomUndoItem : public QAbstractUndoItem
{
public:
    BomUndoItem(CardDocument *card, bool bom)
        : m_card(card)
        , m_bom(bom)
    {}
    void undo() override { m_card->applyBom(!m_bom); }
    void redo() override { m_card->applyBom(m_bom); }

private:
    CardDocument *m_card; // owns the text document, which owns this item
    bool m_bom;
};

CardDocument::EditResult CardDocument::setBom(bool bom)
{
    if (m_groupFailure) {
        return *m_groupFailure;
    }
    if (bom == m_card.bom) {
        return {true, false, QString()};
    }
    QTextCursor cursor(m_doc);
    if (m_groupDepth > 0 && m_groupSplices > 0) {
        cursor.joinPreviousEditBlock();
    } else {
        cursor.beginEditBlock();
    }
    if (m_groupDepth > 0) {
        ++m_groupSplices;
    }
    m_card.bom = bom;
    m_doc->appendUndoItem(new BomUndoItem(this, bom));
    // The edit block's end tells the text document it changed (modified, contentsChanged),
    // which reads the card again: a BOM changes where the Hub finds the front matter.
    cursor.endEditBlock();
    return {true, true, QString()};
}

void CardDocument::applyBom(bool bom)
{
    m_card.bom = bom;
}

} // namespace Cardigan
