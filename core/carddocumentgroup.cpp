#include "carddocument.h"

#include "logging.h"
#include "tr.h"

#include <QTextDocument>

#include <algorithm>

// Edits made of several steps: editGroup (one undo step, all or nothing) and moveItem
// (a removal and an insertion verified together).

namespace Cardigan {

CardDocument::EditResult CardDocument::editGroup(const std::function<EditResult()> &edits)
{
    if (m_groupDepth > 0) {
        // A group inside a group joins it: a refusal anywhere undoes the outer one.
        if (m_groupFailure) {
            return *m_groupFailure;
        }
        const EditResult result = edits();
        return m_groupFailure ? *m_groupFailure : groupStep(result);
    }
    const QString before = m_card.text;
    m_groupDepth = 1;
    m_groupSplices = 0;
    m_groupFailure.reset();
    m_heldReparsed = false;
    m_heldMetadataChanged = false;
    EditResult result = edits();
    result = m_groupFailure ? *m_groupFailure : groupStep(result);
    m_groupDepth = 0;
    m_groupSplices = 0;
    m_groupFailure.reset();
    if (result.ok) {
        result.changed = m_card.text != before;
    } else if (m_card.text != before) {
        qCCritical(lcDocument) << "undo did not restore the text after a refused edit group";
    }
    const bool reparsedHeld = std::exchange(m_heldReparsed, false);
    const bool metadataHeld = std::exchange(m_heldMetadataChanged, false);
    // Listeners see the end state once (after a refusal: the text they saw before, which
    // was changed and changed back under them).
    if (reparsedHeld) {
        emit reparsed();
    }
    if (metadataHeld) {
        emit metadataChanged();
    }
    return result;
}

CardDocument::EditResult CardDocument::groupStep(const EditResult &result)
{
    if (m_groupDepth == 0 || result.ok) {
        return result;
    }
    if (!m_groupFailure) {
        if (m_groupSplices > 0) {
            // Every splice of the group joined one undo step: this undoes them all.
            ++m_apiDepth;
            m_doc->undo();
            --m_apiDepth;
            m_doc->clearUndoRedoStacks(QTextDocument::RedoStack);
            m_groupSplices = 0;
        }
        m_groupFailure = result;
    }
    return *m_groupFailure;
}

CardDocument::EditResult CardDocument::moveItem(const YamlPath &sequence, int from, int to)
{
    if (m_groupFailure) {
        return *m_groupFailure;
    }
    const MultiSpliceResult planned =
        YamlSplicer(m_card.text, m_card.frontMatter, m_card.yaml).moveItem(sequence, from, to);
    switch (planned.status) {
    case SpliceResult::Status::Refused:
        return groupStep({false, false, planned.reason});
    case SpliceResult::Status::Unchanged:
        return {true, false, planned.reason};
    case SpliceResult::Status::Ok:
        break;
    }
    // Moving an item among equal ones (`[null, null]`) can plan splices that give back the
    // same text: nothing changes, and no empty undo step is left.
    std::vector<Splice> backwards = planned.splices;
    std::sort(backwards.begin(), backwards.end(),
              [](const Splice &a, const Splice &b) { return a.start > b.start; });
    QString result = m_card.text;
    for (const Splice &s : backwards) {
        result.replace(s.start, s.end - s.start, s.text);
    }
    if (result == m_card.text) {
        return {true, false, QString()};
    }
    const YamlValue meta = metadata();
    const YamlValue *list = yamlValueAt(meta, sequence);
    if (!list || !list->isSequence()) {
        return groupStep({false, false, Tr::tr("the edit does not apply to this metadata")});
    }
    std::vector<YamlValue> items = list->items();
    const YamlValue item = items[size_t(from)];
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, item);
    const YamlValue moved = YamlValue::sequence(std::move(items));
    const auto expected =
        sequence.isEmpty() ? std::optional<YamlValue>(moved) : yamlWithValue(meta, sequence, moved);
    if (!expected) {
        return groupStep({false, false, Tr::tr("the edit does not apply to this metadata")});
    }
    return groupStep(verify(planned.splices, *expected));
}

} // namespace Cardigan
