#pragma once

#include "diagnostic.h"

#include <QList>
#include <QTextCursor>
#include <QTextEdit>

class QPalette;

namespace Cardigan {

class CardDocument;

// The linter's findings placed in the source editor's text document: one text cursor
// per diagnostic, so a mark moves with the text typed before the next lint replaces it.
// Gives the squiggles (wave underlines: red errors, amber warnings, a dotted blue line
// for information) and what is under a position (for tool tips and quick fixes).
class DiagnosticMarks
{
public:
    struct Mark
    {
        Diagnostic diagnostic;
        QTextCursor cursor; ///< the marked range in the text document
    };

    // Places @p diagnostics of @p card in its text document (nullptr clears).
    void set(const CardDocument *card, const QList<Diagnostic> &diagnostics);
    void clear() { m_marks.clear(); }
    const QList<Mark> &marks() const { return m_marks; }

    // Diagnostics whose mark covers document @p position (its end included, so the place
    // right after a marked word counts, as the text cursor sits there after typing it).
    QList<Diagnostic> at(int position) const;
    // The extra selections that draw the marks, for a view with @p palette.
    QList<QTextEdit::ExtraSelection> selections(const QPalette &palette) const;

    static QColor color(Diagnostic::Severity severity, const QPalette &palette);

private:
    QList<Mark> m_marks;
};

} // namespace Cardigan
