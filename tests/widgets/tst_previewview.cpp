#include "previewpage.h"
#include "previewview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace Cardigan;

// What the preview may load, and a smoke test that the real page typesets math and
// never runs the card's script.
class TestPreviewView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // What @p script gives in our own world, as text.
    static QString evaluate(PreviewView &view, const QString &script)
    {
        QString out = QStringLiteral("(no answer)");
        bool done = false;
        view.view()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                           [&](const QVariant &v) {
                                               out = v.toString();
                                               done = true;
                                           });
        return QTest::qWaitFor([&] { return done; }, 10000) ? out : QStringLiteral("(timeout)");
    }

private slots:
    void policy_allowsOnlyTheCardsFolderAndKatex()
    {
        using RT = QWebEngineUrlRequestInfo;
        QDir(m_dir.path()).mkpath(QStringLiteral("card/img"));
        QFile(m_dir.filePath(QStringLiteral("card/img/a.png"))).open(QIODevice::WriteOnly);
        QFile(m_dir.filePath(QStringLiteral("secret.txt"))).open(QIODevice::WriteOnly);
        QFile::link(m_dir.filePath(QStringLiteral("secret.txt")),
                    m_dir.filePath(QStringLiteral("card/link.txt")));
        const QStringList roots = {
            QFileInfo(m_dir.filePath(QStringLiteral("card"))).canonicalFilePath()};
        auto file = [&](const QString &rel) { return QUrl::fromLocalFile(m_dir.filePath(rel)); };
        QVERIFY(PreviewUrlPolicy::allows(file(QStringLiteral("card/img/a.png")),
                                         RT::ResourceTypeImage, roots, false));
        QVERIFY(!PreviewUrlPolicy::allows(file(QStringLiteral("secret.txt")), RT::ResourceTypeImage,
                                          roots, false));
        QVERIFY(!PreviewUrlPolicy::allows(file(QStringLiteral("card/../secret.txt")),
                                          RT::ResourceTypeImage, roots, false));
        QVERIFY(!PreviewUrlPolicy::allows(file(QStringLiteral("card/link.txt")),
                                          RT::ResourceTypeImage, roots, false));
        const QUrl remote(QStringLiteral("https://example.org/a.png"));
        QVERIFY(!PreviewUrlPolicy::allows(remote, RT::ResourceTypeImage, roots, false));
        QVERIFY(PreviewUrlPolicy::allows(remote, RT::ResourceTypeImage, roots, true));
        QVERIFY(!PreviewUrlPolicy::allows(remote, RT::ResourceTypeScript, roots, true));
        QVERIFY(!PreviewUrlPolicy::allows(QUrl(QStringLiteral("ftp://example.org/x")),
                                          RT::ResourceTypeImage, roots, true));
    }

    void update_sendsTheBodyOnlyWhenItChanged()
    {
        PreviewView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy shown(&view, &PreviewView::contentShown);
        PreviewContent content;
        content.header = QStringLiteral("<h1>first</h1>");
        content.body =
            QStringLiteral("<p>Body <span class=\"math math-inline\">\\(x\\)</span></p>");
        view.setContent(content);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toInt(), 1);
        // Mark the page's body: a body sent again would replace the mark.
        auto run = [&](const QString &js) {
            QVariant result;
            bool done = false;
            view.view()->page()->runJavaScript(js, QWebEngineScript::ApplicationWorld,
                                               [&](const QVariant &v) {
                                                   result = v;
                                                   done = true;
                                               });
            return QTest::qWaitFor([&] { return done; }, 10000) ? result : QVariant();
        };
        run(QStringLiteral("document.getElementById('card').dataset.mark = 'kept'"));
        content.header = QStringLiteral("<h1>second</h1>");
        view.setContent(content);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toInt(), 1); // the body's math, still typeset
        QCOMPARE(run(QStringLiteral("document.getElementById('header').textContent")).toString(),
                 u"second");
        QCOMPARE(run(QStringLiteral("document.getElementById('card').dataset.mark")).toString(),
                 u"kept");
        QCOMPARE(run(QStringLiteral("document.querySelectorAll('#card .katex').length")).toInt(),
                 1);
        // A new body replaces it.
        content.body = QStringLiteral("<p>Other</p>");
        view.setContent(content);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toInt(), 0);
        QCOMPARE(run(QStringLiteral("document.getElementById('card').textContent")).toString(),
                 u"Other");
    }

    void page_typesetsMathAndRunsNoCardScript()
    {
        PreviewView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy shown(&view, &PreviewView::contentShown);
        PreviewContent content;
        content.header = QStringLiteral("<h1>org/model</h1>");
        // Raw, unsanitized HTML on purpose: even then the card's script must not run.
        content.body =
            QStringLiteral("<p>Inline <span class=\"math math-inline\">\\(a_1^2\\)</span></p>"
                           "<div class=\"math math-display\">$$\\sum_{i=1}^n x_i$$</div>"
                           "<img src=\"x\" onerror=\"document.title='pwned'\">"
                           "<script>document.title='pwned'</script>");
        view.setContent(content);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toInt(), 2);
        QVariant katex;
        bool done = false;
        view.view()->page()->runJavaScript(
            QStringLiteral("document.querySelectorAll('.katex').length"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                katex = v;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(katex.toInt(), 2);
        QVERIFY(view.view()->page()->title() != QLatin1String("pwned"));
    }

    void scrolling_reportedOnlyWhenTheUserScrolls()
    {
        PreviewView view;
        view.resize(400, 300);
        view.show();
        QSignalSpy shown(&view, &PreviewView::contentShown);
        QSignalSpy scrolled(&view, &PreviewView::scrolledByUser);
        QString body;
        for (int i = 0; i < 200; ++i) {
            body += QStringLiteral("<p>paragraph %1</p>").arg(i);
        }
        view.setContent({QString(), body, QString(), {}});
        QVERIFY(shown.wait(30000));
        // As the user would: the page scrolls, not our scrollToFraction.
        view.view()->page()->runJavaScript(QStringLiteral("window.scrollTo(0, 1000)"),
                                           QWebEngineScript::ApplicationWorld);
        QVERIFY(scrolled.wait(10000));
        const double fraction = scrolled.last().at(0).toDouble();
        QVERIFY2(fraction > 0.0 && fraction < 1.0, qPrintable(QString::number(fraction)));
        scrolled.clear();
        QSignalSpy moved(view.view()->page(), &QWebEnginePage::scrollPositionChanged);
        view.scrollToFraction(0.9);
        QVERIFY(moved.wait(10000));
        QCOMPARE(scrolled.count(), 0);
    }

    void changedBlocks_onlyAreReplaced()
    {
        PreviewView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy shown(&view, &PreviewView::contentShown);
        PreviewContent content;
        content.body =
            QStringLiteral("<p>first</p>\n<p>second</p>\n<div class=\"math math-display\">"
                           "$$x^2$$</div>\n<ul>\n<li>last</li>\n</ul>\n");
        view.setContent(content);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toInt(), 1);
        const QString outline =
            QStringLiteral("Array.from(document.getElementById('card').children).map(e => "
                           "e.tagName + ':' + (e.classList.contains('math') ? 'math' : "
                           "e.textContent.trim())).join('|')");
        QCOMPARE(evaluate(view, outline), QStringLiteral("P:first|P:second|DIV:math|UL:last"));
        // Marks on nodes of blocks that stay, seen only by our own world.
        QCOMPARE(evaluate(view, QStringLiteral("var c = document.getElementById('card');"
                                               "c.firstChild.kept = 'yes';"
                                               "c.querySelector('.math').kept = 'yes'; 'x'")),
                 QStringLiteral("x"));
        content.body.replace(QStringLiteral("second"), QStringLiteral("changed"));
        view.setContent(content);
        QVERIFY(shown.wait(10000));
        // The math block was kept, typeset: still counted.
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QCOMPARE(evaluate(view, outline), QStringLiteral("P:first|P:changed|DIV:math|UL:last"));
        QCOMPARE(
            evaluate(view, QStringLiteral("var c = document.getElementById('card');"
                                          "c.firstChild.kept + c.querySelector('.math').kept")),
            QStringLiteral("yesyes"));
        // A block removed at the start, two added in its place.
        content.body.replace(QStringLiteral("<p>first</p>\n"),
                             QStringLiteral("<h2>new</h2>\n<p>added</p>\n"));
        view.setContent(content);
        QVERIFY(shown.wait(10000));
        QCOMPARE(evaluate(view, outline),
                 QStringLiteral("H2:new|P:added|P:changed|DIV:math|UL:last"));
        QCOMPARE(
            evaluate(view, QStringLiteral("document.getElementById('card').childNodes.length")),
            QStringLiteral("10"));
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('.katex').length")),
                 QStringLiteral("1"));
    }

    void content_replacedInPlace()
    {
        PreviewView view;
        view.show();
        QSignalSpy shown(&view, &PreviewView::contentShown);
        view.setContent({QString(), QStringLiteral("<p>one</p>"), QString(), {}});
        QVERIFY(shown.wait(30000));
        view.setContent({QString(), QStringLiteral("<p>two</p>"), QString(), {}});
        QVERIFY(shown.wait(10000));
        QString text;
        view.view()->page()->runJavaScript(
            QStringLiteral("document.getElementById('card').textContent"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) { text = v.toString(); });
        QTRY_COMPARE_WITH_TIMEOUT(text, QStringLiteral("two"), 10000);
    }

    void pageWidget_isNamedBeforeItCanTakeTheFocus()
    {
        // WebEngine shows the page in a widget of its own, made while the page loads,
        // which takes the focus for the view: a screen reader must never meet it unnamed.
        PreviewView view;
        view.show();
        QSignalSpy loaded(view.view()->page(), &QWebEnginePage::loadFinished);
        QWidget *content = nullptr;
        QDeadlineTimer deadline(30000);
        while (!content && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            content = view.view()->focusProxy();
        }
        QVERIFY(content);
        qInfo("the page's widget came %s the page loaded", loaded.isEmpty() ? "before" : "after");
        QVERIFY(!content->isVisible() || !content->accessibleName().isEmpty());
        QTRY_VERIFY(content->isVisible());
        QCOMPARE(content->accessibleName(), view.view()->accessibleName());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewview.moc"
