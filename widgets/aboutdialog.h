#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace Cardigan {

/*
 * Help > About Cardigan: what the program is, its version and the versions of what it is
 * built on (Qt at run time and, when different, at build time; yaml-cpp and md4c as the
 * build found them; KaTeX as read from the file the preview loads). The text can be
 * selected, and Copy puts the versions on the clipboard for a bug report.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The versions as plain text, one "name version" a line (what Copy copies).
    QString versionsText() const;
    QLabel *versionsLabel() const { return m_versions; }

    static QString qtVersion();
    static QString yamlCppVersion();
    static QString md4cVersion();
    /// KaTeX's version from @p folder's katex.min.js; empty when there is none.
    static QString katexVersion(const QString &folder);
    /// ... from the folder the preview loads KaTeX from.
    static QString katexVersion();

private:
    QLabel *m_versions = nullptr;
};

} // namespace Cardigan
