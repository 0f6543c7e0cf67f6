#include "diagnosticmarks.h"

#include "carddocument.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace Cardigan {

void DiagnosticMarks::set(const CardDocument *card, const QList<Diagnostic> &diagnostics)
{
    m_marks.clear();
    if (!card) {
        return;
    }
    QTextDocument *doc = card->textDocument();
    for (const Diagnostic &d : diagnostics) {
        int start = card->documentPosition(d.start);
        int end = card->documentPosition(d.end);
        if (end <= start) {
            // A point (a missing section, a BOM before the first character): mark the word
            // there, or else one character, so the squiggle can be seen and hovered.
            const QTextBlock block = doc->findBlock(start);
            const QString text = block.text();
            int from = start - block.position();
            int to = from;
            while (to < text.size() && !text.at(to).isSpace()) {
                ++to;
            }
            if (to == from) {
                if (from < text.size()) {
                    ++to;
                } else if (from > 0) {
                    --from;
                }
            }
            start = block.position() + from;
            end = block.position() + to;
        }
        QTextCursor cursor(doc);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_marks.append({d, cursor});
    }
}

QList<Diagnostic> DiagnosticMarks::at(int position) const
{
    QList<Diagnostic> out;
    for (const Mark &m : m_marks) {
        if (position >= m.cursor.selectionStart() && position <= m.cursor.selectionEnd()) {
            out.append(m.diagnostic);
        }
    }
    return out;
}

QColor DiagnosticMarks::color(Diagnostic::Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QColor(dark ? QLatin1String("#f85149") : QLatin1String("#d1242f"));
    case Diagnostic::Severity::Warning:
        return QColor(dark ? QLatin1String("#d29922") : QLatin1String("#bf8700"));
    case Diagnostic::Severity::Info:
        break;
    }
    return QColor(dark ? QLatin1String("#58a6ff") : QLatin1String("#0969da"));
}

QList<QTextEdit::ExtraSelection> DiagnosticMarks::selections(const QPalette &palette) const
{
    QList<QTextEdit::ExtraSelection> out;
    out.reserve(m_marks.size());
    // Information first, errors last: where marks overlap, the most severe is drawn on top.
    for (const auto severity :
         {Diagnostic::Severity::Info, Diagnostic::Severity::Warning, Diagnostic::Severity::Error}) {
        for (const Mark &m : m_marks) {
            if (m.diagnostic.severity != severity || !m.cursor.hasSelection()) {
                continue;
            }
            QTextEdit::ExtraSelection s;
            s.cursor = m.cursor;
            s.format.setUnderlineStyle(severity == Diagnostic::Severity::Info
                                           ? QTextCharFormat::DotLine
                                           : QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(color(severity, palette));
            out.append(s);
        }
    }
    return out;
}

} // namespace Cardigan
