#pragma once

#include <QString>
#include <QStringList>

namespace Cardigan {

/**
 * The interface language: which one to use and the translators that make it so.
 *
 * Cardigan ships German and French (translations/cardigan_<lang>.ts, embedded under
 * :/i18n); English is the source language and needs only its plural forms
 * ("%n file(s)" -> "1 file", "3 files"). Qt's own strings (dialog buttons, context
 * menus) come from Qt's catalogues in QLibraryInfo::TranslationsPath when installed
 * (Debian: qt6-translations-l10n).
 */
namespace Translations {

/** The languages there are translations for: "de", "fr" (English is the source). */
QStringList translatedLanguages();

/**
 * The language to use: @p preferred (the settings' override: "en", "de", "fr") when it
 * is one Cardigan speaks, otherwise the first of @p uiLanguages (the system's, in order
 * of preference: "de-AT", "fr", "en-US"...) that it speaks; "en" when none is.
 */
QString pick(const QString &preferred, const QStringList &uiLanguages);

/**
 * pick() over the environment: the system locale's UI languages (on Unix the LANGUAGE
 * list, else LC_ALL, LC_MESSAGES, LANG), as command-line tools do.
 */
QString pickFromSystem(const QString &preferred = QString());

/**
 * Installs the translators for @p language on the application (a QCoreApplication must
 * exist), replacing any this function installed before: Qt's own catalogues and
 * Cardigan's for "de" and "fr", only the English plural forms for anything else.
 * Returns the language whose translations are now active ("en" when the catalogue was
 * missing).
 */
QString install(const QString &language);

/** Removes the translators install() added: back to the source strings. */
void uninstall();

} // namespace Translations

} // namespace Cardigan
