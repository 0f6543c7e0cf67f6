#pragma once

#include "carddocument.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace Cardigan {

/**
 * The card's `widget:` examples as a table: a row per entry, a column per key the card's
 * task takes (from pipeline_tag; every known input when there is none, and any known input
 * an entry has), then example_title, group, output, and "other keys" when an entry has
 * keys of its own. It reads CardDocument::metadata() and writes only through
 * CardDocument::set / unset / moveItem / editGroup, one undo step per committed edit.
 *
 * It follows metadataChanged cheaply: nothing happens when the `widget` value (and what
 * decides the columns) did not change; otherwise the smallest row and column changes are
 * signalled, so a selection and an open editor survive edits elsewhere in the card.
 *
 * Values a cell cannot show faithfully (aliases, anchors, tags, unexpected types, keys
 * from a merge) are read-only; ProblemRole says why and LineRole where they are.
 */
class WidgetExampleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1, ///< why the cell is read-only (QString), empty if not
        LineRole,                       ///< 1-based card line of the value, or of its entry
        KeyRole,                        ///< the column's key (QString)
    };
    /// How a column's values are edited.
    enum class Kind {
        Text,     ///< a string, in the cell
        Bool,     ///< true / false / not set, in the cell
        List,     ///< a list of strings (sentences; candidate_labels written as a list)
        Table,    ///< column -> list of values (table, structured_data)
        Messages, ///< [{role, content}]
        Output,   ///< labels with scores, answer with score, text, url
        Other,    ///< the keys the table has no column for: read-only
    };
    /// The pseudo key of the "other keys" column.
    static QString otherKey();

    explicit WidgetExampleModel(CardDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Text cells take a QString (empty removes the key); Bool cells true, false or an
    /// invalid QVariant (not set).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString key(int column) const;
    int columnOf(const QString &key) const;
    /// How the cell is edited (candidate_labels is Text or List by what the card holds).
    Kind kind(const QModelIndex &index) const;
    /// The entry's value for the column's key; null when the entry has no such key.
    YamlValue value(int row, const QString &key) const;
    bool hasValue(int row, const QString &key) const;
    YamlValue entry(int row) const;
    /// Why the cell cannot be edited here, or an empty string.
    QString problem(int row, int column) const;
    /// Why no row can be added, removed or moved (the `widget` value is not a plain list),
    /// or an empty string.
    QString listProblem() const;
    /// The 1-based line of `widget:` (or of the front matter when there is none).
    int listLine() const;
    int lineOf(int row, int column = -1) const;

    /// Edits, each one undo step; a refusal is also sent as editRefused.
    CardDocument::EditResult setValue(int row, const QString &key, const YamlValue &value);
    CardDocument::EditResult unsetValue(int row, const QString &key);
    /// Appends an example with the task's first input, empty.
    CardDocument::EditResult addRow();
    CardDocument::EditResult removeExample(int row);
    /// A copy of @p row right after it.
    CardDocument::EditResult duplicateRow(int row);
    CardDocument::EditResult moveExample(int from, int to);

    const CardDocument *document() const { return m_document; }

signals:
    /// An edit was refused: the card is unchanged; @p message says why.
    void editRefused(const QString &message);

private:
    struct Where
    {
        int entryNode = -1; ///< -1: the entry has no node of its own (comes from an alias)
        int keyNode = -1;
        int valueNode = -1;
    };
    void refresh();
    bool isOurs(const QModelIndex &index) const;
    void updateColumns(const QStringList &columns);
    void updateRows(const std::vector<YamlValue> &entries, const QStringList &problems);
    QStringList columnsFor(const YamlValue &meta, const std::vector<YamlValue> &entries) const;
    QStringList rowProblems() const;
    int widgetNode() const;
    Where where(int row, const QString &key) const;
    int lineOfNode(int node) const;
    QString displayText(const YamlValue &v, const QString &key) const;
    CardDocument::EditResult report(const CardDocument::EditResult &result);
    CardDocument::EditResult applyPlan(const YamlPath &path, const YamlValue *before,
                                       const YamlValue &after);
    YamlPath entryPath(int row) const;
    YamlPath valuePath(int row, const QString &key) const;

    CardDocument *m_document;
    QStringList m_columns;
    std::vector<YamlValue> m_entries;
    QStringList m_problems; ///< per row: every cell's problem, to notice a new anchor
    YamlValue m_widget;     ///< the `widget` value last shown
};

} // namespace Cardigan
