#pragma once

#include "reposcan.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace Cardigan {

/**
 * The files of a RepoScan as a table: path, size (the real size for an LFS pointer),
 * LFS state, format, and what the Hub makes of the file. Rows the Hub would refuse or
 * that need attention (10 MB or more outside LFS, links out, unreadable headers) are
 * flagged: FlagRole is true and the tool tip says why.
 */
class RepoFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PathColumn, SizeColumn, LfsColumn, FormatColumn, HubColumn, ColumnCount };
    enum class LfsState {
        None,       ///< a plain git file, small enough
        Tracked,    ///< `.gitattributes` routes it to LFS, the content is here
        Pointer,    ///< an LFS pointer: the content was not downloaded
        NotTracked, ///< 10 MB or more and not tracked: the Hub refuses the push
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for the size column, text elsewhere
        FlagRole,                    ///< bool: the row has a warning
        LfsStateRole,                ///< int(LfsState)
        PathRole,                    ///< the repository-relative path, any column
    };

    explicit RepoFileModel(QObject *parent = nullptr);

    /// Shows the files of @p scan (a reset).
    void setScan(const RepoScan &scan);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static LfsState lfsState(const RepoFile &file);
    /// "1.5 GB", "20.0 MB", "512 bytes" (powers of 1024, as the scan's warnings).
    static QString sizeText(qint64 bytes);

private:
    QString lfsText(const RepoFile &f) const;
    QString hubText(const RepoFile &f) const;

    std::vector<RepoFile> m_files;
    QHash<QString, QStringList> m_warnings; ///< path -> messages
    QStringList m_architectures;
    int m_lfsPatterns = 0;
};

} // namespace Cardigan
