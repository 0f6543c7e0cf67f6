#include "carddocument.h"
#include "cardlinter.h"
#include "cardsections.h"
#include "completeness.h"

#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;
using State = Completeness::Item::State;

namespace {

const QString allMetadata = QStringLiteral(
    "---\nlicense: mit\nlanguage: [en]\nlibrary_name: transformers\n"
    "pipeline_tag: text-classification\nbase_model: org/base\ndatasets: [org/data]\n"
    "metrics: [accuracy]\ntags: [demo]\nmodel-index:\n- name: m\n  results: []\n---\n");

const QString allSections = QStringLiteral(
    "# Demo\n\n## Model Details\n\nA model.\n\n## Uses\n\nSorting mail.\n\n"
    "## Bias, Risks, and Limitations\n\nEnglish only.\n\n## How to Get Started with the Model\n\n"
    "Run it.\n\n## Training Details\n\nTwo epochs.\n\n## Evaluation\n\nGood.\n\n"
    "## Environmental Impact\n\nLittle.\n\n## Citation\n\nNone yet.\n");

// "id=state" for every item, in the checklist's order.
QString states(const QList<Completeness::Item> &items)
{
    static const char *names[] = {"missing", "empty", "present", "unknown"};
    QStringList out;
    for (const auto &i : items) {
        out.append(i.id + u'=' + QLatin1String(names[int(i.state)]));
    }
    return out.join(u' ');
}

State stateOf(const QList<Completeness::Item> &items, const QString &id)
{
    for (const auto &i : items) {
        if (i.id == id) {
            return i.state;
        }
    }
    return State::Unknown;
}

} // namespace

// The checklist of recommended metadata and sections (core/completeness.h), and the
// heading it inserts for a missing section.
class TestCompleteness : public QObject
{
    Q_OBJECT

    CardDocument m_doc;

    QList<Completeness::Item> checkText(const QString &text)
    {
        m_doc.load(text);
        return Completeness::check(m_doc);
    }

private slots:
    void allPresent_everyItemPresent()
    {
        const auto items = checkText(allMetadata + allSections);
        QCOMPARE(items.size(), 17);
        QCOMPARE(Completeness::presentCount(items), 17);
        QCOMPARE(states(items),
                 QStringLiteral("license=present language=present library_name=present "
                                "pipeline_tag=present base_model=present datasets=present "
                                "metrics=present tags=present model-index=present "
                                "details=present uses=present limitations=present "
                                "get-started=present training=present evaluation=present "
                                "environment=present citation=present"));
        for (const auto &i : items) {
            QVERIFY2(!i.title.isEmpty() && !i.why.isEmpty(), qPrintable(i.id));
        }
        QCOMPARE(items[0].place, Completeness::Item::Place::Form);
        QCOMPARE(items[8].place, Completeness::Item::Place::Evaluation);
        QCOMPARE(items[9].place, Completeness::Item::Place::Source);
        // A present section's place is its heading's line.
        QCOMPARE(items[10].offset, (allMetadata + allSections).indexOf(u"## Uses"));
    }

    void allMissing_noFrontMatterNoHeadings()
    {
        const auto items = checkText(QStringLiteral("Just a line of text.\n"));
        QCOMPARE(items.size(), 17);
        QCOMPARE(Completeness::presentCount(items), 0);
        for (const auto &i : items) {
            QCOMPARE(i.state, State::Missing);
        }
    }

    void nullOrEmptyValues_countAsMissing()
    {
        const auto items = checkText(
            QStringLiteral("---\nlicense:\nlanguage: ~\ntags: []\ndatasets: ''\nmetrics: {}\n"
                           "library_name: null\npipeline_tag: fill-mask\n---\n# M\n"));
        QCOMPARE(states(items).section(u' ', 0, 8),
                 QStringLiteral("license=missing language=missing library_name=missing "
                                "pipeline_tag=present base_model=missing datasets=missing "
                                "metrics=missing tags=missing model-index=missing"));
    }

    void yamlError_metadataUnknown()
    {
        const auto items = checkText(QStringLiteral("---\nlicense: [mit\n---\n## Uses\n\nx\n"));
        QCOMPARE(stateOf(items, QStringLiteral("license")), State::Unknown);
        QCOMPARE(stateOf(items, QStringLiteral("uses")), State::Present);
        QCOMPARE(Completeness::presentCount(items), 1);
    }

    void headingVariants_areMatched()
    {
        const auto items = checkText(QStringLiteral(
            "# title\n\nIntro.\n\n## MODEL DESCRIPTION\n\nx\n\n### Intended uses & limitations\n\n"
            "x\n\nQuick start\n-----------\n\nx\n\n<h2 align=\"center\">Training "
            "<i>data</i></h2>\n\n"
            "x\n\n#### Results ####\n\nx\n\n## CO2 emissions\n\nx\n\n## BibTeX\n\nx\n"));
        QCOMPARE(states(items).section(u' ', 9),
                 QStringLiteral("details=present uses=present limitations=present "
                                "get-started=present training=present evaluation=present "
                                "environment=present citation=present"));
    }

    void headingsInCodeOrComments_notCounted()
    {
        const auto items = checkText(QStringLiteral(
            "# M\n\n```markdown\n## Uses\n```\n\n~~~~\n## Citation\n~~~~\n\n    ## Evaluation\n\n"
            "<!--\n## Training Details\n-->\n\n<!-- ## Environmental Impact -->\n\n"
            "Some text\n    ## Bias\n"));
        QCOMPARE(states(items).section(u' ', 9),
                 QStringLiteral("details=missing uses=missing limitations=missing "
                                "get-started=missing training=missing evaluation=missing "
                                "environment=missing citation=missing"));
    }

    void sectionWithOnlyComments_isEmpty()
    {
        const auto items = checkText(QStringLiteral(
            "# M\n\n## Uses\n\n<!-- what it is for -->\n\n### Direct Use\n\n<!-- more\nguidance "
            "-->\n\n"
            "## Evaluation\n\n### Results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Citation\n"));
        QCOMPARE(stateOf(items, QStringLiteral("uses")), State::Empty);
        QCOMPARE(stateOf(items, QStringLiteral("evaluation")), State::Present);
        QCOMPARE(stateOf(items, QStringLiteral("citation")), State::Empty);
        QCOMPARE(Completeness::presentCount(items), 3);
    }

    void template_hasEverySectionEmptyAndLintsWithoutErrors()
    {
        const QString text = CardSections::templateText();
        QVERIFY(text.startsWith(QLatin1String("---\n")));
        const auto items = checkText(text);
        QCOMPARE(states(items),
                 QStringLiteral("license=missing language=missing library_name=missing "
                                "pipeline_tag=missing base_model=missing datasets=missing "
                                "metrics=missing tags=missing model-index=missing "
                                "details=empty uses=empty limitations=empty "
                                "get-started=empty training=empty evaluation=empty "
                                "environment=empty citation=empty"));
        QStringList found;
        for (const Diagnostic &d : CardLinter::lint(m_doc)) {
            found.append(d.code);
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.message));
        }
        qInfo() << "template lint:" << found;
        QVERIFY2(!found.contains(QLatin1String("section-missing")), qPrintable(found.join(u',')));
    }

    void insertSection_betweenItsNeighbours()
    {
        const QString text = QStringLiteral("---\na: 1\n---\n# M\n\n## Uses\n\nx\n\n"
                                            "## Evaluation\n\ny\n");
        m_doc.load(text);
        const auto plan = Completeness::planSection(m_doc, QStringLiteral("training"));
        QCOMPARE(plan.offset, text.indexOf(u"## Evaluation"));
        QCOMPARE(plan.text, QStringLiteral("## Training Details\n\n"));
        QString why;
        const qsizetype cursor =
            Completeness::insertSection(m_doc, QStringLiteral("training"), &why);
        QCOMPARE(m_doc.text(), QStringLiteral("---\na: 1\n---\n# M\n\n## Uses\n\nx\n\n"
                                              "## Training Details\n\n## Evaluation\n\ny\n"));
        QCOMPARE(cursor, m_doc.text().indexOf(u"## Training Details") + 20);
        QCOMPARE(stateOf(Completeness::check(m_doc), QStringLiteral("training")), State::Empty);
        m_doc.textDocument()->undo();
        QCOMPARE(m_doc.text(), text);
        // Present now: nothing to insert.
        QCOMPARE(Completeness::insertSection(m_doc, QStringLiteral("uses"), &why), -1);
        QVERIFY(!why.isEmpty());
        QCOMPARE(m_doc.text(), text);
    }

    void insertSection_beforeTheEnclosingHeadingOfANextSubsection()
    {
        // Bias goes before "## Details", the section whose subsection names training, not
        // between that heading and its subsection.
        const QString text = QStringLiteral("# M\n## Uses\nx\n## Details\n### Training data\ny\n"
                                            "## Citation\nz");
        m_doc.load(text);
        QCOMPARE(Completeness::insertSection(m_doc, QStringLiteral("limitations")),
                 text.indexOf(u"## Details") + 33);
        QCOMPARE(m_doc.text(),
                 QStringLiteral("# M\n## Uses\nx\n\n## Bias, Risks, and Limitations\n\n"
                                "## Details\n### Training data\ny\n## Citation\nz"));
    }

    void insertSection_atTheEndKeepsTerminators()
    {
        m_doc.load(QStringLiteral("---\r\nlicense: mit\r\n---\r\n# M\r\n\r\n## Uses\r\n\r\nx"));
        Completeness::insertSection(m_doc, QStringLiteral("citation"));
        QCOMPARE(m_doc.text(),
                 QStringLiteral("---\r\nlicense: mit\r\n---\r\n# M\r\n\r\n## Uses\r\n\r\nx\r\n\r\n"
                                "## Citation\r\n\r\n"));
        // A card whose sections are level-1 headings gets a level-1 heading.
        m_doc.load(QStringLiteral("# Uses\n\nx\n\n# Citation\n\ny\n"));
        Completeness::insertSection(m_doc, QStringLiteral("get-started"));
        QCOMPARE(m_doc.text(), QStringLiteral("# Uses\n\nx\n\n# How to Get Started with the Model"
                                              "\n\n# Citation\n\ny\n"));
        // Nothing recommended yet: at the end, after a blank line.
        m_doc.load(QStringLiteral("---\nlicense: mit\n---\n"));
        Completeness::insertSection(m_doc, QStringLiteral("uses"));
        QCOMPARE(m_doc.text(), QStringLiteral("---\nlicense: mit\n---\n\n## Uses\n\n"));
    }

    void lint_usesTheSharedList()
    {
        m_doc.load(QStringLiteral("---\na: 1\n---\n# M\n\n```\n## Evaluation\n```\n## Uses\n"
                                  "Training\n========\n## Risks\n"));
        QStringList messages;
        for (const Diagnostic &d : CardLinter::lint(m_doc)) {
            if (d.code == QLatin1String("section-missing")) {
                messages.append(d.message);
            }
        }
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].contains(QLatin1String("evaluation")));
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
