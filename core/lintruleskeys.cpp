// Top-level keys: license, language, the string lists, pipeline_tag, library_name, co2,
// gating fields, tags the Hub adds itself.
#include "catalogs.h"
#include "lintcontext.h"
#include "tr.h"

#include <QRegularExpression>

#include <algorithm>

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;
using Kind = YamlNode::Kind;

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Where to point for a value: the value itself, or its key when the value has no text.
qsizetype spanStart(LintContext &ctx, int key, int value)
{
    return ctx.node(value).style == YamlStyle::Empty && key >= 0 ? ctx.startOf(key)
                                                                 : ctx.startOf(value);
}
qsizetype spanEnd(LintContext &ctx, int key, int value)
{
    return ctx.node(value).style == YamlStyle::Empty && key >= 0 ? ctx.endOf(key)
                                                                 : ctx.endOf(value);
}

int levenshtein(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j) {
        row[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min(
                {up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

// A loose form for comparing ids: case, spaces, underscores and the word "license" ignored.
QString loose(const QString &s)
{
    static const QRegularExpression words(QStringLiteral("\\b(the|licen[sc]e)\\b"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    QString t = s.toLower();
    t.replace(words, QStringLiteral(" "));
    t = t.trimmed().replace(separators, QStringLiteral("-"));
    return t;
}

/// The catalogue id closest to @p value, or empty when none is close enough to suggest.
/// @p fuzzy: also ids a few edits away, not only ones that differ in case or separators.
QString closest(const QString &value, const QStringList &ids, bool fuzzy = true)
{
    const QString v = loose(value);
    QString best;
    int bestDistance = std::max<int>(1, int(v.size()) / 4) + 1;
    for (const QString &id : ids) {
        const QString l = loose(id);
        if (l == v) {
            return id;
        }
        const int d = fuzzy ? levenshtein(l, v) : bestDistance;
        if (d < bestDistance) {
            bestDistance = d;
            best = id;
        }
    }
    return best;
}

void lintLicense(LintContext &ctx, int root)
{
    const int key = ctx.keyOf(root, QStringLiteral("license"));
    const int value = ctx.valueOf(root, QStringLiteral("license"));
    if (value < 0) {
        return;
    }
    const Catalogs &cat = Catalogs::instance();
    const YamlValue &v = ctx.node(value).value;
    if (!v.isString() || !cat.licenseSet.contains(v.toString())) {
        const QString text = v.isString() ? v.toString() : QString();
        const QString suggestion = v.isString() ? closest(text, cat.licenses) : QString();
        QString message =
            suggestion.isEmpty()
                ? Tr::tr("\"license\" must be one of the Hub's license ids (mit, apache-2.0, "
                         "other, ...).")
                : Tr::tr("\"license\" must be one of the Hub's license ids: did you mean %1?")
                      .arg(quoted(suggestion));
        if (v.isString()) {
            message.prepend(Tr::tr("%1 is not a license id of the Hub. ").arg(quoted(text)));
        }
        Diagnostic &d = ctx.add(Severity::Error, QStringLiteral("license-unknown"), message,
                                spanStart(ctx, key, value), spanEnd(ctx, key, value));
        if (!suggestion.isEmpty()) {
            d.fix = Fix::set(Tr::tr("Change to %1").arg(quoted(suggestion)),
                             lintPath(QStringLiteral("license")), suggestion);
        }
        return;
    }
    if (v.toString() != QLatin1String("other")) {
        return;
    }
    QStringList missing;
    for (const QString &k : {QStringLiteral("license_name"), QStringLiteral("license_link")}) {
        const int n = ctx.valueOf(root, k);
        if (n < 0 || !ctx.node(n).value.isString() || ctx.node(n).value.toString().isEmpty()) {
            missing.append(k);
        }
    }
    if (!missing.isEmpty()) {
        ctx.addAt(value, Severity::Warning, QStringLiteral("license-other-incomplete"),
                  Tr::tr("\"license: other\" needs %1: the license's id and a link to its text "
                         "(a URL, or LICENSE in the repository).")
                      .arg(missing.join(Tr::tr(" and "))));
    }
}

void lintLanguageCode(LintContext &ctx, int item, const QString &path)
{
    const QString code = ctx.node(item).value.toString();
    const Catalogs &cat = Catalogs::instance();
    if (cat.languages.contains(code) || code == QLatin1String("multilingual") ||
        code == QLatin1String("code")) {
        return;
    }
    static const QRegularExpression region(QStringLiteral("^([A-Za-z]{2,3})[-_][A-Za-z0-9]+"));
    const QString lower = code.toLower();
    QString suggestion;
    QString message;
    QString codeId = QStringLiteral("language-invalid");
    if (lower != code && cat.languages.contains(lower)) {
        suggestion = lower;
        codeId = QStringLiteral("language-case");
        message = Tr::tr("%1 must only contain lowercase characters.").arg(quoted(path));
    } else {
        const QRegularExpressionMatch m = region.match(code);
        if (m.hasMatch() && cat.languages.contains(m.captured(1).toLower())) {
            suggestion = m.captured(1).toLower();
            codeId = QStringLiteral("language-region");
        } else {
            suggestion = cat.languageByName.value(lower); // "English" -> "en"
        }
        message = Tr::tr("%1 with value %2 is not valid. It must be an ISO 639-1, 639-2 or "
                         "639-3 code, \"multilingual\" or \"code\".")
                      .arg(quoted(path), quoted(code));
        if (!suggestion.isEmpty()) {
            message += QLatin1Char(' ') + Tr::tr("Did you mean %1?").arg(quoted(suggestion));
        }
    }
    Diagnostic &d = ctx.addAt(item, Severity::Error, codeId, message);
    if (!suggestion.isEmpty()) {
        d.fix =
            Fix::set(Tr::tr("Change to %1").arg(quoted(suggestion)), lintPath(path), suggestion);
    }
}

/// A key whose value is a string or a list of strings, never null. Returns the string
/// nodes with their paths, for rules on the strings themselves.
std::vector<std::pair<int, QString>> lintStringList(LintContext &ctx, int root, const QString &name)
{
    std::vector<std::pair<int, QString>> strings;
    const int key = ctx.keyOf(root, name);
    const int value = ctx.valueOf(root, name);
    if (value < 0) {
        return strings;
    }
    const YamlNode &n = ctx.node(value);
    if (n.value.isNull()) {
        ctx.add(Severity::Error, QStringLiteral("value-null"),
                Tr::tr("%1 must not be empty (null): give a value or remove the key.")
                    .arg(quoted(name)),
                spanStart(ctx, key, value), spanEnd(ctx, key, value));
        return strings;
    }
    if (n.value.isString()) {
        strings.emplace_back(value, name);
        return strings;
    }
    if (n.kind != Kind::Sequence) {
        ctx.addAt(value, Severity::Error, QStringLiteral("value-type"),
                  Tr::tr("%1 must be a string or a list of strings.").arg(quoted(name)));
        return strings;
    }
    for (size_t i = 0; i < n.children.size(); ++i) {
        const int item = ctx.resolved(n.children[i]);
        const QString path = QStringLiteral("%1[%2]").arg(name).arg(i);
        const YamlValue &v = ctx.node(item).value;
        if (v.isNull()) {
            ctx.addAt(n.children[i], Severity::Error, QStringLiteral("value-null"),
                      Tr::tr("%1 must not be null.").arg(quoted(path)));
        } else if (!v.isString()) {
            ctx.addAt(n.children[i], Severity::Error, QStringLiteral("value-type"),
                      Tr::tr("%1 must be a string.").arg(quoted(path)));
        } else {
            strings.emplace_back(item, path);
        }
    }
    return strings;
}

void lintHubTags(LintContext &ctx, const std::vector<std::pair<int, QString>> &tags)
{
    static const QRegularExpression hubTag(
        QStringLiteral("^(license|dataset|region|base_model|arxiv|doi):"));
    for (const auto &[item, path] : tags) {
        const QString tag = ctx.node(item).value.toString();
        const QRegularExpressionMatch m = hubTag.match(tag);
        if (!m.hasMatch()) {
            continue;
        }
        Diagnostic &d =
            ctx.addAt(item, Severity::Warning, QStringLiteral("tag-hub-added"),
                      Tr::tr("The Hub adds %1 tags itself from the metadata; %2 here is redundant.")
                          .arg(quoted(m.captured(1) + QLatin1Char(':')), quoted(tag)));
        d.fix = Fix::unset(Tr::tr("Remove the tag"), lintPath(path));
    }
}

// A string key checked against a catalogue; @p severity for a value not in it.
void lintCatalogued(LintContext &ctx, int root, const QString &name, const QSet<QString> &ids,
                    Severity severity, const QString &code, const QString &what, bool fuzzy)
{
    const int key = ctx.keyOf(root, name);
    const int value = ctx.valueOf(root, name);
    if (value < 0) {
        return;
    }
    const YamlValue &v = ctx.node(value).value;
    if (!v.isString()) {
        ctx.add(Severity::Error, QStringLiteral("value-type"),
                Tr::tr("%1 must be a string.").arg(quoted(name)), spanStart(ctx, key, value),
                spanEnd(ctx, key, value));
        return;
    }
    if (ids.contains(v.toString())) {
        return;
    }
    // Pipeline tags the Hub used to list (tasks before 0.21): still on many cards, and not
    // known to be refused, so a warning with the tag that replaced them.
    static const QHash<QString, QString> legacyPipelines = {
        {QStringLiteral("text2text-generation"), QStringLiteral("text-generation")},
        {QStringLiteral("conversational"), QStringLiteral("text-generation")},
    };
    if (name == QLatin1String("pipeline_tag") && legacyPipelines.contains(v.toString())) {
        const QString now = legacyPipelines.value(v.toString());
        Diagnostic &d = ctx.addAt(value, Severity::Warning, QStringLiteral("pipeline-legacy"),
                                  Tr::tr("%1 is no longer one of the Hub's pipeline tags; it "
                                         "became %2.")
                                      .arg(quoted(v.toString()), quoted(now)));
        d.fix = Fix::set(Tr::tr("Change to %1").arg(quoted(now)), lintPath(name), now);
        return;
    }
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort(); // ties go to the same id on every run
    const QString suggestion = closest(v.toString(), sorted, fuzzy);
    QString message = Tr::tr("%1 is not a known %2.").arg(quoted(v.toString()), what);
    if (!suggestion.isEmpty()) {
        message += QLatin1Char(' ') + Tr::tr("Did you mean %1?").arg(quoted(suggestion));
    }
    Diagnostic &d = ctx.addAt(value, severity, code, message);
    if (!suggestion.isEmpty()) {
        d.fix =
            Fix::set(Tr::tr("Change to %1").arg(quoted(suggestion)), lintPath(name), suggestion);
    }
}

void lintCo2(LintContext &ctx, int root)
{
    const int value = ctx.valueOf(root, QStringLiteral("co2_eq_emissions"));
    if (value < 0) {
        return;
    }
    // The Hub documents the shape, not whether it refuses others: warnings.
    if (ctx.node(value).kind != Kind::Mapping) {
        ctx.addAt(value, Severity::Warning, QStringLiteral("co2-emissions"),
                  Tr::tr("\"co2_eq_emissions\" should be a mapping such as {emissions: 1.23} "
                         "(grams of CO2)."));
        return;
    }
    const int emissions = ctx.valueOf(value, QStringLiteral("emissions"));
    if (emissions >= 0 && ctx.node(emissions).value.type() != YamlValue::Type::Number) {
        const int key = ctx.keyOf(value, QStringLiteral("emissions"));
        ctx.add(Severity::Warning, QStringLiteral("co2-emissions"),
                Tr::tr("\"co2_eq_emissions.emissions\" must be a number (grams of CO2)."),
                spanStart(ctx, key, emissions), spanEnd(ctx, key, emissions));
    }
}

void lintGatedFields(LintContext &ctx, int root)
{
    const int key = ctx.keyOf(root, QStringLiteral("extra_gated_fields"));
    const int value = ctx.valueOf(root, QStringLiteral("extra_gated_fields"));
    if (value >= 0 && ctx.node(value).kind != Kind::Mapping) {
        ctx.add(Severity::Error, QStringLiteral("gated-fields-type"),
                Tr::tr("\"extra_gated_fields\" must be of type object (a mapping of labels to "
                       "field types)."),
                spanStart(ctx, key, value), spanEnd(ctx, key, value));
    }
}

} // namespace

void lintKeyRules(LintContext &ctx)
{
    const int root = ctx.rootMapping();
    const Catalogs &cat = Catalogs::instance();
    lintLicense(ctx, root);
    for (const auto &[item, path] : lintStringList(ctx, root, QStringLiteral("language"))) {
        lintLanguageCode(ctx, item, path);
    }
    for (const QString &name :
         {QStringLiteral("datasets"), QStringLiteral("metrics"), QStringLiteral("base_model")}) {
        lintStringList(ctx, root, name);
    }
    lintHubTags(ctx, lintStringList(ctx, root, QStringLiteral("tags")));
    lintCatalogued(ctx, root, QStringLiteral("pipeline_tag"), cat.pipelines, Severity::Error,
                   QStringLiteral("pipeline-unknown"), Tr::tr("pipeline tag"), true);
    lintCatalogued(ctx, root, QStringLiteral("library_name"), cat.libraries, Severity::Warning,
                   QStringLiteral("library-unknown"), Tr::tr("library of the Hub"),
                   false); // unregistered libraries are common: only obvious slips
    lintCo2(ctx, root);
    lintGatedFields(ctx, root);
}

} // namespace Cardigan
