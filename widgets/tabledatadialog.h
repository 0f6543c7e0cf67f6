#pragma once

#include "yamlvalue.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Cardigan {

/**
 * Edits an example's `table` or `structured_data`: a mapping of column name to the list of
 * that column's cells, shown as a grid. A cell that held a number stays a number while its
 * text is one; a new cell is a number when its text is one, else a string. Cells past the
 * end of a shorter column that are left empty are not written, so opening and closing the
 * dialog changes nothing.
 */
class TableDataDialog : public QDialog
{
    Q_OBJECT

public:
    TableDataDialog(const QString &title, const YamlValue &table, QWidget *parent = nullptr);

    YamlValue value() const;
    QString problem() const;
    QTableWidget *table() const { return m_table; }
    void addColumn(const QString &name);
    void renameColumn(int column, const QString &name);

private:
    void check();

    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Cardigan
