#include "languageeditor.h"

#include "catalognames.h"
#include "catalogs.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace Cardigan {

namespace {

bool isKnown(const QString &code)
{
    return Catalogs::instance().languages.contains(code) || code == QLatin1String("multilingual") ||
           code == QLatin1String("code");
}

const QString &separator()
{
    static const QString s = QStringLiteral(" — ");
    return s;
}

} // namespace

LanguageEditor::LanguageEditor(QWidget *parent)
    : ChipListEditor(tr("Languages"), parent)
{
    setValidator(&LanguageEditor::problem);
    setNormalizer(&LanguageEditor::normalize);
    // A value the card already has but the Hub refuses is marked, with the fix on hover.
    setLabeler([](const QString &code) {
        const QString name = CatalogNames::instance().languageName(code);
        return name.isEmpty() && !problem(code).isEmpty() ? tr("not accepted by the Hub") : name;
    });
    setPlaceholderText(tr("Add: type a name or a code"));

    QStringList choices;
    const auto &languages = CatalogNames::instance().languages;
    choices.reserve(qsizetype(languages.size()));
    for (const CatalogNames::Entry &e : languages) {
        choices << e.id + separator() + e.name;
    }
    auto *completer = new QCompleter(new QStringListModel(choices, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Search anywhere, so "french" finds "fr — French" and "frr — Northern Frisian".
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
}

QString LanguageEditor::normalize(const QString &typed)
{
    const qsizetype at = typed.indexOf(separator());
    if (at > 0) {
        return typed.left(at).trimmed();
    }
    if (isKnown(typed) || typed.size() <= 3) {
        return typed;
    }
    // A name typed in full ("German") stands for its code.
    for (const CatalogNames::Entry &e : CatalogNames::instance().languages) {
        if (e.name.compare(typed, Qt::CaseInsensitive) == 0) {
            return e.id;
        }
    }
    return typed;
}

QString LanguageEditor::problem(const QString &code)
{
    if (isKnown(code)) {
        return QString();
    }
    // zh-CN, en_US, pt-br: the Hub wants the language alone.
    static const QRegularExpression region(QStringLiteral("^([A-Za-z]{2,3})[-_][A-Za-z0-9]+$"));
    const QRegularExpressionMatch m = region.match(code);
    if (m.hasMatch() && isKnown(m.captured(1).toLower())) {
        return tr("“%1” has a region or script part, which the Hub refuses: use “%2”.")
            .arg(code, m.captured(1).toLower());
    }
    if (isKnown(code.toLower())) {
        return tr("“%1”: the Hub wants language codes in lowercase: use “%2”.")
            .arg(code, code.toLower());
    }
    return tr("“%1” is not an ISO 639-1, 639-2 or 639-3 code (nor “multilingual” or “code”): "
              "search by name to find the code.")
        .arg(code);
}

} // namespace Cardigan
