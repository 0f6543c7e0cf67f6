#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace Cardigan {

// Keeps a test's settings (recent files, window layout) away from the user's: test-mode
// standard paths and an INI file in @p folder, named after @p application.
inline void useTestSettings(const QString &application, const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardiganTests"));
    QCoreApplication::setApplicationName(application);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace Cardigan
