#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Cardigan {

class KeyValueTableModel;

/**
 * A KeyValueTableModel in a table, with a line to add an entry (name, type, and a value
 * when @p withValue) and a button to remove the selected one. It only asks: the owner
 * edits the card and the model follows it. Children are named "<name>-table",
 * "<name>-new-name", "<name>-new-type", "<name>-new-value", "<name>-add", "<name>-remove".
 */
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(KeyValueTableModel *model, const QString &name, const QString &title,
                const QStringList &types, bool withValue, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    KeyValueTableModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *valueEdit() const { return m_value; }
    /// Read-only: nothing can be added, removed or edited.
    void setReadOnly(bool readOnly);
    /// Clears the add line after an entry was added.
    void clearNewEntry();

signals:
    void addRequested(const QString &name, int typeIndex, const QString &valueText);
    void removeRequested(const QString &key);

private:
    void updateButtons();
    void fitRows();

    KeyValueTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_value = nullptr;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_readOnly = false;
};

} // namespace Cardigan
