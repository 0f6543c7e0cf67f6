#include "appsettings.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QRegularExpression>
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

// A language code ("de", "pt_BR"); anything else means: follow the system.
bool isLanguageCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,4})?$"));
    return code.match(text).hasMatch();
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
    // A hand-edited or truncated value: no family or no size is no font.
    if (stored.isEmpty() || !font.fromString(stored) || font.family().trimmed().isEmpty() ||
        (font.pointSizeF() <= 0 && font.pixelSize() <= 0)) {
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
    // Only a real yes or no: "maybe" in a hand-edited file must not turn the network on.
    const QVariant stored = QSettings().value(remoteImagesKey);
    const QString text = stored.toString().trimmed().toLower();
    return stored.typeId() == QMetaType::Bool ? stored.toBool()
                                              : text == QLatin1String("true") || text == u'1';
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
    const QString stored = QSettings().value(languageKey).toString();
    return isLanguageCode(stored) ? stored : QString();
}

void AppSettings::setLanguage(const QString &requested)
{
    const QString code = isLanguageCode(requested) ? requested : QString();
    if (code == language()) {
        return;
    }
    QSettings().setValue(languageKey, code);
    emit languageChanged(code);
}

} // namespace Cardigan
