#include "carddocument.h"
#include "cardlinter.h"

#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

namespace {

// A body with all four recommended sections, so card tests see only what they are about.
const QString fullBody = QStringLiteral("# Model\n\n## Intended uses\n\n## Limitations\n\n"
                                        "## Training data\n\n## Evaluation\n");

QList<Diagnostic> lintText(CardDocument &doc, const QString &text, bool bom = false)
{
    doc.load(text, bom);
    return CardLinter::lint(doc);
}

QList<Diagnostic> withCode(const QList<Diagnostic> &all, const QString &code)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : all) {
        if (d.code == code) {
            out.append(d);
        }
    }
    return out;
}

QString codes(const QList<Diagnostic> &all)
{
    QStringList out;
    for (const Diagnostic &d : all) {
        out.append(d.code);
    }
    return out.join(u',');
}

QString card(const QString &yaml)
{
    return QStringLiteral("---\n") + yaml + QStringLiteral("---\n") + fullBody;
}

} // namespace

class TestCardLinter : public QObject
{
    Q_OBJECT

    CardDocument m_doc;

    // Applies the fix of the only diagnostic @p code on @p text; checks that the fixed card
    // has no diagnostic of that code and that undo gives back the original bytes.
    QString applyFix(const QString &text, const QString &code)
    {
        const QList<Diagnostic> found = withCode(lintText(m_doc, text), code);
        if (found.size() != 1 || !found.first().fix) {
            qWarning() << "expected one" << code << "with a fix, got" << codes(found);
            return QString();
        }
        const CardDocument::EditResult r = found.first().fix->apply(m_doc);
        if (!r.ok || !r.changed) {
            qWarning() << "fix refused:" << r.message;
            return QString();
        }
        const QString fixed = m_doc.text();
        if (!withCode(CardLinter::lint(m_doc), code).isEmpty()) {
            qWarning() << "the fix left" << code << "in" << fixed;
            return QString();
        }
        m_doc.textDocument()->undo();
        if (m_doc.text() != text) {
            qWarning() << "undo did not restore the text:" << m_doc.text();
            return QString();
        }
        return fixed;
    }

private slots:
    void cleanCard_hasNoDiagnostics()
    {
        const QList<Diagnostic> all = lintText(
            m_doc, card("license: mit\nlanguage:\n- en\n- zh\ntags:\n- text\ndatasets: a/b\n"
                        "pipeline_tag: text-generation\nlibrary_name: transformers\n"));
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    // Document rules

    void yamlSyntax_reportedAtJsYamlLine()
    {
        const QList<Diagnostic> all = withCode(
            lintText(m_doc, card("license: mit\ntags: [a\nb: c\n")), QStringLiteral("yaml-syntax"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].severity, Diagnostic::Severity::Error);
        const CardDocument::Location at = m_doc.yamlErrorLocation();
        QCOMPARE(all[0].line, at.line);
        QCOMPARE(all[0].column, at.column);
        QVERIFY(all[0].message.contains(m_doc.yaml().error.reason));
    }

    void yamlDuplicateKey_isError()
    {
        const QList<Diagnostic> all = lintText(m_doc, card("license: mit\nlicense: mit\n"));
        const QList<Diagnostic> dup = withCode(all, QStringLiteral("yaml-duplicate-key"));
        QCOMPARE(dup.size(), 1);
        QCOMPARE(dup[0].line, 3);
        QCOMPARE(dup[0].column, 1);
        QVERIFY(dup[0].message.contains(QLatin1String("duplicated mapping key (2:1)")));
    }

    void metadata_mustBeMapping()
    {
        QList<Diagnostic> all = lintText(m_doc, card("- a\n- b\n"));
        QCOMPARE(codes(all), QStringLiteral("metadata-not-mapping"));
        QCOMPARE(all[0].line, 2);
        QVERIFY(all[0].message.contains(QLatin1String("\"value\" must be of type object")));
        all = lintText(m_doc, card("hello\n"));
        QCOMPARE(codes(all), QStringLiteral("metadata-not-mapping"));
        all = lintText(m_doc, QStringLiteral("---\n\n---\n") + fullBody);
        QCOMPARE(codes(all), QStringLiteral("metadata-not-mapping"));
        QCOMPARE(all[0].line, 1);
    }

    void metadata_missingWarnsLikeTheHub()
    {
        QList<Diagnostic> all = lintText(m_doc, fullBody);
        QCOMPARE(codes(all), QStringLiteral("metadata-missing"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(all[0].message, QStringLiteral("empty or missing yaml metadata in repo card"));
        QCOMPARE(all[0].line, 1);
        all = lintText(m_doc, QStringLiteral("---\n---\n") + fullBody);
        QCOMPARE(codes(all), QStringLiteral("metadata-missing"));
        all = lintText(m_doc, card("{}\n"));
        QCOMPARE(codes(all), QStringLiteral("metadata-missing"));
        QCOMPARE(all[0].line, 2);
        all = lintText(m_doc, card("a: 1\n"));
        QVERIFY(withCode(all, QStringLiteral("metadata-missing")).isEmpty());
    }

    void fence_unclosedIsReported()
    {
        QList<Diagnostic> all = lintText(m_doc, QStringLiteral("\n---\nlicense: mit\n") + fullBody);
        QCOMPARE(codes(all), QStringLiteral("fence-unclosed"));
        QCOMPARE(all[0].line, 2);
        QCOMPARE(all[0].column, 1);
        QCOMPARE(all[0].end - all[0].start, 3);
        all = lintText(m_doc, card("license: mit\n"));
        QVERIFY(withCode(all, QStringLiteral("fence-unclosed")).isEmpty());
        all = lintText(m_doc, QStringLiteral("----\nx\n") + fullBody); // a rule, not a fence
        QCOMPARE(codes(all), QStringLiteral("metadata-missing"));
    }

    void bom_warned()
    {
        QList<Diagnostic> all = lintText(m_doc, card("license: mit\n"), true);
        QCOMPARE(codes(all), QStringLiteral("bom"));
        QCOMPARE(all[0].line, 1);
        QCOMPARE(all[0].column, 1);
        all = lintText(m_doc, card("license: mit\n"), false);
        QVERIFY(all.isEmpty());
    }

    // License

    void license_suggestsClosestId()
    {
        const QList<Diagnostic> all = lintText(m_doc, card("tags: [a]\nlicense: MIT\n"));
        QCOMPARE(codes(all), QStringLiteral("license-unknown"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Error);
        QCOMPARE(all[0].line, 3);
        QCOMPARE(all[0].column, 10);
        QCOMPARE(all[0].end - all[0].start, 3);
        QVERIFY(all[0].message.contains(QLatin1String("\"MIT\" is not a license id")));
        QVERIFY(all[0].message.contains(QLatin1String("did you mean \"mit\"")));
        QCOMPARE(applyFix(card("tags: [a]\nlicense: MIT\n"), QStringLiteral("license-unknown")),
                 card("tags: [a]\nlicense: mit\n"));
        QCOMPARE(applyFix(card("license: Apache 2.0 # ok\n"), QStringLiteral("license-unknown")),
                 card("license: apache-2.0 # ok\n"));
        QCOMPARE(
            applyFix(card("license: 'Apache License 2.0'\n"), QStringLiteral("license-unknown")),
            card("license: 'apache-2.0'\n"));
    }

    void license_unknownWithoutSuggestion()
    {
        const QList<Diagnostic> all = lintText(m_doc, card("license: my very own terms of use\n"));
        QCOMPARE(codes(all), QStringLiteral("license-unknown"));
        QVERIFY(!all[0].fix);
        const QList<Diagnostic> empty = lintText(m_doc, card("license:\n"));
        QCOMPARE(codes(empty), QStringLiteral("license-unknown"));
        QCOMPARE(empty[0].column, 1); // the key: the value has no text
        QCOMPARE(empty[0].end - empty[0].start, 7);
    }

    void license_otherNeedsNameAndLink()
    {
        QList<Diagnostic> all = lintText(m_doc, card("license: other\nlicense_name: x-1.0\n"));
        QCOMPARE(codes(all), QStringLiteral("license-other-incomplete"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(all[0].line, 2);
        QCOMPARE(all[0].column, 10);
        QVERIFY(all[0].message.contains(QLatin1String("license_link")));
        QVERIFY(!all[0].message.contains(QLatin1String("license_name")));
        all = lintText(m_doc, card("license: other\nlicense_name: x-1.0\nlicense_link: LICENSE\n"));
        QVERIFY(all.isEmpty());
    }

    // Language

    void language_regionFormSuggestsBaseCode()
    {
        const QString text = card("language:\n- en\n- zh-CN\n");
        const QList<Diagnostic> all = lintText(m_doc, text);
        QCOMPARE(codes(all), QStringLiteral("language-region"));
        QCOMPARE(all[0].line, 4);
        QCOMPARE(all[0].column, 3);
        QVERIFY(all[0].message.contains(QLatin1String("\"language[1]\" with value \"zh-CN\"")));
        QCOMPARE(applyFix(text, QStringLiteral("language-region")),
                 card("language:\n- en\n- zh\n"));
        QCOMPARE(applyFix(card("language: es_ES\n"), QStringLiteral("language-region")),
                 card("language: es\n"));
    }

    void language_mustBeLowercase()
    {
        const QList<Diagnostic> all = lintText(m_doc, card("language: [EN, fr]\n"));
        QCOMPARE(codes(all), QStringLiteral("language-case"));
        QCOMPARE(all[0].column, 12);
        QVERIFY(all[0].message.contains(
            QLatin1String("\"language[0]\" must only contain lowercase characters")));
        QCOMPARE(applyFix(card("language: [EN, fr]\n"), QStringLiteral("language-case")),
                 card("language: [en, fr]\n"));
    }

    void language_invalidAndValidCodes()
    {
        QList<Diagnostic> all = lintText(m_doc, card("language:\n- noinfo\n- en_unnorm_x1\n"));
        QCOMPARE(codes(all), QStringLiteral("language-invalid,language-region"));
        QCOMPARE(all[0].line, 3);
        QVERIFY(!all[0].fix);
        QVERIFY(all[0].message.contains(
            QLatin1String("\"language[0]\" with value \"noinfo\" is not valid")));
        QCOMPARE(applyFix(card("language: [English]\n"), QStringLiteral("language-invalid")),
                 card("language: [en]\n"));
        // 639-1, 639-2/B, 639-3 and the two special values.
        all = lintText(m_doc, card("language: [fr, fre, fra, yue, multilingual, code]\n"));
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    // String lists

    void stringLists_refuseNullsAndNonStrings()
    {
        QList<Diagnostic> all =
            lintText(m_doc, card("datasets:\n- a/b\n-\n- 12\nmetrics: {a: 1}\nbase_model:\n"));
        QCOMPARE(codes(all), QStringLiteral("value-null,value-type,value-type,value-null"));
        QCOMPARE(all[0].line, 4);
        QVERIFY(all[0].message.contains(QLatin1String("\"datasets[1]\"")));
        QCOMPARE(all[1].line, 5);
        QCOMPARE(all[1].column, 3);
        QVERIFY(all[1].message.contains(QLatin1String("\"datasets[2]\" must be a string")));
        QCOMPARE(all[2].line, 6);
        QCOMPARE(all[2].column, 10);
        QCOMPARE(all[3].line, 7);
        QCOMPARE(all[3].column, 1);
        all = lintText(m_doc, card("datasets: a/b\nmetrics: [wer]\ntags: [x, y]\n"
                                   "base_model: [a/b, c/d]\n"));
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    void tags_hubAddedWarnedAndRemoved()
    {
        const QString text = card("tags:\n- text\n- license:mit\n- arxiv:1234.5678\n");
        const QList<Diagnostic> all = lintText(m_doc, text);
        QCOMPARE(codes(all), QStringLiteral("tag-hub-added,tag-hub-added"));
        QCOMPARE(all[0].line, 4);
        QCOMPARE(all[0].column, 3);
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        all[0].fix->apply(m_doc);
        QCOMPARE(m_doc.text(), card("tags:\n- text\n- arxiv:1234.5678\n"));
        m_doc.textDocument()->undo();
        QCOMPARE(m_doc.text(), text);
        QVERIFY(lintText(m_doc, card("tags: [license, dataset-x]\n")).isEmpty());
    }

    // Catalogued strings

    void pipelineTag_mustBeInCatalogue()
    {
        const QList<Diagnostic> all = lintText(m_doc, card("pipeline_tag: Text Generation\n"));
        QCOMPARE(codes(all), QStringLiteral("pipeline-unknown"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Error);
        QCOMPARE(all[0].column, 15);
        QCOMPARE(
            applyFix(card("pipeline_tag: Text Generation\n"), QStringLiteral("pipeline-unknown")),
            card("pipeline_tag: text-generation\n"));
        QVERIFY(lintText(m_doc, card("pipeline_tag: image-to-text\n")).isEmpty());
        const QList<Diagnostic> legacy =
            lintText(m_doc, card("pipeline_tag: text2text-generation\n"));
        QCOMPARE(codes(legacy), QStringLiteral("pipeline-legacy"));
        QCOMPARE(legacy[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(applyFix(card("pipeline_tag: text2text-generation\n"),
                          QStringLiteral("pipeline-legacy")),
                 card("pipeline_tag: text-generation\n"));
    }

    void libraryName_unknownIsWarning()
    {
        QList<Diagnostic> all = lintText(m_doc, card("library_name: my-lib\n"));
        QCOMPARE(codes(all), QStringLiteral("library-unknown"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        QVERIFY(!all[0].fix);
        QCOMPARE(applyFix(card("library_name: Transformers\n"), QStringLiteral("library-unknown")),
                 card("library_name: transformers\n"));
        all = lintText(m_doc, card("library_name: [a]\n"));
        QCOMPARE(codes(all), QStringLiteral("value-type"));
    }

    // Other keys

    void co2_emissionsMustBeANumber()
    {
        QList<Diagnostic> all =
            lintText(m_doc, card("co2_eq_emissions:\n  emissions: 12 g\n  source: x\n"));
        QCOMPARE(codes(all), QStringLiteral("co2-emissions"));
        QCOMPARE(all[0].line, 3);
        QCOMPARE(all[0].column, 14);
        all = lintText(m_doc, card("co2_eq_emissions: 12\n"));
        QCOMPARE(codes(all), QStringLiteral("co2-emissions"));
        all = lintText(m_doc, card("co2_eq_emissions: {emissions: 1.5}\n"));
        QVERIFY(all.isEmpty());
    }

    void extraGatedFields_mustBeMapping()
    {
        QList<Diagnostic> all = lintText(m_doc, card("extra_gated_fields:\n- Name\n"));
        QCOMPARE(codes(all), QStringLiteral("gated-fields-type"));
        QCOMPARE(all[0].line, 3);
        QVERIFY(all[0].message.contains(
            QLatin1String("\"extra_gated_fields\" must be of type object")));
        all = lintText(m_doc, card("extra_gated_fields:\n  Name: text\n  Agree: checkbox\n"));
        QVERIFY(all.isEmpty());
    }

    // model-index

    void modelIndex_validSchemaPasses()
    {
        const QList<Diagnostic> all = lintText(
            m_doc, card("model-index:\n- name: m\n  results:\n  - task:\n      type: asr\n"
                        "    dataset:\n      type: a/b\n      name: B\n      config: clean\n"
                        "    metrics:\n    - type: wer\n      value: 4.2\n    source:\n"
                        "      url: https://x\n"));
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    void modelIndex_requiredKeysReported()
    {
        const QList<Diagnostic> all =
            lintText(m_doc, card("model-index:\n- name: m\n  results:\n  - task: {name: x}\n"
                                 "    dataset: {type: a/b}\n    metrics:\n    - value: 1\n"
                                 "    source: {name: paper}\n"));
        QStringList messages;
        for (const Diagnostic &d : all) {
            QCOMPARE(d.code, QStringLiteral("model-index-required"));
            messages.append(d.message);
        }
        QCOMPARE(messages, QStringList({"\"model-index[0].results[0].task.type\" is required",
                                        "\"model-index[0].results[0].dataset.name\" is required",
                                        "\"model-index[0].results[0].metrics[0].type\" is required",
                                        "\"model-index[0].results[0].source.url\" is required"}));
        QCOMPARE(all[0].line, 5);
        QCOMPARE(all[0].column, 11);
        QCOMPARE(all[2].line, 8);
        QCOMPARE(all[2].column, 7);
    }

    void modelIndex_typesReported()
    {
        QList<Diagnostic> all =
            lintText(m_doc, card("model-index:\n- name: m\n  results:\n  - task: {type: t}\n"
                                 "    dataset: {type: a, name: b, config: null, split:}\n"
                                 "    metrics: {type: wer}\n"));
        QCOMPARE(codes(all), QStringLiteral("model-index-type,model-index-type,model-index-type"));
        QCOMPARE(all[0].message,
                 QStringLiteral("\"model-index[0].results[0].dataset.config\" must be a string"));
        QCOMPARE(all[0].line, 6);
        QCOMPARE(all[0].column, 41);
        QCOMPARE(all[1].message,
                 QStringLiteral("\"model-index[0].results[0].dataset.split\" must be a string"));
        QCOMPARE(all[1].column, 47); // the key: the value has no text
        QCOMPARE(all[2].message,
                 QStringLiteral("\"model-index[0].results[0].metrics\" must be an array"));
        all = lintText(m_doc, card("model-index:\n- name: m\n"));
        QCOMPARE(codes(all), QStringLiteral("model-index-required"));
        QCOMPARE(all[0].message, QStringLiteral("\"model-index[0].results\" is required"));
        all = lintText(m_doc, card("model-index:\n- name: m\n  results:\n  - task: {type: t}\n"
                                   "    metrics: [{type: acc, value: 1}]\n"));
        QCOMPARE(codes(all), QStringLiteral("model-index-dataset"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(all[0].line, 5);
        QCOMPARE(all[0].column, 5);
        all = lintText(m_doc, card("model-index: {name: m}\n"));
        QCOMPARE(codes(all), QStringLiteral("model-index-type"));
    }

    // PyYAML disagreements

    void yaml11_quotesStringsPythonMisreads()
    {
        const QString text = card("language: no\ntime: 1:30\n");
        const QList<Diagnostic> all = lintText(m_doc, text);
        QCOMPARE(codes(all), QStringLiteral("yaml11-differs,yaml11-differs"));
        QCOMPARE(all[0].line, 2);
        QCOMPARE(all[0].column, 11);
        QCOMPARE(all[0].severity, Diagnostic::Severity::Warning);
        QVERIFY(all[0].message.contains(QLatin1String("false")));
        QCOMPARE(applyFix(card("language: no\n"), QStringLiteral("yaml11-differs")),
                 card("language: 'no'\n"));
        QCOMPARE(applyFix(card("t: [1:30]\n"), QStringLiteral("yaml11-differs")),
                 card("t: ['1:30']\n"));
    }

    void yaml11_rewritesNumbersPythonMisreads()
    {
        QCOMPARE(applyFix(card("v: 010\n"), QStringLiteral("yaml11-differs")), card("v: 10\n"));
        const QString fixed = applyFix(card("v: 1e3\n"), QStringLiteral("yaml11-differs"));
        QVERIFY2(fixed == card("v: 1000\n") || fixed == card("v: 1000.0\n"), qPrintable(fixed));
        QVERIFY(lintText(m_doc, card("a: 'no'\nb: 10\nc: 1.5\nd: yes please\ne: 2024-01-05\n"))
                    .isEmpty());
    }

    // Body

    void math_dollarInlineWarnedWithFix()
    {
        const QString text = card("a: 1\n") + QStringLiteral("The loss is $x^2$ here.\n");
        const QList<Diagnostic> all = lintText(m_doc, text);
        QCOMPARE(codes(all), QStringLiteral("math-inline-dollar"));
        QCOMPARE(all[0].line, 13);
        QCOMPARE(all[0].column, 13);
        QCOMPARE(all[0].end - all[0].start, 5);
        QCOMPARE(applyFix(text, QStringLiteral("math-inline-dollar")),
                 card("a: 1\n") + QStringLiteral("The loss is \\\\(x^2\\\\) here.\n"));
    }

    void math_pricesCodeAndDisplayMathIgnored()
    {
        const QString body = QStringLiteral(
            "Costs $5 and $10, or $5-$10.\n$$x^2$$ is display math.\nEscaped \\$x$ too.\n"
            "Code `$x$` span.\n\n```\n$x$\n```\n\n    $y$ indented code\n\n$ x$ and $x $\n");
        const QList<Diagnostic> all = lintText(m_doc, card("a: 1\n") + body);
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    void sections_missingAreInfo()
    {
        QList<Diagnostic> all =
            lintText(m_doc, QStringLiteral("---\na: 1\n---\n# M\n\n## How to use\n\n## Bias\n"));
        QCOMPARE(codes(all), QStringLiteral("section-missing,section-missing"));
        QCOMPARE(all[0].severity, Diagnostic::Severity::Info);
        QCOMPARE(all[0].line, 4);
        QCOMPARE(all[0].column, 1);
        QVERIFY(all[0].message.contains(QLatin1String("training data")));
        QVERIFY(all[1].message.contains(QLatin1String("evaluation")));
        all = lintText(m_doc, QStringLiteral("---\na: 1\n---\n<h2>Uses</h2>\n## Risks\n"
                                             "### Training Details\n## Results\n"));
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    void diagnostics_positionsCountCrlfAndNonAscii()
    {
        const QString text =
            QStringLiteral("---\r\nname: \u00e9\u00e9\r\nlicense: MIT\r\n---\r\n") + fullBody;
        const QList<Diagnostic> all = lintText(m_doc, text);
        QCOMPARE(codes(all), QStringLiteral("license-unknown"));
        QCOMPARE(all[0].line, 3);
        QCOMPARE(all[0].column, 10);
        QCOMPARE(text.mid(all[0].start, all[0].end - all[0].start), QStringLiteral("MIT"));
    }
};

QTEST_GUILESS_MAIN(TestCardLinter)
#include "tst_cardlinter.moc"
