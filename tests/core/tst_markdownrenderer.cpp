#include "htmlblocks.h"
#include "jsonyaml.h"
#include "markdownrenderer.h"
#include "yamlvalue.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

YamlValue metadata(const char *json)
{
    return Test::yamlFromJson(QByteArray(json));
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void table_renders();
    void blocks_splitAtTheTopLevel();
    void blocks_joinToTheInput();
    void strikethrough_renders();
    void taskList_rendersDisabledCheckboxes();
    void autolinks_wwwUrlAndEmail();
    void fencedCode_isEscapedWithLanguage();
    void displayMath_keptWhole();
    void displayMath_spansLines();
    void displayMath_aloneIsDiv_inTextIsSpan();
    void inlineMath_keepsUnderscores();
    void inlineMath_keepsAsterisksAndBackslashes();
    void inlineMath_endsWithParagraph();
    void math_isHtmlEscaped();
    void math_inTableCellKeepsPipes();
    void math_inImageAltIsSourceText();
    void singleDollar_isNotMath();
    void escapedDollars_areNotMath();
    void emptyMath_isText();
    void singleBackslashParen_isNotMath();
    void mathInCodeSpan_isLeftAlone();
    void mathInFencedCode_isLeftAlone();
    void mathInIndentedCode_isLeftAlone();
    void mathAcrossCode_isNotMath();
    void placeholderLookalike_staysText();
    void script_isRemoved();
    void eventHandlers_areRemoved();
    void javascriptLink_isRemoved();
    void relativeImage_isResolved();
    void relativeLink_isResolved();
    void remoteImage_isBlocked();
    void remoteImage_isAllowed();
    void header_chipsAreEscaped();
    void header_languageStringOrList();
    void header_emptyWithoutContent();
    void evalResults_table();
    void evalResults_malformedIsEmpty();
    void randomInput_staysSafe();
    void largeBody_rendersFast();

private:
    static QString body(const QString &markdown, const RenderOptions &options = {})
    {
        return MarkdownRenderer::renderBody(markdown, options);
    }
    const RenderOptions m_card{QUrl(u"file:///cards/model/"_s), false};
};

void TestMarkdownRenderer::blocks_splitAtTheTopLevel()
{
    const QString html = u"<p>a <b>b</b></p>\n<div><div>nested</div></div>\n<hr>\n"
                         u"<p title=\"x>y\">quoted</p>\n<ul>\n<li>one</li>\n</ul>\n"
                         u"<!-- <p> --><img src=\"i.png\" />\n<pre><code>&lt;p&gt;</code></pre>"_s;
    const QStringList blocks = HtmlBlocks::split(html);
    QCOMPARE(blocks, (QStringList{u"<p>a <b>b</b></p>\n"_s, u"<div><div>nested</div></div>\n"_s,
                                  u"<hr>\n"_s, u"<p title=\"x>y\">quoted</p>\n"_s,
                                  u"<ul>\n<li>one</li>\n</ul>\n"_s,
                                  u"<!-- <p> --><img src=\"i.png\" />\n"_s,
                                  u"<pre><code>&lt;p&gt;</code></pre>"_s}));
    QVERIFY(HtmlBlocks::split(QString()).isEmpty());
    QCOMPARE(HtmlBlocks::split(u"text only"_s), QStringList{u"text only"_s});
}

void TestMarkdownRenderer::blocks_joinToTheInput()
{
    const QString md = u"# Title\n\nSome *text* and $$x$$.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                       u"<div align=\"center\">\n\n**bold**\n\n</div>\n\n```\n<p>code</p>\n```\n"_s;
    const QString html = MarkdownRenderer::renderBody(md, {});
    const QStringList blocks = HtmlBlocks::split(html);
    QCOMPARE(blocks.join(QString()), html);
    // Title, paragraph, table, the div (its content inside it), code.
    QCOMPARE(blocks.size(), 5);
    QVERIFY(blocks[3].startsWith(u"<div"_s));
    QVERIFY(blocks[3].contains(u"<strong>bold</strong>"_s));
}

void TestMarkdownRenderer::table_renders()
{
    const QString out = body(u"| a | b |\n| :-- | --: |\n| 1 | `x` |\n"_s);
    QVERIFY2(out.contains(u"<table>"_s), qPrintable(out));
    QVERIFY(out.contains(u"<th align=\"left\">a</th>"_s));
    QVERIFY(out.contains(u"<td align=\"right\"><code>x</code></td>"_s));
}

void TestMarkdownRenderer::strikethrough_renders()
{
    QCOMPARE(body(u"~~gone~~ and ~one~"_s), u"<p><del>gone</del> and <del>one</del></p>\n"_s);
}

void TestMarkdownRenderer::taskList_rendersDisabledCheckboxes()
{
    const QString out = body(u"- [ ] todo\n- [x] done\n"_s);
    QVERIFY2(out.contains(u"<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                          u"disabled>todo"_s),
             qPrintable(out));
    QVERIFY(out.contains(u"disabled checked>done"_s));
}

void TestMarkdownRenderer::autolinks_wwwUrlAndEmail()
{
    const QString out = body(u"www.example.com, https://example.org/a_b and me@example.net"_s);
    QVERIFY2(out.contains(u"<a href=\"http://www.example.com\">www.example.com</a>"_s),
             qPrintable(out));
    QVERIFY(out.contains(u"<a href=\"https://example.org/a_b\">https://example.org/a_b</a>"_s));
    QVERIFY(out.contains(u"<a href=\"mailto:me@example.net\">me@example.net</a>"_s));
}

void TestMarkdownRenderer::fencedCode_isEscapedWithLanguage()
{
    QCOMPARE(body(u"```python\nif a < b and c:\n    print('<script>')\n```\n"_s),
             u"<pre><code class=\"language-python\">if a &lt; b and c:\n"
             u"    print('&lt;script&gt;')\n</code></pre>\n"_s);
}

void TestMarkdownRenderer::displayMath_keptWhole()
{
    const QString out = body(u"$$a_1 * b_2 * c_3 \\\\ \\frac{x}{y}_{i}$$"_s);
    QCOMPARE(out, u"<div class=\"math math-display\">$$a_1 * b_2 * c_3 \\\\ \\frac{x}{y}_{i}$$"
                  u"</div>\n"_s);
}

void TestMarkdownRenderer::displayMath_spansLines()
{
    QString tex = u"\n\\begin{aligned}\na_1 &= *b*_2 \\\\\n\n  c &= d_1\n\\end{aligned}\n"_s;
    const QString out = body(u"Before\n\n$$"_s + tex + u"$$\n\nAfter"_s);
    QCOMPARE(out, u"<p>Before</p>\n<div class=\"math math-display\">$$"_s +
                      tex.replace(u"&"_s, u"&amp;"_s) + u"$$</div>\n<p>After</p>\n"_s);
}

void TestMarkdownRenderer::displayMath_aloneIsDiv_inTextIsSpan()
{
    QCOMPARE(body(u"$$ e=mc^2 $$"_s), u"<div class=\"math math-display\">$$ e=mc^2 $$</div>\n"_s);
    QCOMPARE(body(u"so $$x_1$$ holds"_s),
             u"<p>so <span class=\"math math-display\">$$x_1$$</span> holds</p>\n"_s);
}

void TestMarkdownRenderer::inlineMath_keepsUnderscores()
{
    QCOMPARE(body(u"with \\\\(\\beta_{1} = 0.9\\\\) and \\\\(a_b_c\\\\)."_s),
             u"<p>with <span class=\"math math-inline\">\\(\\beta_{1} = 0.9\\)</span> and "
             u"<span class=\"math math-inline\">\\(a_b_c\\)</span>.</p>\n"_s);
}

void TestMarkdownRenderer::inlineMath_keepsAsterisksAndBackslashes()
{
    QCOMPARE(body(u"*x* \\\\(a * b * c \\\\ d \\{e\\}\\\\) *y*"_s),
             u"<p><em>x</em> <span class=\"math math-inline\">\\(a * b * c \\\\ d \\{e\\}\\)"
             u"</span> <em>y</em></p>\n"_s);
}

void TestMarkdownRenderer::inlineMath_endsWithParagraph()
{
    const QString out = body(u"\\\\(a_1\n\nb_2\\\\)"_s);
    QVERIFY2(!out.contains(u"math"_s), qPrintable(out));
    // Within a paragraph it may span lines.
    QVERIFY(body(u"\\\\(a_1\nb_2\\\\)"_s).contains(u"\\(a_1\nb_2\\)"_s));
}

void TestMarkdownRenderer::math_isHtmlEscaped()
{
    QCOMPARE(body(u"\\\\(a<b>c & \"d\"\\\\)"_s),
             u"<p><span class=\"math math-inline\">\\(a&lt;b&gt;c &amp; &quot;d&quot;\\)"
             u"</span></p>\n"_s);
    QVERIFY(!body(u"$$</div><script>alert(1)</script>$$"_s).contains(u"<script"_s));
}

void TestMarkdownRenderer::math_inTableCellKeepsPipes()
{
    const QString out = body(u"| a | b |\n| --- | --- |\n| $$|x|$$ | 2 |\n"_s);
    QVERIFY2(out.contains(u"<td><span class=\"math math-display\">$$|x|$$</span></td>"_s),
             qPrintable(out));
}

void TestMarkdownRenderer::math_inImageAltIsSourceText()
{
    const QString out = body(u"![\\\\(x_1\\\\)](a.png)"_s);
    QCOMPARE(out, u"<p><img src=\"a.png\" alt=\"\\\\(x_1\\\\)\"></p>\n"_s);
}

void TestMarkdownRenderer::singleDollar_isNotMath()
{
    QCOMPARE(body(u"costs $5 and $10, or $x_1$ and $a*b*c$"_s),
             u"<p>costs $5 and $10, or $x_1$ and $a<em>b</em>c$</p>\n"_s);
}

void TestMarkdownRenderer::escapedDollars_areNotMath()
{
    const QString out = body(u"\\$$x$$"_s);
    QVERIFY2(!out.contains(u"math"_s), qPrintable(out));
}

void TestMarkdownRenderer::emptyMath_isText()
{
    QCOMPARE(body(u"$$$$ and $$ $$"_s), u"<p>$$$$ and $$ $$</p>\n"_s);
}

void TestMarkdownRenderer::singleBackslashParen_isNotMath()
{
    // The Hub's inline delimiter is `\\(`; `\(` is markdown's escaped parenthesis.
    QCOMPARE(body(u"\\(a_1\\)"_s), u"<p>(a_1)</p>\n"_s);
}

void TestMarkdownRenderer::mathInCodeSpan_isLeftAlone()
{
    QCOMPARE(body(u"`$$a_b$$` and `\\\\(x\\\\)`"_s),
             u"<p><code>$$a_b$$</code> and <code>\\\\(x\\\\)</code></p>\n"_s);
}

void TestMarkdownRenderer::mathInFencedCode_isLeftAlone()
{
    QCOMPARE(body(u"```\n$$a_b$$\n\\\\(x\\\\)\n```\n"_s),
             u"<pre><code>$$a_b$$\n\\\\(x\\\\)\n</code></pre>\n"_s);
    QCOMPARE(body(u"> ~~~tex\n> $$x$$\n> ~~~\n"_s),
             u"<blockquote>\n<pre><code class=\"language-tex\">$$x$$\n</code></pre>\n"
             u"</blockquote>\n"_s);
}

void TestMarkdownRenderer::mathInIndentedCode_isLeftAlone()
{
    QCOMPARE(body(u"text\n\n    $$a_b$$\n"_s),
             u"<p>text</p>\n<pre><code>$$a_b$$\n</code></pre>\n"_s);
}

void TestMarkdownRenderer::mathAcrossCode_isNotMath()
{
    const QString out = body(u"$$ a `code` b $$"_s);
    QVERIFY2(!out.contains(u"math"_s), qPrintable(out));
    QVERIFY(out.contains(u"<code>code</code>"_s));
}

void TestMarkdownRenderer::placeholderLookalike_staysText()
{
    QCOMPARE(body(u"cgmathq0x and \\\\(y\\\\)"_s),
             u"<p>cgmathq0x and <span class=\"math math-inline\">\\(y\\)</span></p>\n"_s);
}

void TestMarkdownRenderer::script_isRemoved()
{
    const QString out = body(u"a\n\n<script>alert(1)</script>\n\nb <script>x</script>"_s);
    QVERIFY2(!out.contains(u"script"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY(!out.contains(u"alert"_s));
}

void TestMarkdownRenderer::eventHandlers_areRemoved()
{
    const QString out = body(u"<div align=center onclick=\"x()\">\n\n<img src=a.png "
                             u"onerror=alert(1)>\n\n</div>"_s,
                             m_card);
    QVERIFY2(!out.contains(u"onclick"_s) && !out.contains(u"onerror"_s), qPrintable(out));
    QVERIFY(out.contains(u"<div align=\"center\">"_s));
    QVERIFY(out.contains(u"<img src=\"file:///cards/model/a.png\">"_s));
}

void TestMarkdownRenderer::javascriptLink_isRemoved()
{
    const QString out = body(u"[a](javascript:alert(1)) [b](<JaVaScRiPt:x>) "
                             u"<a href=\"jav&#x61;script:y\">c</a>"_s);
    QVERIFY2(!out.contains(u"javascript"_s, Qt::CaseInsensitive), qPrintable(out));
    QCOMPARE(out, u"<p><a>a</a> <a>b</a> <a>c</a></p>\n"_s);
}

void TestMarkdownRenderer::relativeImage_isResolved()
{
    QCOMPARE(body(u"![A](img/a.png \"T\")"_s, m_card),
             u"<p><img src=\"file:///cards/model/img/a.png\" alt=\"A\" title=\"T\"></p>\n"_s);
}

void TestMarkdownRenderer::relativeLink_isResolved()
{
    QCOMPARE(body(u"[license](LICENSE) [up](../x.md)"_s, m_card),
             u"<p><a href=\"file:///cards/model/LICENSE\">license</a> "
             u"<a href=\"file:///cards/x.md\">up</a></p>\n"_s);
}

void TestMarkdownRenderer::remoteImage_isBlocked()
{
    QCOMPARE(body(u"![logo](https://example.com/logo.png)"_s, m_card),
             u"<p><img data-src=\"https://example.com/logo.png\" alt=\"logo\" "
             u"class=\"blocked-remote\"></p>\n"_s);
}

void TestMarkdownRenderer::remoteImage_isAllowed()
{
    QCOMPARE(body(u"![logo](https://example.com/logo.png)"_s, {m_card.baseUrl, true}),
             u"<p><img src=\"https://example.com/logo.png\" alt=\"logo\"></p>\n"_s);
}

void TestMarkdownRenderer::header_chipsAreEscaped()
{
    const QString out = MarkdownRenderer::renderHeader(
        u"org/<b>model</b>"_s,
        metadata(R"({"license": "mit<script>", "pipeline_tag": "text-classification",
                     "library_name": "a&b", "datasets": ["x\"y", "imdb"],
                     "base_model": "org/base", "tags": ["<img src=x>"]})"));
    QVERIFY2(!out.contains(u"<script"_s) && !out.contains(u"<img"_s) && !out.contains(u"<b>"_s),
             qPrintable(out));
    QVERIFY(out.startsWith(u"<header class=\"card-header\">\n"
                           u"<h1 class=\"card-title\">org/&lt;b&gt;model&lt;/b&gt;</h1>\n"_s));
    QVERIFY(out.contains(u"<li class=\"card-chip card-chip-license\"><span "
                         u"class=\"card-chip-label\">License:</span> mit&lt;script&gt;</li>"_s));
    QVERIFY(out.contains(u"title=\"Task\">text-classification</li>"_s));
    QVERIFY(out.contains(u"title=\"Library\">a&amp;b</li>"_s));
    QVERIFY(out.contains(u"title=\"Dataset\">x&quot;y</li>"_s));
    QVERIFY(out.contains(u"title=\"Dataset\">imdb</li>"_s));
    QVERIFY(out.contains(u"card-chip-base-model"_s));
    QVERIFY(out.contains(u"title=\"Tag\">&lt;img src=x&gt;</li>"_s));
}

void TestMarkdownRenderer::header_languageStringOrList()
{
    const QString one = MarkdownRenderer::renderHeader(u"m"_s, metadata(R"({"language": "en"})"));
    QCOMPARE(one.count(u"card-chip-language"_s), 1);
    const QString many = MarkdownRenderer::renderHeader(
        u"m"_s, metadata(R"({"language": ["en", "fr", 3, {"x": 1}], "base_model": ["a", "b"]})"));
    QCOMPARE(many.count(u"card-chip-language"_s), 3);
    QVERIFY(many.contains(u"title=\"Language\">3</li>"_s));
    QCOMPARE(many.count(u"card-chip-base-model"_s), 2);
}

void TestMarkdownRenderer::header_emptyWithoutContent()
{
    QCOMPARE(MarkdownRenderer::renderHeader(QString(), YamlValue()), QString());
    QCOMPARE(MarkdownRenderer::renderHeader(u"m"_s, YamlValue()),
             u"<header class=\"card-header\">\n<h1 class=\"card-title\">m</h1>\n</header>\n"_s);
}

void TestMarkdownRenderer::evalResults_table()
{
    const QString out = MarkdownRenderer::renderEvalResults(metadata(R"({"model-index": [{
        "name": "my<model>",
        "results": [{
            "task": {"type": "text-classification", "name": "Text Classification"},
            "dataset": {"type": "imdb", "name": "IMDB", "split": "test", "config": "plain"},
            "metrics": [
                {"type": "accuracy", "value": 0.953, "name": "Accuracy", "verified": true},
                {"type": "f1", "value": "20.0 <b>± 1.2</b>"}
            ]
        }]
    }]})"));
    QVERIFY2(out.startsWith(u"<section class=\"eval-results\">\n<h2 class=\"eval-title\">"
                            u"Evaluation results</h2>\n<table class=\"eval-table\">\n"
                            u"<caption class=\"eval-model\">my&lt;model&gt;</caption>"_s),
             qPrintable(out));
    QCOMPARE(out.count(u"<tr><td"_s), 2);
    QVERIFY(out.contains(u"<td class=\"eval-task\">Text Classification "
                         u"<span class=\"eval-id\">text-classification</span></td>"_s));
    QVERIFY(out.contains(u"<td class=\"eval-dataset\">IMDB <span class=\"eval-id\">imdb</span> "
                         u"<span class=\"eval-config\">plain</span></td>"_s));
    QVERIFY(out.contains(u"<td class=\"eval-split\">test</td>"_s));
    QVERIFY(out.contains(u"<td class=\"eval-metric\">Accuracy</td><td class=\"eval-value\">"
                         u"0.953 <span class=\"eval-verified\" title=\"Verified\">\u2713</span>"
                         u"</td>"_s));
    QVERIFY(out.contains(u"<td class=\"eval-metric\">f1</td><td class=\"eval-value\">"
                         u"20.0 &lt;b&gt;± 1.2&lt;/b&gt;</td>"_s));
    QVERIFY(!out.contains(u"eval-source"_s));

    const QString sourced = MarkdownRenderer::renderEvalResults(metadata(R"({"model-index": [{
        "name": "m", "results": [{"task": {"type": "t"}, "dataset": {"type": "d", "name": "d"},
        "metrics": [{"type": "acc", "value": 1}],
        "source": {"name": "Paper", "url": "https://example.com/p?a=1&b=2"}}]}]})"));
    QVERIFY2(sourced.contains(u"<td class=\"eval-source\"><a href=\"https://example.com/p?a=1&amp;"
                              u"b=2\">Paper</a></td>"_s),
             qPrintable(sourced));
    QVERIFY(sourced.contains(u"<td class=\"eval-value\">1</td>"_s));
}

void TestMarkdownRenderer::evalResults_malformedIsEmpty()
{
    const char *cases[] = {
        R"({})",
        R"({"model-index": "x"})",
        R"({"model-index": []})",
        R"({"model-index": ["x"]})",
        R"({"model-index": [{"name": "m"}]})",
        R"({"model-index": [{"name": "m", "results": {"a": 1}}]})",
        R"({"model-index": [{"name": "m", "results": [{"metrics": "x"}, 3]}]})",
        R"({"model-index": [{"name": "m", "results": [{"metrics": [1, "a"]}]}]})",
    };
    for (const char *json : cases) {
        QVERIFY2(MarkdownRenderer::renderEvalResults(metadata(json)).isEmpty(), json);
    }
    QVERIFY(MarkdownRenderer::renderEvalResults(YamlValue::string(u"x"_s)).isEmpty());
}

void TestMarkdownRenderer::randomInput_staysSafe()
{
    // Markdown, math delimiters, code and HTML shuffled with a fixed seed: no crash, no
    // script, no placeholder left behind, every math element well formed.
    const QStringList pieces = {
        u"$$"_s,
        u"$"_s,
        u"\\\\("_s,
        u"\\\\)"_s,
        u"\\"_s,
        u"`"_s,
        u"```\n"_s,
        u"\n"_s,
        u"\n\n"_s,
        u"    "_s,
        u"> "_s,
        u"- "_s,
        u"| a |"_s,
        u"\n| --- |\n"_s,
        u"*"_s,
        u"_"_s,
        u"x"_s,
        u"<"_s,
        u">"_s,
        u"<script>alert(1)</script>"_s,
        u"<img src=x onerror=y>"_s,
        u"[a](javascript:b)"_s,
        u"![i](https://x/y.png)"_s,
        u"<div>"_s,
        u"</div>"_s,
        u"<!--"_s,
        u"&"_s,
        u"cgmathq"_s,
        u"0x"_s,
        u"www.example.com"_s,
        u"~~"_s,
        u"[ ] "_s,
    };
    static const QRegularExpression handler(
        u"<[a-z0-9]+(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+on[a-z]+\\s*="_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression math(
        u"<(span|div) class=\"math math-(inline|display)\">([^<]*)</(span|div)>"_s);
    QRandomGenerator random(1234);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int count = random.bounded(1, 30);
        for (int i = 0; i < count; ++i) {
            input += pieces.at(random.bounded(int(pieces.size())));
        }
        const QString out = body(input, m_card);
        const QString context = input + u" -> "_s + out;
        QVERIFY2(!out.contains(u"<script"_s), qPrintable(context));
        QVERIFY2(!handler.match(out).hasMatch(), qPrintable(context));
        QVERIFY2(input.contains(u"cgmathq"_s) || !out.contains(u"cgmathq"_s), qPrintable(context));
        QCOMPARE(out.count(u"class=\"math "_s), out.count(math));
        for (const QRegularExpressionMatch &m : math.globalMatch(out)) {
            const bool display = m.captured(2) == u"display"_s;
            const QString text = m.captured(3);
            QVERIFY2(display ? text.startsWith(u"$$"_s) && text.endsWith(u"$$"_s)
                             : text.startsWith(u"\\("_s) && text.endsWith(u"\\)"_s),
                     qPrintable(context));
        }
    }
}

void TestMarkdownRenderer::largeBody_rendersFast()
{
    // About 600 KB, mixing what real cards hold: prose, tables, code, HTML, math, links.
    const QString chunk =
        u"## Section\n\nSome *prose* with **bold**, `code`, a [link](https://example.com/a_b) "
        u"and www.example.org, costs $5, \\\\(\\alpha_i\\\\) inline.\n\n"
        u"| metric | value |\n| --- | --- |\n| acc | 0.9 |\n| f1 | 0.8 |\n\n"
        u"```python\nfor i in range(10):\n    print(i)  # $$ not math $$\n```\n\n"
        u"<p align=\"center\"><img src=\"img/fig.png\" width=\"300\" onerror=\"x\"></p>\n\n"
        u"$$\n\\sum_{i=1}^{n} x_i^2\n$$\n\n- [x] task\n- item with ~~strike~~\n\n"_s;
    const QString markdown = chunk.repeated(600 * 1024 / chunk.size());
    QElapsedTimer timer;
    timer.start();
    const QString out = body(markdown, m_card);
    const qint64 ms = timer.elapsed();
    qInfo("%lld KB rendered to %lld KB in %lld ms", qlonglong(markdown.toUtf8().size() / 1024),
          qlonglong(out.size() / 1024), ms);
    QVERIFY(out.contains(u"math-display"_s));
    // The timing is printed, not asserted: speed targets live in the benchmarks.
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
