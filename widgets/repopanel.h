#pragma once

#include "hubtags.h"

#include <QWidget>

class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Cardigan {

class CardDocument;
class RepoFileModel;
class RepoWatcher;

/**
 * The "Files" tab: the card's repository as the Hub will see it. On top, what the Hub
 * will show (the card's tags and those the Hub adds, pipeline_tag and library_name
 * with where each comes from, the model size line, LFS warnings) and one-click
 * suggestions that write an inferred library_name or pipeline_tag into the card (one
 * CardDocument::set, one undo step); below, the files with size, LFS state, format
 * and what the Hub makes of each.
 *
 * It shows RepoWatcher's scans and derives HubTags again when the card's metadata
 * changes; it never scans itself. Children are named for tests: "status", "rescan",
 * "cancel", "files", "fromCard", "addedByHub", "pipeline", "library", "size",
 * "warnings", "suggestions" (the buttons "suggest-<key>"), "suggestion-note".
 */
class RepoPanel : public QWidget
{
    Q_OBJECT

public:
    RepoPanel(CardDocument *document, RepoWatcher *repo, QWidget *parent = nullptr);

    const HubTags &hubTags() const { return m_tags; }
    RepoFileModel *fileModel() const { return m_model; }
    QTableView *fileView() const { return m_view; }

signals:
    /// pipeline_tag is not in the card and the Hub infers @p id from @p source
    /// ("config.json architectures"); both empty when nothing is inferred.
    void inferredPipelineChanged(const QString &id, const QString &source);

private:
    void scanned();
    void derive();
    void showProgress(int files);
    void showStatus();
    void showSuggestions();
    void apply(const HubTags::Suggestion &suggestion);

    CardDocument *m_document;
    RepoWatcher *m_repo;
    HubTags m_tags;
    QString m_inferred; ///< "id\nsource" last emitted
    RepoFileModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_rescan;
    QLabel *m_fromCard;
    QLabel *m_addedByHub;
    QLabel *m_pipeline;
    QLabel *m_library;
    QLabel *m_size;
    QLabel *m_warnings;
    QWidget *m_suggestions;
    QVBoxLayout *m_suggestionLayout; ///< one button a line: they hold long values
    QLabel *m_suggestionNote;
    QTimer *m_deriveTimer;
};

} // namespace Cardigan
