#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Cardigan {

// Shows a unified diff, added lines green and removed lines red, in a fixed-width font.
class ShowChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShowChangesDialog(QWidget *parent = nullptr);

    void setDiff(const QString &unifiedDiff);
    QString diff() const;

private:
    QPlainTextEdit *m_view = nullptr;
};

} // namespace Cardigan
