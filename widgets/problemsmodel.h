#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>
#include <QList>

namespace Cardigan {

// The linter's diagnostics as a table for the problems panel: the message with its
// severity icon, the code, and where it is (line:column). Rows keep the linter's order
// (text order, errors first at the same place).
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, CodeColumn, PlaceColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< Diagnostic::Severity as int
        CodeRole,
        LineRole,
        ColumnRole,
        HasFixRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }

    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(Diagnostic::Severity severity);
    // The style's standard icon for @p severity (critical, warning, information).
    static QIcon severityIcon(Diagnostic::Severity severity);

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace Cardigan
