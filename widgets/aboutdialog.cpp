#include "aboutdialog.h"

#include "previewpage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#ifndef CARDIGAN_YAML_CPP_VERSION
#define CARDIGAN_YAML_CPP_VERSION ""
#endif
#ifndef CARDIGAN_MD4C_VERSION
#define CARDIGAN_MD4C_VERSION ""
#endif

namespace Cardigan {

namespace {

QString orUnknown(const QString &version)
{
    return version.isEmpty() ? AboutDialog::tr("unknown") : version;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Cardigan"));

    auto *icon = new QLabel(this);
    // Drawn at the screen's pixel density, so it is sharp on high-DPI screens too.
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull()) {
        icon->setPixmap(appIcon.pixmap(QSize(64, 64), devicePixelRatioF()));
    }
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(
        tr("<h2>Cardigan %1</h2>").arg(QApplication::applicationVersion().toHtmlEscaped()), this);
    auto *blurb = new QLabel(tr("An editor for Hugging Face model cards: the metadata in a "
                                "form, the text beside it and a live preview. Saving changes "
                                "only the bytes you edited."),
                             this);
    blurb->setWordWrap(true);

    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setTextFormat(Qt::PlainText);
    m_versions->setText(versionsText());
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setFocusPolicy(Qt::StrongFocus);
    m_versions->setAccessibleName(tr("Versions"));
    for (QLabel *l : {title, blurb}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the versions for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    copy->setAutoDefault(false);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(blurb);
    text->addSpacing(8);
    text->addWidget(m_versions);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    close->setFocus();
}

QString AboutDialog::versionsText() const
{
    const QString katex = katexVersion();
    QStringList lines;
    lines << QStringLiteral("Cardigan %1").arg(orUnknown(QApplication::applicationVersion()))
          << QStringLiteral("Qt %1").arg(qtVersion())
          << QStringLiteral("yaml-cpp %1").arg(orUnknown(yamlCppVersion()))
          << QStringLiteral("md4c %1").arg(orUnknown(md4cVersion()))
          << QStringLiteral("KaTeX %1").arg(katex.isEmpty() ? tr("not installed") : katex);
    return lines.join(u'\n');
}

QString AboutDialog::qtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return runtime == built ? runtime : tr("%1 (built with %2)").arg(runtime, built);
}

QString AboutDialog::yamlCppVersion()
{
    return QStringLiteral(CARDIGAN_YAML_CPP_VERSION);
}

QString AboutDialog::md4cVersion()
{
    return QStringLiteral(CARDIGAN_MD4C_VERSION);
}

QString AboutDialog::katexVersion(const QString &folder)
{
    QFile file(folder + QStringLiteral("/katex.min.js"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    // The minified bundle carries its version as `version:"0.16.4"`.
    static const QRegularExpression version(QStringLiteral("version:\\s*\"([0-9][^\"]{0,30})\""));
    const QRegularExpressionMatch m = version.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1) : tr("unknown");
}

QString AboutDialog::katexVersion()
{
    return katexVersion(PreviewUrlPolicy::katexFolder());
}

} // namespace Cardigan
