#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;
class QToolButton;

namespace Cardigan {

class CardDocument;
class WidgetExampleModel;

/**
 * The "Examples" tab: the card's `widget:` examples in a table (WidgetExampleModel), with
 * add, duplicate, remove and move up / down, each one undo step. One-line and multi-line
 * strings and multi_class are edited in their cells; lists, tables, messages and outputs in
 * a small dialog (Edit, or a double click); `src` can pick a file of the repository. Cells
 * the table cannot show faithfully are read-only with "Show in source".
 */
class WidgetExampleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WidgetExampleEditor(CardDocument *document, QWidget *parent = nullptr);

    WidgetExampleModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The selected example's row, or -1.
    int currentExample() const;
    /// The folder `src` paths are relative to (the card's repository); empty when untitled.
    void setRepoFolder(const QString &folder) { m_repoFolder = folder; }
    /// Opens the editor for @p index: in the cell, or a dialog (non-modal to the caller:
    /// the dialog is a child named "example-dialog" and commits when accepted).
    void editCell(const QModelIndex &index);
    /// Picks a file of the repository for the current row's `src`.
    void pickSourceFile();

public slots:
    /// Selects the example in row @p index (the widget preview follows the table and back).
    void selectExample(int index);

signals:
    /// The user asked to see a place of the card in the source (1-based line).
    void showInSource(int line);
    /// The selected example changed (-1: none).
    void currentExampleChanged(int index);

private:
    QToolButton *addButton(const QString &text, const QString &name, const QString &tip);
    void updateActions();
    void showNote(const QString &html);
    void runRowEdit(int selectAfter, const std::function<bool()> &edit);

    CardDocument *m_document;
    WidgetExampleModel *m_model;
    QTableView *m_table;
    QLabel *m_banner;
    QLabel *m_note;
    QLabel *m_empty;
    QWidget *m_toolbar;
    QToolButton *m_add = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_pick = nullptr;
    QString m_repoFolder;
    int m_lastCurrent = -1;
};

} // namespace Cardigan
