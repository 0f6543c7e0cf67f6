#pragma once

#include <QStringList>

class QTabWidget;
class QWidget;

namespace Cardigan {

// Taking the user to a field of the metadata pane: its tab brought to front, the field
// scrolled into view and given the keyboard focus.
namespace FieldFocus {

// Shows @p page in @p tabs and focuses the first of its children named in @p names that
// is visible and enabled (or the first control inside it that takes the focus). Returns
// false when there is none.
bool show(QTabWidget *tabs, QWidget *page, const QStringList &names);

} // namespace FieldFocus

} // namespace Cardigan
