#include "appsettings.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QSettings>

namespace Cardigan {

namespace {

const QLatin1String fontKey("editor/font");
const QLatin1String themeKey("appearance/theme");
const QLatin1String remoteImagesKey("preview/remoteImages");
const QLatin1String autosaveKey("autosave/intervalSeconds");
const QLatin1String languageKey("ui/language");

QString themeName(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{}

AppSettings *AppSettings::instance()
{
    static AppSettings *settings = nullptr;
    if (!settings) {
        settings = new AppSettings(QCoreApplication::instance());
        QObject::connect(settings, &QObject::destroyed, [] { settings = nullptr; });
    }
    return settings;
}

QFont AppSettings::defaultEditorFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont AppSettings::editorFont() const
{
    QFont font;
    const QString stored = QSettings().value(fontKey).toString();
    if (stored.isEmpty() || !font.fromString(stored)) {
        return defaultEditorFont();
    }
    return font;
}

void AppSettings::setEditorFont(const QFont &font)
{
    if (font == editorFont()) {
        return;
    }
    QSettings().setValue(fontKey, font.toString());
    emit editorFontChanged(font);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString stored = QSettings().value(themeKey).toString();
    if (stored == QLatin1String("light")) {
        return Theme::Light;
    }
    if (stored == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme()) {
        return;
    }
    QSettings().setValue(themeKey, themeName(theme));
    emit themeChanged(theme);
}

bool AppSettings::remoteImages() const
{
    return QSettings().value(remoteImagesKey, false).toBool();
}

void AppSettings::setRemoteImages(bool allow)
{
    if (allow == remoteImages()) {
        return;
    }
    QSettings().setValue(remoteImagesKey, allow);
    emit remoteImagesChanged(allow);
}

int AppSettings::autosaveSeconds() const
{
    bool ok = false;
    const int seconds = QSettings().value(autosaveKey).toInt(&ok);
    if (!ok || seconds < minAutosaveSeconds || seconds > maxAutosaveSeconds) {
        return defaultAutosaveSeconds;
    }
    return seconds;
}

void AppSettings::setAutosaveSeconds(int seconds)
{
    seconds = qBound(minAutosaveSeconds, seconds, maxAutosaveSeconds);
    if (seconds == autosaveSeconds()) {
        return;
    }
    QSettings().setValue(autosaveKey, seconds);
    emit autosaveSecondsChanged(seconds);
}

QString AppSettings::language() const
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code == language()) {
        return;
    }
    QSettings().setValue(languageKey, code);
    emit languageChanged(code);
}

} // namespace Cardigan
