#include "cardhighlighter.h"

#include "carddocument.h"

#include <QPalette>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

namespace Cardigan {

namespace {

// A block's user state: the rules' state for the next line in the low bits, the region the
// block itself was coloured as above them.
constexpr int RegionShift = 16;
constexpr int RuleStateMask = (1 << RegionShift) - 1;

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

CardHighlighter::CardHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
    setPalette(QPalette());
}

CardHighlighter::~CardHighlighter()
{
    // QSyntaxHighlighter's destructor clears our formats in an edit block, which would
    // make the card reparse (and reach its listeners) for nothing.
    setCardDocument(nullptr);
}

void CardHighlighter::setCardDocument(CardDocument *card)
{
    if (QTextDocument *old = document()) {
        disconnect(old, nullptr, this, nullptr);
        // Clearing our formats touches every block; the old card must not reparse for it.
        const QSignalBlocker blocker(old);
        setDocument(nullptr);
    }
    if (m_card) {
        disconnect(m_card, nullptr, this, nullptr);
    }
    m_card = card;
    m_fences = {};
    if (!card) {
        return;
    }
    QTextDocument *doc = card->textDocument();
    // Connected before QSyntaxHighlighter::setDocument connects its own slot, so the fences
    // are shifted before the edited lines are coloured.
    connect(doc, &QTextDocument::contentsChange, this, &CardHighlighter::onContentsChange);
    connect(card, &CardDocument::reparsed, this, &CardHighlighter::onReparsed);
    setDocument(doc);
    m_blockCount = doc->blockCount();
    m_fences = currentFences();
    m_sawChange = false;
    m_seenRevision = doc->revision();
    // Now rather than in QSyntaxHighlighter's queued pass, and quietly: its edit block
    // would otherwise make the card reparse.
    rehighlightQuietly();
}

CardDocument *CardHighlighter::cardDocument() const
{
    return m_card;
}

void CardHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // GitHub's light and dark syntax colours: they read well on the palettes people use.
    const auto c = [dark](const char *light, const char *darkName) {
        return QColor(QLatin1String(dark ? darkName : light));
    };
    const auto fg = [](const QColor &color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold) {
            f.setFontWeight(QFont::Bold);
        }
        if (italic) {
            f.setFontItalic(true);
        }
        return f;
    };
    const QColor muted = c("#6e7781", "#8b949e");
    const QColor codeBackground = blend(base, text, 0.07);
    auto &f = m_formats;
    f[size_t(HighlightRole::Fence)] = fg(muted, true);
    f[size_t(HighlightRole::Key)] = fg(c("#0550ae", "#79c0ff"));
    f[size_t(HighlightRole::String)] = fg(c("#116329", "#7ee787"));
    f[size_t(HighlightRole::Literal)] = fg(c("#953800", "#ffa657"));
    f[size_t(HighlightRole::Comment)] = fg(muted, false, true);
    f[size_t(HighlightRole::Anchor)] = fg(c("#8250df", "#d2a8ff"));
    f[size_t(HighlightRole::Tag)] = fg(c("#8250df", "#d2a8ff"), false, true);
    f[size_t(HighlightRole::BlockIndicator)] = fg(c("#cf222e", "#ff7b72"), true);
    f[size_t(HighlightRole::Punctuation)] = fg(muted);
    f[size_t(HighlightRole::Heading)] = fg(c("#0550ae", "#79c0ff"), true);
    f[size_t(HighlightRole::Emphasis)] = fg(text, false, true);
    f[size_t(HighlightRole::Strong)] = fg(text, true);
    f[size_t(HighlightRole::Code)] = fg(c("#953800", "#ffa657"));
    f[size_t(HighlightRole::Code)].setBackground(codeBackground);
    f[size_t(HighlightRole::CodeFence)] = fg(muted, true);
    f[size_t(HighlightRole::CodeFence)].setBackground(codeBackground);
    f[size_t(HighlightRole::Link)] = fg(c("#0969da", "#58a6ff"));
    f[size_t(HighlightRole::Url)] = fg(muted);
    f[size_t(HighlightRole::Url)].setFontUnderline(true);
    f[size_t(HighlightRole::Math)] = fg(c("#8250df", "#d2a8ff"));
    f[size_t(HighlightRole::Html)] = fg(c("#116329", "#7ee787"));
    f[size_t(HighlightRole::Quote)] = fg(c("#57606a", "#8b949e"), false, true);
    f[size_t(HighlightRole::ListMarker)] = fg(c("#bc4c00", "#ffa657"), true);
    if (document()) {
        rehighlightQuietly();
    }
}

CardHighlighter::Fences CardHighlighter::currentFences() const
{
    if (!m_card || !m_card->frontMatter().found) {
        return {};
    }
    const FrontMatter &fm = m_card->frontMatter();
    const QTextDocument *doc = m_card->textDocument();
    return {doc->findBlock(m_card->documentPosition(fm.openStart)).blockNumber(),
            doc->findBlock(m_card->documentPosition(fm.closeStart)).blockNumber()};
}

CardHighlighter::Region CardHighlighter::regionOf(int blockNumber) const
{
    if (m_fences.open < 0 || blockNumber < m_fences.open || blockNumber > m_fences.close) {
        return Region::Body;
    }
    if (blockNumber == m_fences.open || blockNumber == m_fences.close) {
        return Region::Fence;
    }
    return Region::Yaml;
}

void CardHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    const Region region = regionOf(number);
    const int previous = previousBlockState() < 0 ? 0 : previousBlockState() & RuleStateMask;
    int next = 0;
    m_spans.clear();
    if (text.size() > LongLine && region != Region::Fence) {
        setCurrentBlockState((previous & RuleStateMask) | (int(region) << RegionShift));
        return;
    }
    switch (region) {
    case Region::Fence:
        m_spans.append({0, int(text.size()), HighlightRole::Fence});
        next = number == m_fences.open ? HighlightRules::yamlStartState() : 0;
        break;
    case Region::Yaml:
        next = HighlightRules::yamlLine(
            text,
            HighlightRules::isYamlState(previous) ? previous : HighlightRules::yamlStartState(),
            &m_spans);
        break;
    case Region::Body:
        next = HighlightRules::markdownLine(
            text, HighlightRules::isYamlState(previous) ? 0 : previous, &m_spans);
        break;
    }
    for (const HighlightSpan &span : std::as_const(m_spans)) {
        setFormat(span.start, span.length, m_formats[size_t(span.role)]);
    }
    setCurrentBlockState((next & RuleStateMask) | (int(region) << RegionShift));
}

void CardHighlighter::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed)
    QTextDocument *doc = document();
    m_sawChange = true;
    m_seenRevision = doc->revision();
    const int count = doc->blockCount();
    const int delta = count - m_blockCount;
    m_blockCount = count;
    if (m_fences.open < 0) {
        return;
    }
    // Blocks [first, last] are the edited ones now; before the edit they were
    // [first, last - delta]. Fences after them moved with them; a fence inside them is
    // somewhere among them until the reparse says where.
    QTextBlock firstBlock = doc->findBlock(position);
    QTextBlock lastBlock = doc->findBlock(position + added);
    const int last = lastBlock.isValid() ? lastBlock.blockNumber() : count - 1;
    const int first = firstBlock.isValid() ? firstBlock.blockNumber() : last;
    for (int *fence : {&m_fences.open, &m_fences.close}) {
        if (*fence > last - delta) {
            *fence += delta;
        } else if (*fence >= first) {
            *fence = qBound(first, *fence, last);
        }
    }
}

void CardHighlighter::onReparsed()
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    const Fences now = currentFences();
    m_blockCount = doc->blockCount();
    if (!m_sawChange || doc->revision() != m_seenRevision) {
        m_fences = now;
        m_seenRevision = doc->revision();
        rehighlightQuietly();
        return;
    }
    m_sawChange = false;
    if (now == m_fences) {
        return;
    }
    const Fences before = m_fences;
    m_fences = now;
    // Lines can only have changed region between an old and a new fence.
    if (before.open >= 0 && now.open >= 0) {
        recheck(qMin(before.open, now.open), qMax(before.open, now.open));
        recheck(qMin(before.close, now.close), qMax(before.close, now.close));
    } else if (before.open >= 0) {
        recheck(before.open, before.close);
    } else {
        recheck(now.open, now.close);
    }
}

// Re-colours the blocks in [from, to] that were coloured as another region than they are in.
void CardHighlighter::recheck(int from, int to)
{
    QTextDocument *doc = document();
    // Our own re-colouring is not an edit: the card must not reparse for it.
    const QSignalBlocker blocker(doc);
    int number = from;
    for (QTextBlock block = doc->findBlockByNumber(from); block.isValid() && number <= to;
         block = block.next(), ++number) {
        const int state = block.userState();
        if (state < 0 || Region(state >> RegionShift) != regionOf(number)) {
            // Goes on into the next blocks while their state changes, which the loop then
            // finds up to date.
            rehighlightBlock(block);
        }
    }
}

void CardHighlighter::rehighlightQuietly()
{
    const QSignalBlocker blocker(document());
    rehighlight();
}

} // namespace Cardigan
