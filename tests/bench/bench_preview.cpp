// The preview's refresh: from a change typed into the card's body to the preview page's
// DOM holding it, as the page itself reports: after each update the page has applied
// (PreviewView::contentShown, sent when the page's update script returned), the page is
// asked whether its text holds the new word; the time of the update that first does is
// the refresh. PreviewScheduler's pause is part of it and printed beside it (its median).
//
//     bench_preview CARD [CHANGES]

#include "benchapp.h"
#include "benchout.h"
#include "benchwindow.h"
#include "previewscheduler.h"

#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Cardigan;

int main(int argc, char **argv)
{
    Bench::prepareApplication();
    Bench::Application app(argc, argv);
    const QStringList args = app.arguments();
    QString size;
    const std::unique_ptr<Bench::Window> opened =
        Bench::openFromArguments(args, "bench_preview CARD [CHANGES]", size);
    if (!opened) {
        return args.size() < 2 ? 2 : 1;
    }
    Bench::Window &w = *opened;
    const int changes = args.size() > 2 ? std::max(2, args[2].toInt()) : 15;
    CardDocument *doc = w.window->document();
    PreviewView *preview = w.window->preview();
    QWebEnginePage *page = preview->view()->page();
    const qsizetype body = doc->frontMatter().found ? doc->frontMatter().bodyStart : 0;

    QElapsedTimer clock;
    clock.start();
    std::vector<double> ms;
    std::vector<double> pauses;
    auto *scheduler = w.window->findChild<PreviewScheduler *>();
    // Answers may come after their change was measured: each writes to its own slot.
    std::vector<double> foundAt(size_t(changes), -1);
    for (int i = 0; i < changes; ++i) {
        Bench::runUntil(clock, Bench::now(clock) + 700); // nothing pending
        const QString word = QStringLiteral("zqbench%1x").arg(i);
        double shownAt = -1;
        double &found = foundAt[size_t(i)];
        auto check = QObject::connect(preview, &PreviewView::contentShown, preview, [&] {
            const double at = Bench::now(clock);
            page->runJavaScript(
                QStringLiteral("document.getElementById('card').textContent.indexOf('%1') >= 0")
                    .arg(word),
                QWebEngineScript::ApplicationWorld, [&foundAt, i, at](const QVariant &v) {
                    if (v.toBool() && foundAt[size_t(i)] < 0) {
                        foundAt[size_t(i)] = at;
                    }
                });
            shownAt = at;
        });
        // One edit as the source pane makes it: a word typed at the start of the body.
        QTextCursor cursor(doc->textDocument());
        cursor.setPosition(doc->documentPosition(body));
        pauses.push_back(scheduler ? scheduler->currentPause() : -1);
        const double start = Bench::now(clock);
        cursor.insertText(word + u' ');
        const bool ok = Bench::waitFor([&] { return found >= 0; }, 20000);
        QObject::disconnect(check);
        if (!ok) {
            std::fprintf(stderr, "the preview never showed the change (last update %.0f ms)\n",
                         shownAt);
            return 1;
        }
        ms.push_back(found - start);
    }
    Bench::latency(QStringLiteral("preview refresh"), size, ms,
                   {{QStringLiteral("debounce"), Bench::quantile(pauses, 0.5)}});
    return 0;
}
