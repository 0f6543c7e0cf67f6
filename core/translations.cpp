#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <vector>

namespace Cardigan::Translations {

namespace {

// The translators install() put on the application; QPointer because the application
// owns them and may be gone.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

// "de-AT", "de_AT.UTF-8", "DE" -> "de".
QString languageOf(const QString &name)
{
    QString code = name.section(u'.', 0, 0).section(u'@', 0, 0);
    code = code.section(u'-', 0, 0).section(u'_', 0, 0);
    return code.toLower();
}

bool load(const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, folder) || !QCoreApplication::installTranslator(translator)) {
        qCDebug(lcIo) << "no translation" << file << "in" << folder;
        delete translator;
        return false;
    }
    installed().push_back(translator);
    return true;
}

} // namespace

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString pick(const QString &preferred, const QStringList &uiLanguages)
{
    const QStringList known = translatedLanguages() << QStringLiteral("en");
    const QString wanted = languageOf(preferred);
    if (known.contains(wanted)) {
        return wanted;
    }
    for (const QString &ui : uiLanguages) {
        const QString language = languageOf(ui);
        if (known.contains(language)) {
            return language;
        }
        // "C" and "POSIX" are the untranslated locale: English, as gettext has it.
        if (ui == u"C" || ui == u"POSIX") {
            break;
        }
    }
    return QStringLiteral("en");
}

QString pickFromSystem(const QString &preferred)
{
    return pick(preferred, QLocale::system().uiLanguages());
}

QString install(const QString &language)
{
    uninstall();
    if (!QCoreApplication::instance()) {
        return QStringLiteral("en");
    }
    const QString ours = QStringLiteral(":/i18n");
    if (translatedLanguages().contains(language)) {
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // Qt's catalogues are optional: without them Qt's buttons stay English.
        for (const char *catalogue : {"qtbase", "qtwebengine"}) {
            load(QStringLiteral("%1_%2").arg(QLatin1String(catalogue), language), qtFolder);
        }
        if (load(QStringLiteral("cardigan_%1").arg(language), ours)) {
            qCDebug(lcIo) << "interface language" << language;
            return language;
        }
        qCWarning(lcIo) << "the" << language << "translation is missing: using English";
        uninstall();
    }
    load(QStringLiteral("cardigan_en"), ours);
    return QStringLiteral("en");
}

void uninstall()
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

} // namespace Cardigan::Translations
