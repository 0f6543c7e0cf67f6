#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Cardigan {

/**
 * Picks a file of the card's repository and gives its repo-relative path with '/'
 * separators (what the Hub resolves `license_link: LICENSE` or a widget's `src` against).
 * A file outside the repository folder is refused with the reason.
 */
class RepoFilePicker
{
public:
    /// What a test answers instead of the dialog: the chosen file's path, empty for Cancel.
    using Chooser = std::function<QString(const QString &repoFolder, const QString &title,
                                          const QString &nameFilter)>;

    /**
     * Opens a file dialog rooted at @p repoFolder. Returns the chosen file's path relative
     * to it, or an empty string when cancelled or refused; a refusal sets @p error.
     */
    static QString pick(QWidget *parent, const QString &repoFolder, const QString &title,
                        const QString &nameFilter = {}, QString *error = nullptr);

    /// @p file as a path relative to @p repoFolder, or empty with @p error set when it is
    /// not a file inside it.
    static QString relativePath(const QString &repoFolder, const QString &file,
                                QString *error = nullptr);

    /// Tests: answer with @p chooser instead of a dialog (an empty function restores it).
    static void setChooserForTests(Chooser chooser);
};

} // namespace Cardigan
