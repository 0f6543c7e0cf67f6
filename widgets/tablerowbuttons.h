#pragma once

class QHBoxLayout;
class QTableWidget;

namespace Cardigan {

/**
 * Add, Remove, Move up and Move down buttons for the rows of @p table, whose cells hold
 * plain QTableWidgetItems: what the widget example dialogs share. Add appends an empty row
 * and starts editing its first cell.
 */
QHBoxLayout *tableRowButtons(QTableWidget *table);

} // namespace Cardigan
