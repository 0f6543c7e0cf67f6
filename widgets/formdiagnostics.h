#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

class QWidget;

namespace Cardigan {

class CardDocument;

// The linter's findings as the metadata form shows them: beside the field of the
// top-level key they concern.
namespace FormDiagnostics {

// The top-level metadata key whose entry (key to end of value) holds card text offset
// @p offset, or an empty string (outside the metadata, or the YAML does not parse).
QString keyAt(const CardDocument &document, qsizetype offset);

// @p diagnostics grouped by the top-level key they are in (those in none are left out).
QHash<QString, QList<Diagnostic>> byKey(const CardDocument &document,
                                        const QList<Diagnostic> &diagnostics);

// Shows @p problems under the editor in @p box (a field's widget with a QVBoxLayout),
// in a row named "<key>-problems" with the most severe one's icon and colour; hides the
// row when there are none.
void showInField(QWidget *box, const QString &key, const QList<Diagnostic> &problems);

// The most severe of @p problems (Info when empty).
Diagnostic::Severity worst(const QList<Diagnostic> &problems);

} // namespace FormDiagnostics

} // namespace Cardigan
