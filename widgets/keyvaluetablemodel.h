#pragma once

#include "yamlvalue.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace Cardigan {

/**
 * A table over the entries of one YAML mapping (inference parameters, gated fields): a
 * row per key, in the card's order. It holds what the card says and never changes it
 * itself: an edit in a cell is turned into a value by the subclass and handed to the
 * committer, which edits the card; the card's next read comes back through setRows().
 * Rows the form cannot show faithfully carry a problem and are read-only.
 */
class KeyValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QString key;
        YamlValue value;
        QString problem; ///< why the row is read-only, or empty
    };
    /// An edit of a row: @p subKeys below the row's key (empty: the whole value).
    struct Edit
    {
        bool ok = false;
        QString error;
        QStringList subKeys;
        YamlValue value;
        QString sourceText; ///< how the user wrote a scalar, kept when both YAMLs agree
    };
    /// Makes the edit in the card; returns whether it was done.
    using Committer = std::function<bool(const QString &key, const Edit &edit)>;
    /// The choices a cell offers (ChoicesRole), for a combo box editor.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    KeyValueTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setCommitter(Committer committer) { m_commit = std::move(committer); }
    /// Shows @p rows: the same keys update in place, others reset the model.
    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }
    /// The row of @p key, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    /// An edit was refused before reaching the card (a number that is not one, ...).
    void refused(const QString &why);

protected:
    /// The text of a cell (display and edit roles).
    virtual QString cellText(const Row &row, int column) const = 0;
    virtual bool isEditable(const Row &row, int column) const = 0;
    virtual QStringList choices(const Row &row, int column) const;
    virtual Edit edit(const Row &row, int column, const QString &text) const = 0;

    static Edit refuse(const QString &why);
    static Edit whole(const YamlValue &value, const QString &sourceText = QString());

private:
    bool isCell(const QModelIndex &index) const;

    QStringList m_headers;
    std::vector<Row> m_rows;
    Committer m_commit;
};

} // namespace Cardigan
