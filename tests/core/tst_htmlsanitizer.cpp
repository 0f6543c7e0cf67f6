#include "htmlsanitizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

// The sanitizer on its own: what card HTML may keep, and that nothing clever gets past.
class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void formatting_isKept_data();
    void formatting_isKept();
    void dangerousMarkup_isRemoved_data();
    void dangerousMarkup_isRemoved();
    void scriptContent_isDropped();
    void scriptInsideScriptName_isText();
    void comments_areDropped();
    void unclosedComment_dropsTheRest();
    void eventHandlers_areDropped();
    void javascriptUrls_areDropped_data();
    void javascriptUrls_areDropped();
    void dataUrls_onlyRasterImages();
    void unquotedAttributes_areQuoted();
    void quotedGreaterThan_staysInAttribute();
    void unterminatedTag_isDropped();
    void unclosedElements_areClosed();
    void strayEndTags_areDropped();
    void text_isEscaped();
    void taskCheckbox_isKeptDisabled();
    void otherInputs_areDropped();
    void style_keepsSafeDeclarationsOnly();
    void reservedClasses_areRemoved();
    void ids_andFragments_arePrefixed();
    void relativeImage_resolvesAgainstBase();
    void relativeLink_resolvesAgainstBase();
    void parentFolder_staysResolved();
    void noBase_keepsRelativeUrls();
    void remoteImage_isBlocked();
    void remoteImage_isAllowed();
    void protocolRelativeImage_isRemote();
    void deepNesting_isCapped();
    void pathologicalInput_isLinear_data();
    void pathologicalInput_isLinear();
    void randomInput_staysSafeAndBalanced();

private:
    static QString clean(const QString &html, const HtmlSanitizer::Policy &policy = {})
    {
        return HtmlSanitizer::sanitize(html, policy);
    }
    const HtmlSanitizer::Policy m_card{QUrl(u"file:///cards/model/"_s), false};
};

void TestHtmlSanitizer::formatting_isKept_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    const auto same = [](const char *name, const QString &html) {
        QTest::newRow(name) << html << html;
    };
    same("paragraph", u"<p>a <strong>b</strong> <em>c</em> <del>d</del></p>"_s);
    same("code", u"<pre><code class=\"language-python\">x = 1\n</code></pre>"_s);
    same("table", u"<table><thead><tr><th align=\"left\">a</th></tr></thead>"
                  u"<tbody><tr><td align=\"right\" colspan=\"2\">1</td></tr></tbody></table>"_s);
    same("lists", u"<ol start=\"3\"><li>a</li></ol><ul><li>b</li></ul>"_s);
    same("details", u"<details open><summary>More</summary><p>x</p></details>"_s);
    same("misc", u"<blockquote><p>q</p></blockquote><hr><br><sup>1</sup><sub>2</sub>"_s);
    same("headings", u"<h1>a</h1><h6 align=\"center\">b</h6>"_s);
    same("image", u"<img src=\"https://example.com/a.png\" alt=\"A\" width=\"200\">"_s);
    QTest::newRow("uppercase") << u"<P ALIGN=CENTER><B>x</B></P>"_s
                               << u"<p align=\"center\"><b>x</b></p>"_s;
    QTest::newRow("self-closing") << u"<br/><hr />"_s << u"<br><hr>"_s;
    QTest::newRow("bad width") << u"<img alt=\"a\" width=\"100;x\">"_s << u"<img alt=\"a\">"_s;
}

void TestHtmlSanitizer::formatting_isKept()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(clean(html, {QUrl(), true}), expected);
}

void TestHtmlSanitizer::dangerousMarkup_isRemoved_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iframe") << u"a<iframe src=\"https://x\">b</iframe>c"_s << u"ac"_s;
    QTest::newRow("object") << u"<object data=\"x.swf\">fallback</object>"_s << u"fallback"_s;
    QTest::newRow("embed") << u"<embed src=\"x.swf\">"_s << u""_s;
    QTest::newRow("form") << u"<form action=\"https://x\"><button formaction=\"y\">Go</button>"
                             u"<select><option>o</option></select></form>"_s
                          << u"Goo"_s;
    QTest::newRow("style element") << u"<style>body{display:none}</style>x"_s << u"x"_s;
    QTest::newRow("svg") << u"<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>"_s << u""_s;
    QTest::newRow("meta") << u"<meta http-equiv=\"refresh\" content=\"0;url=x\">"_s << u""_s;
    QTest::newRow("base") << u"<base href=\"https://evil/\">"_s << u""_s;
    QTest::newRow("link") << u"<link rel=\"stylesheet\" href=\"x.css\">"_s << u""_s;
    QTest::newRow("noscript") << u"<noscript><img src=x onerror=alert(1)></noscript>"_s << u""_s;
    QTest::newRow("template") << u"<template><p>x</p></template>y"_s << u"y"_s;
    QTest::newRow("plaintext") << u"a<plaintext><b>all</b> the rest"_s << u"a"_s;
    QTest::newRow("textarea") << u"<textarea></textarea><img src=x onerror=1></textarea>"_s
                              << u"<img src=\"x\">"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html><?xml version=\"1.0\"?>x"_s << u"x"_s;
    QTest::newRow("cdata") << u"<![CDATA[<script>x</script>]]>y"_s << u"x]]&gt;y"_s;
}

void TestHtmlSanitizer::dangerousMarkup_isRemoved()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(clean(html), expected);
}

void TestHtmlSanitizer::scriptContent_isDropped()
{
    QCOMPARE(clean(u"a<script>alert('<b>x</b>')</script>b"_s), u"ab"_s);
    QCOMPARE(clean(u"a<SCRIPT type=module>x</ScRiPt >b"_s), u"ab"_s);
    QCOMPARE(clean(u"a<script>x</scripty>still script</script>b"_s), u"ab"_s);
    QCOMPARE(clean(u"a<script>never closed <p>x</p>"_s), u"a"_s);
}

void TestHtmlSanitizer::scriptInsideScriptName_isText()
{
    // `<scr<script>` is one unknown tag to a browser, and to us.
    const QString out = clean(u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s);
    QVERIFY2(!out.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(out));
    QCOMPARE(out, u"ipt&gt;alert(1)ipt&gt;"_s);
}

void TestHtmlSanitizer::comments_areDropped()
{
    QCOMPARE(clean(u"a<!-- <script>x</script> -->b<!---->c<!-->d<!--->e<!-- x --!>f"_s),
             u"abcdef"_s);
}

void TestHtmlSanitizer::unclosedComment_dropsTheRest()
{
    QCOMPARE(clean(u"a<!-- <img src=x onerror=alert(1)> -- >"_s), u"a"_s);
}

void TestHtmlSanitizer::eventHandlers_areDropped()
{
    const QString out = clean(u"<img src=x ONERROR=alert(1) onload='y'><a href=\"https://x\" "
                              u"onclick=\"z\" onmouseover=z>t</a><b/onclick=z>u</b>"_s);
    QVERIFY2(!out.contains(u"on"_s, Qt::CaseInsensitive), qPrintable(out));
    QCOMPARE(out, u"<img src=\"x\"><a href=\"https://x\">t</a><b>u</b>"_s);
}

void TestHtmlSanitizer::javascriptUrls_areDropped_data()
{
    QTest::addColumn<QString>("href");
    QTest::newRow("plain") << u"javascript:alert(1)"_s;
    QTest::newRow("uppercase") << u"JAVASCRIPT:alert(1)"_s;
    QTest::newRow("hex entity") << u"jav&#x61;script:alert(1)"_s;
    QTest::newRow("decimal entity") << u"&#106;avascript:alert(1)"_s;
    QTest::newRow("no semicolon") << u"&#106avascript:alert(1)"_s;
    QTest::newRow("padded entity") << u"&#x0000006A;avascript:alert(1)"_s;
    QTest::newRow("colon entity") << u"javascript&colon;alert(1)"_s;
    QTest::newRow("tab") << u"java\tscript:alert(1)"_s;
    QTest::newRow("tab entity") << u"java&Tab;script:alert(1)"_s;
    QTest::newRow("newline") << u"java\nscript:alert(1)"_s;
    QTest::newRow("leading space") << u"  \x01javascript:alert(1)"_s;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s;
    QTest::newRow("data html") << u"data:text/html,<script>alert(1)</script>"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
}

void TestHtmlSanitizer::javascriptUrls_areDropped()
{
    QFETCH(QString, href);
    for (const QString &quote : {u"\""_s, u"'"_s}) {
        const QString out = clean(u"<a href="_s + quote + href + quote + u">x</a>"_s, m_card);
        QCOMPARE(out, u"<a>x</a>"_s);
    }
    const QString image = clean(u"<img src=\""_s + href + u"\">"_s, m_card);
    QVERIFY2(!image.contains(u"script"_s, Qt::CaseInsensitive), qPrintable(image));
    QVERIFY2(!image.contains(u"src="_s), qPrintable(image));
}

void TestHtmlSanitizer::dataUrls_onlyRasterImages()
{
    QCOMPARE(clean(u"<img src=\"data:image/png;base64,iVBORw0K\">"_s),
             u"<img src=\"data:image/png;base64,iVBORw0K\">"_s);
    QCOMPARE(clean(u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"_s), u"<img>"_s);
    QCOMPARE(clean(u"<img src=\"data:image/png,<svg>\">"_s), u"<img>"_s);
    QCOMPARE(clean(u"<a href=\"data:image/png;base64,AAAA\">x</a>"_s), u"<a>x</a>"_s);
}

void TestHtmlSanitizer::unquotedAttributes_areQuoted()
{
    QCOMPARE(clean(u"<img alt=a\"b title=c'd width=10>"_s),
             u"<img alt=\"a&quot;b\" title=\"c&#39;d\" width=\"10\">"_s);
}

void TestHtmlSanitizer::quotedGreaterThan_staysInAttribute()
{
    QCOMPARE(clean(u"<img alt=\"a > b <script>\">x"_s),
             u"<img alt=\"a &gt; b &lt;script&gt;\">x"_s);
}

void TestHtmlSanitizer::unterminatedTag_isDropped()
{
    QCOMPARE(clean(u"a<img src=\"x onerror=alert(1)>b"_s), u"a"_s);
    QCOMPARE(clean(u"a<b"_s), u"a"_s);
    QCOMPARE(clean(u"a<"_s), u"a&lt;"_s);
    QCOMPARE(clean(u"a</"_s), u"a&lt;/"_s);
}

void TestHtmlSanitizer::unclosedElements_areClosed()
{
    QCOMPARE(clean(u"<div><p><b>x"_s), u"<div><p><b>x</b></p></div>"_s);
    QCOMPARE(clean(u"<div><b>x</div>y"_s), u"<div><b>x</b></div>y"_s);
}

void TestHtmlSanitizer::strayEndTags_areDropped()
{
    QCOMPARE(clean(u"</div></p>x</b></script></iframe></>"_s), u"x"_s);
}

void TestHtmlSanitizer::text_isEscaped()
{
    QCOMPARE(clean(u"a < b & c > d &amp; &#x3C; &copy; &bogus; &\u0000"_s),
             u"a &lt; b &amp; c &gt; d &amp; &#x3C; &copy; &bogus; &amp;\uFFFD"_s);
}

void TestHtmlSanitizer::taskCheckbox_isKeptDisabled()
{
    QCOMPARE(clean(u"<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked>"_s),
             u"<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>"_s);
    QCOMPARE(clean(u"<input type=CHECKBOX>"_s), u"<input type=\"checkbox\" disabled>"_s);
}

void TestHtmlSanitizer::otherInputs_areDropped()
{
    QCOMPARE(clean(u"<input><input type=text value=x><input type=image src=x>"_s), u""_s);
}

void TestHtmlSanitizer::style_keepsSafeDeclarationsOnly()
{
    QCOMPARE(
        clean(u"<div style=\"text-align: center; background: url(x); color: #f00;"
              u" width: 50%; behavior: x; margin: 0 auto\">x</div>"_s),
        u"<div style=\"text-align: center; color: #f00; width: 50%; margin: 0 auto\">x</div>"_s);
    QCOMPARE(clean(u"<p style=\"width: expression(alert(1)); color: re\\64\">x</p>"_s),
             u"<p>x</p>"_s);
    QCOMPARE(clean(u"<p style=\"color: red&#59; background-image&#58; url(x)\">x</p>"_s),
             u"<p style=\"color: red\">x</p>"_s);
}

void TestHtmlSanitizer::reservedClasses_areRemoved()
{
    QCOMPARE(clean(u"<span class=\"math  math-inline ok katex-x card-title eval-x "
                   u"blocked-remote\">x</span>"_s),
             u"<span class=\"ok\">x</span>"_s);
}

void TestHtmlSanitizer::ids_andFragments_arePrefixed()
{
    QCOMPARE(clean(u"<a name=\"intro\"></a><h2 id=\"x\">x</h2><a href=\"#intro\">i</a>"_s),
             u"<a id=\"user-content-intro\"></a><h2 id=\"user-content-x\">x</h2>"
             u"<a href=\"#user-content-intro\">i</a>"_s);
}

void TestHtmlSanitizer::relativeImage_resolvesAgainstBase()
{
    QCOMPARE(clean(u"<img src=\"img/a b.png\"><img src=\"./c%20d.png\">"_s, m_card),
             u"<img src=\"file:///cards/model/img/a%20b.png\">"
             u"<img src=\"file:///cards/model/c%20d.png\">"_s);
}

void TestHtmlSanitizer::relativeLink_resolvesAgainstBase()
{
    QCOMPARE(clean(u"<a href=\"LICENSE\">l</a><a href=\"docs/a.md#x\">d</a>"_s, m_card),
             u"<a href=\"file:///cards/model/LICENSE\">l</a>"
             u"<a href=\"file:///cards/model/docs/a.md#x\">d</a>"_s);
}

void TestHtmlSanitizer::parentFolder_staysResolved()
{
    // The preview's URL interceptor refuses files outside the card's folder.
    QCOMPARE(clean(u"<img src=\"../../../etc/passwd\">"_s, m_card),
             u"<img src=\"file:///etc/passwd\">"_s);
}

void TestHtmlSanitizer::noBase_keepsRelativeUrls()
{
    QCOMPARE(clean(u"<img src=\"img/a.png\"><a href=\"a:b\">x</a>"_s),
             u"<img src=\"img/a.png\"><a>x</a>"_s);
}

void TestHtmlSanitizer::remoteImage_isBlocked()
{
    QCOMPARE(clean(u"<img class=\"wide\" src=\"https://example.com/a.png?x=1&amp;y=2\" alt=a>"_s,
                   m_card),
             u"<img data-src=\"https://example.com/a.png?x=1&amp;y=2\" alt=\"a\" "
             u"class=\"wide blocked-remote\">"_s);
}

void TestHtmlSanitizer::remoteImage_isAllowed()
{
    QCOMPARE(clean(u"<img src=\"http://example.com/a.png\">"_s, {m_card.baseUrl, true}),
             u"<img src=\"http://example.com/a.png\">"_s);
}

void TestHtmlSanitizer::protocolRelativeImage_isRemote()
{
    QCOMPARE(clean(u"<img src=\"//example.com/a.png\">"_s, m_card),
             u"<img data-src=\"https://example.com/a.png\" class=\"blocked-remote\">"_s);
    QCOMPARE(clean(u"<img src=\"\\\\example.com\\a.png\">"_s, m_card),
             u"<img data-src=\"https://example.com/a.png\" class=\"blocked-remote\">"_s);
}

void TestHtmlSanitizer::deepNesting_isCapped()
{
    const int depth = 5000;
    const QString out = clean(u"<div>"_s.repeated(depth) + u"x"_s + u"</div>"_s.repeated(depth));
    QCOMPARE(out.count(u"<div>"_s), HtmlSanitizer::maxDepth);
    QCOMPARE(out.count(u"</div>"_s), HtmlSanitizer::maxDepth);
    QVERIFY(out.contains(u'x'));
}

void TestHtmlSanitizer::pathologicalInput_isLinear_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("stray end tags") << u"<b></i></u>"_s;
    QTest::newRow("open tags") << u"<b><i>"_s;
    QTest::newRow("comment openers") << u"<!-- -- "_s;
    QTest::newRow("script openers") << u"<script></scrip"_s;
    QTest::newRow("less thans") << u"<<a<"_s;
    QTest::newRow("ampersands") << u"&#x&#&a"_s;
    QTest::newRow("attributes") << u"<a b=c d='e' f=\"g\" "_s;
    QString unique = u"<a"_s;
    for (int i = 0; unique.size() < 1000000; ++i) {
        unique += u" a%1=x"_s.arg(i);
    }
    unique += u'>';
    QTest::newRow("unique attributes") << unique;
}

void TestHtmlSanitizer::pathologicalInput_isLinear()
{
    QFETCH(QString, unit);
    // 1 MB of each: a quadratic pass would take minutes.
    const QString input = unit.repeated(std::max<qsizetype>(1, 1000000 / unit.size()));
    QElapsedTimer timer;
    timer.start();
    const QString out = clean(input);
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld ms for %lld characters", QTest::currentDataTag(), ms, qlonglong(input.size()));
    // The timing is printed, not asserted: speed targets live in the benchmarks.
}

void TestHtmlSanitizer::randomInput_staysSafeAndBalanced()
{
    // Shuffled fragments of hostile and broken HTML, fixed seed: whatever the mix, no
    // script, handler or script URL survives and every element is closed.
    const QStringList pieces = {
        u"<"_s,
        u">"_s,
        u"</"_s,
        u"/"_s,
        u"\""_s,
        u"'"_s,
        u"="_s,
        u" "_s,
        u"\n"_s,
        u"&"_s,
        u"&#x61;"_s,
        u"&colon;"_s,
        u"<!--"_s,
        u"-->"_s,
        u"<script>"_s,
        u"</script>"_s,
        u"script"_s,
        u"<scr"_s,
        u"ipt>"_s,
        u"<img src=x onerror=alert(1)>"_s,
        u"onclick="_s,
        u"<a href="_s,
        u"javascript:"_s,
        u"java&#x73;cript:"_s,
        u"<div>"_s,
        u"</div>"_s,
        u"<b>"_s,
        u"</i>"_s,
        u"<table><tr><td>"_s,
        u"<style>"_s,
        u"<textarea>"_s,
        u"text"_s,
        u"<svg><style><img src=x onerror=1></style>"_s,
        u"<input type=checkbox>"_s,
        u"<p style='color:red;background:url(x)'>"_s,
        u"<![CDATA["_s,
        u"]]>"_s,
        u"\0"_s,
    };
    static const QRegularExpression handler(
        u"<[a-z0-9]+(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+on[a-z]+\\s*="_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrl(u"<[^<>]*=\"\\s*javascript:"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)"_s);
    QRandomGenerator random(20240501);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i) {
            input += pieces.at(random.bounded(int(pieces.size())));
        }
        const QString out = clean(input, m_card);
        QVERIFY2(!out.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(input));
        QVERIFY2(!handler.match(out).hasMatch(), qPrintable(input + u" -> "_s + out));
        QVERIFY2(!scriptUrl.match(out).hasMatch(), qPrintable(input + u" -> "_s + out));
        QStringList open;
        for (const QRegularExpressionMatch &m : tag.globalMatch(out)) {
            const QString name = m.captured(2);
            if (name == u"img"_s || name == u"br"_s || name == u"hr"_s || name == u"input"_s) {
                continue;
            }
            if (m.captured(1).isEmpty()) {
                open.push_back(name);
            } else {
                QVERIFY2(!open.isEmpty() && open.takeLast() == name,
                         qPrintable(input + u" -> "_s + out));
            }
        }
        QVERIFY2(open.isEmpty(), qPrintable(input + u" -> "_s + out));
    }
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
