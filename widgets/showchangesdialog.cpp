#include "showchangesdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

// Colours whole diff lines by their first character; the text itself is never changed.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        // GitHub's diff colours, light or dark after the theme.
        const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x6f, 0x42, 0xc1));
        } else if (text.startsWith(u'+')) {
            format.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
            format.setBackground(dark ? QColor(0x12, 0x36, 0x1f) : QColor(0xe6, 0xff, 0xec));
        } else if (text.startsWith(u'-')) {
            format.setForeground(dark ? QColor(0xff, 0xa1, 0x98) : QColor(0xcf, 0x22, 0x2e));
            format.setBackground(dark ? QColor(0x49, 0x1b, 0x1d) : QColor(0xff, 0xeb, 0xe9));
        } else if (text.startsWith(u'\\')) {
            format.setFontItalic(true);
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

ShowChangesDialog::ShowChangesDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setAccessibleName(tr("Changes"));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_view->document());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(800, 600);
}

void ShowChangesDialog::setDiff(const QString &unifiedDiff)
{
    m_view->setPlainText(unifiedDiff.isEmpty() ? tr("No differences.") : unifiedDiff);
}

QString ShowChangesDialog::diff() const
{
    return m_view->toPlainText();
}

} // namespace Cardigan
