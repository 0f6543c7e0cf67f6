#pragma once

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace Cardigan {

/// Edits a list of strings (an example's `sentences`, or `candidate_labels` as a list), one
/// per row, with add, remove and reorder. Empty rows are dropped.
class StringListDialog : public QDialog
{
    Q_OBJECT

public:
    StringListDialog(const QString &title, const QStringList &items, QWidget *parent = nullptr);

    QStringList items() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Cardigan
