#include "preferencesdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

int pointSize(const QFont &font)
{
    if (font.pointSize() > 0) {
        return font.pointSize();
    }
    return QFont().pointSize() > 0 ? QFont().pointSize() : 10;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    AppSettings *settings = AppSettings::instance();

    m_family = new QFontComboBox(this);
    m_family->setFontFilters(QFontComboBox::MonospacedFonts);
    m_family->setAccessibleName(tr("Editor font"));
    m_family->setToolTip(tr("Fixed-pitch fonts only: YAML indentation must line up."));
    m_size = new QSpinBox(this);
    m_size->setRange(6, 72);
    m_size->setSuffix(tr(" pt"));
    m_size->setAccessibleName(tr("Editor font size"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_family, 1);
    fontRow->addWidget(m_size);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));

    m_remote = new QCheckBox(tr("Load remote images in the preview"), this);
    m_remote->setAccessibleName(tr("Load remote images in the preview"));
    m_remote->setToolTip(tr("Off by default: the preview makes no network request."));

    m_autosave = new QSpinBox(this);
    m_autosave->setRange(AppSettings::minAutosaveSeconds, AppSettings::maxAutosaveSeconds);
    m_autosave->setSuffix(tr(" s", "seconds"));
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));
    m_autosave->setToolTip(tr("How long after a change unsaved work is copied for recovery "
                              "after a crash."));

    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the System"), QString());
    // Each language by its own name (an autonym), so it is found whatever the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Interface language"));
    auto *restartNote = new QLabel(tr("Takes effect after a restart."), this);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(restartNote, 1);

    auto *form = new QFormLayout;
    auto *fontLabel = new QLabel(tr("Editor &font:"), this);
    fontLabel->setBuddy(m_family);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Theme:"), m_theme);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setBuddy(m_remote);
    form->addRow(previewLabel, m_remote);
    form->addRow(tr("&Autosave after:"), m_autosave);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setAccessibleName(tr("Restore defaults"));
    // Return closes; it must never reset every preference by accident.
    defaults->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(defaults, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_family, m_size);
    setTabOrder(m_size, m_theme);
    setTabOrder(m_theme, m_remote);
    setTabOrder(m_remote, m_autosave);
    setTabOrder(m_autosave, m_language);

    load();

    // Every change is stored at once; windows follow through AppSettings' signals.
    // Family and size apart: the stored family may be an alias the list does not show, and
    // changing the size must not replace it with the list's nearest match.
    connect(m_family, &QFontComboBox::currentFontChanged, this, [](const QFont &chosen) {
        QFont font = AppSettings::instance()->editorFont();
        font.setFamily(chosen.family());
        AppSettings::instance()->setEditorFont(font);
    });
    connect(m_size, &QSpinBox::valueChanged, this, [](int size) {
        QFont font = AppSettings::instance()->editorFont();
        font.setPointSize(size);
        AppSettings::instance()->setEditorFont(font);
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        AppSettings::instance()->setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    });
    connect(m_remote, &QCheckBox::toggled, settings, &AppSettings::setRemoteImages);
    connect(m_autosave, &QSpinBox::valueChanged, settings, &AppSettings::setAutosaveSeconds);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { AppSettings::instance()->setLanguage(m_language->currentData().toString()); });

    // Changes made elsewhere (the View menu, another window's dialog) show here too.
    connect(settings, &AppSettings::editorFontChanged, this, &PreferencesDialog::load);
    connect(settings, &AppSettings::themeChanged, this, &PreferencesDialog::load);
    connect(settings, &AppSettings::remoteImagesChanged, this, &PreferencesDialog::load);
    connect(settings, &AppSettings::autosaveSecondsChanged, this, &PreferencesDialog::load);
    connect(settings, &AppSettings::languageChanged, this, &PreferencesDialog::load);
}

void PreferencesDialog::load()
{
    const AppSettings *settings = AppSettings::instance();
    const QSignalBlocker b1(m_family);
    const QSignalBlocker b2(m_size);
    const QSignalBlocker b3(m_theme);
    const QSignalBlocker b4(m_remote);
    const QSignalBlocker b5(m_autosave);
    const QSignalBlocker b6(m_language);
    const QFont font = settings->editorFont();
    m_family->setCurrentFont(font);
    m_size->setValue(pointSize(font));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings->theme()))));
    m_remote->setChecked(settings->remoteImages());
    m_autosave->setValue(settings->autosaveSeconds());
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
}

void PreferencesDialog::restoreDefaults()
{
    AppSettings *settings = AppSettings::instance();
    settings->setEditorFont(AppSettings::defaultEditorFont());
    settings->setTheme(AppSettings::Theme::System);
    settings->setRemoteImages(false);
    settings->setAutosaveSeconds(AppSettings::defaultAutosaveSeconds);
    settings->setLanguage(QString());
    load();
}

} // namespace Cardigan
