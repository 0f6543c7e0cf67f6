#include "carddocument.h"

#include "logging.h"
#include "tr.h"
#include "yamlcrosscheck.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <map>

namespace Cardigan {

namespace {

constexpr int TerminatorProperty = QTextFormat::UserProperty + 1;

// The characters QTextCursor::insertText turns into block separators: each one ends a
// line of the card and is kept as that line's terminator.
qsizetype terminatorLength(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'\r') {
        return i + 1 < text.size() && text.at(i + 1) == u'\n' ? 2 : 1;
    }
    return (c == u'\n' || c == 0x2029 || c == 0xfdd0 || c == 0xfdd1) ? 1 : 0;
}

struct Lines
{
    QStringList lines;
    QStringList terminators; ///< one fewer than lines
};

Lines splitLines(const QString &text)
{
    Lines out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = terminatorLength(text, i);
        if (n == 0) {
            ++i;
            continue;
        }
        out.lines << text.mid(start, i - start);
        out.terminators << text.mid(i, n);
        i += n;
        start = i;
    }
    out.lines << text.mid(start);
    return out;
}

} // namespace

CardDocument::CardDocument(QObject *parent)
    : QObject(parent)
    , m_doc(new QTextDocument(this))
{
    // contentsChange needs a layout, which core documents do not have; contentsChanged
    // comes once per edit block, undo and redo included.
    connect(m_doc, &QTextDocument::contentsChanged, this, &CardDocument::rebuild);
    // Sent before contentsChanged: rebuild tells typing from a redo by it.
    connect(m_doc, &QTextDocument::undoCommandAdded, this, [this] { m_commandAdded = true; });
    rebuild();
}

void CardDocument::load(const QString &text, bool bom)
{
    const Lines split = splitLines(text);
    std::map<QString, int> counts;
    for (const QString &t : split.terminators) {
        ++counts[t];
    }
    m_defaultEol = QStringLiteral("\n");
    int best = 0;
    for (const auto &[eol, count] : counts) {
        if (count > best) {
            best = count;
            m_defaultEol = eol;
        }
    }
    m_card.bom = bom;
    qsizetype longest = 0;
    for (const QString &line : split.lines) {
        longest = std::max(longest, line.size());
    }
    // Before the text goes in: a view laying it out (wrapping a megabyte line takes
    // minutes) can change how first.
    emit aboutToLoad(longest);
    {
        const QSignalBlocker blocker(m_doc);
        m_doc->setUndoRedoEnabled(false);
        m_doc->setPlainText(split.lines.join(u'\n'));
        QTextBlock block = m_doc->begin();
        for (const QString &eol : split.terminators) {
            if (eol != m_defaultEol) {
                setTerminator(block, eol);
            }
            block = block.next();
        }
        m_doc->setUndoRedoEnabled(true);
        m_doc->setModified(false);
    }
    ++m_apiDepth;
    rebuild();
    --m_apiDepth;
}

QString CardDocument::terminator(const QTextBlock &block) const
{
    const QVariant v = block.blockFormat().property(TerminatorProperty);
    return v.isValid() ? v.toString() : m_defaultEol;
}

void CardDocument::setTerminator(const QTextBlock &block, const QString &eol)
{
    const QVariant v = block.blockFormat().property(TerminatorProperty);
    if (v.isValid() && v.toString() == eol) {
        return;
    }
    QTextBlockFormat format = block.blockFormat();
    format.setProperty(TerminatorProperty, eol);
    QTextCursor(block).setBlockFormat(format);
}

void CardDocument::rebuild()
{
    // An undo leaves something to redo, as does a redo but the last; a typed change
    // clears what there was to redo. After an undo, a change that leaves nothing to redo
    // is the last redo unless it added an undo command (one typed key merged into the
    // command before it adds none, but that needs nothing to redo before it).
    const int redo = m_doc->availableRedoSteps();
    m_lastChangeTyped =
        m_apiDepth == 0 && redo == 0 && (m_redoSteps == 0 || std::exchange(m_commandAdded, false));
    m_redoSteps = redo;
    m_commandAdded = false;
    QString text;
    text.reserve(m_doc->characterCount() + m_doc->blockCount());
    m_card.lineStarts.clear();
    m_card.lineStarts.reserve(size_t(m_doc->blockCount()));
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        m_card.lineStarts.push_back(text.size());
        // block.text() is the raw text: unlike toPlainText() it keeps U+00A0.
        text += b.text();
        if (b.next().isValid()) {
            text += terminator(b);
        }
    }
    m_card.text = text;
    // The Hub sees a BOM as a U+FEFF character: white space before the opening fence,
    // but it keeps the "---<EOL>---" empty-block rule from matching.
    m_card.frontMatter = m_card.bom ? FrontMatter::find(QChar(0xfeff) + m_card.text).shifted(-1)
                                    : FrontMatter::find(m_card.text);
    // Typing in the body leaves the YAML alone: it is read again only when it changed.
    const QString yamlText =
        m_card.frontMatter.found ? m_card.frontMatter.yaml(m_card.text) : QString();
    const bool yamlChanged = yamlText != m_yamlText || m_card.frontMatter.found != m_hadFrontMatter;
    if (yamlChanged) {
        m_yamlText = yamlText;
        m_hadFrontMatter = m_card.frontMatter.found;
        m_card.yaml = YamlReader::read(yamlText);
    }
    if (m_groupDepth > 0) {
        // editGroup sends them once when it ends.
        m_heldReparsed = true;
        m_heldMetadataChanged = m_heldMetadataChanged || yamlChanged;
        return;
    }
    emit reparsed();
    if (yamlChanged) {
        emit metadataChanged();
    }
}

YamlValue CardDocument::metadata() const
{
    if (!m_card.frontMatter.found || !m_card.yaml.ok) {
        return YamlValue();
    }
    return m_card.yaml.tree.value();
}

CardDocument::Location CardDocument::yamlErrorLocation() const
{
    return locationOf(m_card.frontMatter.yamlStart + m_card.yaml.error.offset);
}

CardDocument::Location CardDocument::locationOf(qsizetype offset) const
{
    return m_card.locationOf(offset);
}

int CardDocument::documentPosition(qsizetype offset) const
{
    const qsizetype line = m_card.lineOf(offset);
    const QTextBlock block = m_doc->findBlockByNumber(int(line));
    const qsizetype column =
        std::min<qsizetype>(offset - m_card.lineStarts[size_t(line)], block.length() - 1);
    return block.position() + int(column);
}

void CardDocument::applySplice(const Splice &splice)
{
    applySplices({splice});
}

void CardDocument::applySplices(std::vector<Splice> splices)
{
    // The last one first: the offsets of those before it stay right, and so do the line
    // starts, which are brought up to date only when the edit block ends.
    std::sort(splices.begin(), splices.end(),
              [](const Splice &a, const Splice &b) { return a.start > b.start; });
    ++m_apiDepth;
    QTextCursor cursor(m_doc);
    if (m_groupDepth > 0 && m_groupSplices > 0) {
        cursor.joinPreviousEditBlock();
    } else {
        cursor.beginEditBlock();
    }
    if (m_groupDepth > 0) {
        ++m_groupSplices;
    }
    for (const Splice &splice : splices) {
        spliceText(cursor, splice);
    }
    cursor.endEditBlock();
    --m_apiDepth;
}

void CardDocument::spliceText(QTextCursor &cursor, const Splice &splice)
{
    const Lines pieces = splitLines(splice.text);
    const int startLine = int(m_card.lineOf(splice.start));
    const QString endEol = terminator(m_doc->findBlockByNumber(int(m_card.lineOf(splice.end))));
    const int startPos = documentPosition(splice.start);
    const int endPos = documentPosition(splice.end);

    cursor.setPosition(startPos);
    cursor.setPosition(endPos, QTextCursor::KeepAnchor);
    cursor.insertText(pieces.lines.join(QChar::ParagraphSeparator));
    // The inserted lines end with the splice's own terminators; the last one keeps the
    // terminator of the line the splice ended in.
    QTextBlock block = m_doc->findBlockByNumber(startLine);
    for (const QString &eol : pieces.terminators) {
        setTerminator(block, eol);
        block = block.next();
    }
    if (block.isValid() && block.next().isValid()) {
        setTerminator(block, endEol);
    }
}

// The Hub takes only a mapping as the front matter ("repo card metadata block should be a
// dict"; a top-level list gets 400 "value" must be of type object): a set or unset that
// would write, or leave, a list or a single value as the whole block is refused. Moving
// items of a block that already is a list (moveItem) neither makes nor mends one.
std::optional<CardDocument::EditResult>
CardDocument::refuseNonMappingRoot(const YamlValue &expected)
{
    if (expected.isNull() || expected.isMapping()) {
        return std::nullopt;
    }
    return EditResult{false, false,
                      Tr::tr("the metadata must be a mapping of keys (the Hub refuses a front "
                             "matter that is a list or a single value); nothing was changed: "
                             "edit it in the source")};
}

CardDocument::EditResult CardDocument::verify(const std::vector<Splice> &splices,
                                              const YamlValue &expected)
{
    const QString before = m_card.text;
    const bool crossCheck =
        m_card.frontMatter.found && m_card.yaml.ok && YamlCrossCheck::parses(m_yamlText);
    applySplices(splices);
    QString crossError;
    if (!hasYamlError() && metadata() == expected &&
        (!crossCheck || YamlCrossCheck::parses(m_yamlText, &crossError))) {
        return {true, true, QString()};
    }
    const QString why =
        hasYamlError() ? Tr::tr("the edit would break the YAML (%1)").arg(m_card.yaml.error.reason)
        : !crossError.isEmpty()
            ? Tr::tr("the edit would give YAML that other tools cannot read (%1)").arg(crossError)
            : Tr::tr("the edit would change more than the value asked for");
    // Inside a group the splice joined the group's undo step: this undoes the group.
    ++m_apiDepth;
    m_doc->undo();
    --m_apiDepth;
    m_doc->clearUndoRedoStacks(QTextDocument::RedoStack);
    m_groupSplices = 0;
    if (m_groupDepth == 0 && m_card.text != before) {
        qCCritical(lcDocument) << "undo did not restore the text after a refused splice";
    }
    return {false, false, why + Tr::tr("; nothing was changed: edit it in the source")};
}

CardDocument::EditResult CardDocument::set(const YamlPath &path, const QString &valueText)
{
    if (m_groupFailure) {
        return *m_groupFailure;
    }
    const YamlReadResult parsed = YamlReader::read(valueText);
    if (!parsed.ok) {
        return groupStep(
            {false, false,
             Tr::tr("\"%1\" is not a YAML value: %2").arg(valueText, parsed.error.reason)});
    }
    QString source;
    if (parsed.tree.root >= 0 && parsed.tree.node(parsed.tree.root).style == YamlStyle::Plain &&
        parsed.tree.node(parsed.tree.root).tag.isEmpty()) {
        source = valueText.trimmed();
    }
    return set(path, parsed.tree.value(), source);
}

CardDocument::EditResult CardDocument::set(const YamlPath &path, const YamlValue &value,
                                           const QString &sourceText)
{
    if (m_groupFailure) {
        return *m_groupFailure;
    }
    QString error;
    const auto expected = yamlWithValue(metadata(), path, value, &error);
    if (!hasYamlError() && !expected) {
        return groupStep({false, false, error});
    }
    return groupStep(apply(
        YamlSplicer(m_card.text, m_card.frontMatter, m_card.yaml).set(path, value, sourceText),
        expected));
}

CardDocument::EditResult CardDocument::unset(const YamlPath &path)
{
    if (m_groupFailure) {
        return *m_groupFailure;
    }
    return groupStep(apply(YamlSplicer(m_card.text, m_card.frontMatter, m_card.yaml).unset(path),
                           yamlWithout(metadata(), path)));
}

CardDocument::EditResult CardDocument::apply(const SpliceResult &planned,
                                             const std::optional<YamlValue> &expected)
{
    if (expected) {
        if (const auto refused = refuseNonMappingRoot(*expected)) {
            return *refused;
        }
    }
    switch (planned.status) {
    case SpliceResult::Status::Refused:
        return {false, false, planned.reason};
    case SpliceResult::Status::Unchanged:
        return {true, false, planned.reason};
    case SpliceResult::Status::Ok:
        break;
    }
    if (!expected) {
        return {false, false, Tr::tr("the edit does not apply to this metadata")};
    }
    return verify({planned.splice}, *expected);
}

} // namespace Cardigan
