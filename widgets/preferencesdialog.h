#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Cardigan {

/*
 * Edit > Preferences: the editor font, the theme, remote images in the preview, the
 * autosave interval and the interface language. Every change is stored and applied at
 * once (no OK to forget); the dialog also follows changes made elsewhere (the View menu's
 * remote-images toggle). Restore Defaults puts every preference back.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QFontComboBox *fontFamily() const { return m_family; }
    QSpinBox *fontSize() const { return m_size; }
    QComboBox *theme() const { return m_theme; }
    QCheckBox *remoteImages() const { return m_remote; }
    QSpinBox *autosaveSeconds() const { return m_autosave; }
    QComboBox *language() const { return m_language; }

    void restoreDefaults();

private:
    void load();

    QFontComboBox *m_family = nullptr;
    QSpinBox *m_size = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_remote = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Cardigan
