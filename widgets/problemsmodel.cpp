#include "problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Cardigan {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    // A reset rather than row moves: a re-lint gives a new list that cannot be matched
    // to the old one reliably (every place after an edit shifts).
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int ProblemsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return tr("Information");
}

QIcon ProblemsModel::severityIcon(Diagnostic::Severity severity)
{
    const QStyle::StandardPixmap icon =
        severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
        : severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(icon);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return d.message;
        case CodeColumn:
            return d.code;
        case PlaceColumn:
            return tr("%1:%2").arg(d.line).arg(d.column);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == MessageColumn) {
            return severityIcon(d.severity);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 at line %2, column %3: %4 [%5]")
                          .arg(severityText(d.severity))
                          .arg(d.line)
                          .arg(d.column)
                          .arg(d.message, d.code);
        if (d.fix) {
            tip += u'\n' + tr("Quick fix: %1").arg(d.fix->description);
        }
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (index.column() == MessageColumn) {
            return tr("%1: %2").arg(severityText(d.severity), d.message);
        }
        break;
    case SeverityRole:
        return int(d.severity);
    case CodeRole:
        return d.code;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case HasFixRole:
        return d.fix.has_value();
    }
    return QVariant();
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case CodeColumn:
        return tr("Code");
    case PlaceColumn:
        return tr("Line:Col");
    }
    return QVariant();
}

} // namespace Cardigan
