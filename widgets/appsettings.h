#pragma once

#include <QFont>
#include <QObject>
#include <QString>

namespace Cardigan {

/*
 * The user's preferences, one place over QSettings: the source editor's font, the theme
 * (follow the system, light or dark; the preview's CSS follows it), remote images in the
 * preview, the autosave interval and the interface language.
 *
 * One instance per application (instance()); every setter stores the value at once and
 * emits the matching signal only when the value changed, so open windows follow a change
 * made in the preferences dialog without a restart (the language takes effect at the
 * next start: Qt widgets are not retranslated live).
 */
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static AppSettings *instance();

    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    static QFont defaultEditorFont();

    Theme theme() const;
    void setTheme(Theme theme);

    bool remoteImages() const;
    void setRemoteImages(bool allow);

    // Seconds between a change and its copy in the recovery store; 1 to 600.
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    static constexpr int minAutosaveSeconds = 1;
    static constexpr int maxAutosaveSeconds = 600;
    static constexpr int defaultAutosaveSeconds = 5;

    // Empty: follow the system locale; otherwise a language code ("en", "de", "fr"). A value
    // that is no language code reads as empty.
    QString language() const;
    void setLanguage(const QString &code);

signals:
    void editorFontChanged(const QFont &font);
    void themeChanged(Cardigan::AppSettings::Theme theme);
    void remoteImagesChanged(bool allow);
    void autosaveSecondsChanged(int seconds);
    void languageChanged(const QString &code);

private:
    explicit AppSettings(QObject *parent);
};

} // namespace Cardigan
