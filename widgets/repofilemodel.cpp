#include "repofilemodel.h"

#include "diagnosticmarks.h"
#include "reposcanner.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace Cardigan {

RepoFileModel::RepoFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RepoFileModel::setScan(const RepoScan &scan)
{
    beginResetModel();
    m_files = scan.files;
    m_warnings.clear();
    for (const RepoWarning &w : scan.warnings) {
        if (!w.path.isEmpty()) {
            m_warnings[w.path] << w.message;
        }
    }
    m_architectures = scan.architectures;
    m_lfsPatterns = int(scan.lfsPatterns.size());
    endResetModel();
}

int RepoFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int RepoFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RepoFileModel::LfsState RepoFileModel::lfsState(const RepoFile &f)
{
    if (f.lfsPointer) {
        return LfsState::Pointer;
    }
    if (f.lfsTracked) {
        return LfsState::Tracked;
    }
    if (!f.outside && f.size >= RepoScanner::lfsRequiredSize) {
        return LfsState::NotTracked;
    }
    return LfsState::None;
}

QString RepoFileModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString RepoFileModel::lfsText(const RepoFile &f) const
{
    switch (lfsState(f)) {
    case LfsState::None:
        return QString();
    case LfsState::Tracked:
        return tr("LFS");
    case LfsState::Pointer:
        return tr("LFS pointer");
    case LfsState::NotTracked:
        return tr("not in LFS");
    }
    return QString();
}

QString RepoFileModel::hubText(const RepoFile &f) const
{
    if (f.outside) {
        return tr("link out of the repository: not followed");
    }
    QString text;
    if (f.path == QLatin1String("README.md")) {
        text = tr("the model card");
    } else if (f.path == QLatin1String("config.json")) {
        text = m_architectures.isEmpty()
                   ? tr("model config")
                   : tr("model config: %1").arg(m_architectures.join(QLatin1String(", ")));
    } else if (f.path == QLatin1String(".gitattributes")) {
        text = tr("LFS rules (%n pattern(s))", nullptr, m_lfsPatterns);
    } else if (f.format == FileFormat::SafetensorsIndex || f.format == FileFormat::PyTorchIndex) {
        text = tr("shard index: %1").arg(RepoScan::formatName(f.format));
    } else if (f.format != FileFormat::Other) {
        const QString tag = RepoScan::formatTag(f.format);
        text = tag.isEmpty() ? tr("%1 weights").arg(RepoScan::formatName(f.format))
                             : tr("%1 weights (tag: %2)").arg(RepoScan::formatName(f.format), tag);
    }
    if (f.lfsPointer) {
        text = text.isEmpty() ? tr("not downloaded") : tr("%1; not downloaded").arg(text);
    }
    return text;
}

QVariant RepoFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const RepoFile &f = m_files[size_t(index.row())];
    const bool flagged = m_warnings.contains(f.path) || lfsState(f) == LfsState::NotTracked;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return f.symlink ? tr("%1 \u2192 %2").arg(f.path, f.linkTarget) : f.path;
        case SizeColumn:
            return f.outside ? QString() : sizeText(f.realSize());
        case LfsColumn:
            return lfsText(f);
        case FormatColumn:
            return RepoScan::formatName(f.format);
        case HubColumn:
            return hubText(f);
        }
        break;
    case SortRole:
        if (index.column() == SizeColumn) {
            return f.realSize();
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList tip = m_warnings.value(f.path);
        if (tip.isEmpty() && lfsState(f) == LfsState::NotTracked) {
            tip << tr("10 MB or more and not tracked by LFS: the Hub refuses the push");
        }
        if (f.lfsPointer) {
            tip << tr("LFS pointer to %1 (%2 bytes): git lfs pull downloads it")
                       .arg(QString::fromLatin1(f.lfs.oid.left(19)) + QChar(0x2026))
                       .arg(f.lfs.size);
        }
        if (tip.isEmpty()) {
            // The narrow pane elides these columns: the whole text on hover.
            if (index.column() == PathColumn || index.column() == HubColumn) {
                return data(index, Qt::DisplayRole);
            }
            return QVariant();
        }
        return tip.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (flagged && (index.column() == LfsColumn || index.column() == PathColumn)) {
            // The problems' red of the current theme (dark red on light, light red on dark).
            return QBrush(
                DiagnosticMarks::color(Diagnostic::Severity::Error, QApplication::palette()));
        }
        if (f.lfsPointer && index.column() == SizeColumn) {
            return QApplication::palette().brush(QPalette::PlaceholderText);
        }
        break;
    case Qt::DecorationRole:
        if (flagged && index.column() == PathColumn) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    case FlagRole:
        return flagged;
    case LfsStateRole:
        return int(lfsState(f));
    case PathRole:
        return f.path;
    }
    return QVariant();
}

QVariant RepoFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PathColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case LfsColumn:
        return tr("LFS");
    case FormatColumn:
        return tr("Format");
    case HubColumn:
        return tr("On the Hub");
    }
    return QVariant();
}

} // namespace Cardigan
