// Typing in the source pane: from the key press to the editor's viewport painted with
// it, everything the key sets off synchronously included (the document's rebuild and
// reparse, highlighting, the signals to the panes). Keys come on a schedule with pauses
// like a person's, so the form, the preview and the lint run between them as they do for
// a user; a key due while the GUI thread is busy waits, and that wait counts: latency is
// measured from when the key was due, not from when it could be sent.
//
// Also the form's follow: after a short burst in the front matter, the time from the last
// key to the form's license field showing the new value.
//
//     bench_typing CARD [KEYS]

#include "benchapp.h"
#include "benchout.h"
#include "benchwindow.h"
#include "catalogpicker.h"
#include "metadataform.h"
#include "sourceeditor.h"
#include "sourcepane.h"

#include <QFileInfo>
#include <QTextBlock>

using namespace Cardigan;

namespace {

// Pauses between keys (ms), repeated: quick runs, and pauses past the form's (35 ms),
// the preview's (120 ms) and the lint's (250 ms) timers.
constexpr int Gaps[] = {30, 30, 40, 40, 50, 60, 90, 130, 260, 40};
const char Keys[] = "the quick brown fox jumps over a lazy dog ";

// Puts the cursor at the end of the line holding card text offset @p offset.
void placeCursor(SourceEditor *editor, CardDocument *doc, qsizetype offset)
{
    const QTextBlock block = doc->textDocument()->findBlock(doc->documentPosition(offset));
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
}

// The key's own work (from sending it to painted) goes to @p own; what is returned also
// holds the wait for the GUI thread.
std::vector<double> type(SourceEditor *editor, int keys, std::vector<double> &own)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<double> ms;
    double due = Bench::now(clock);
    for (int i = 0; i < keys; ++i) {
        due += Gaps[i % std::size(Gaps)];
        Bench::runUntil(clock, due);
        const double sent = Bench::now(clock);
        QTest::keyClick(editor, Keys[i % (sizeof(Keys) - 1)]);
        editor->viewport()->repaint();
        own.push_back(Bench::now(clock) - sent);
        ms.push_back(Bench::now(clock) - due);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::prepareApplication();
    Bench::Application app(argc, argv);
    const QStringList args = app.arguments();
    QString size;
    const std::unique_ptr<Bench::Window> opened =
        Bench::openFromArguments(args, "bench_typing CARD [KEYS]", size);
    if (!opened) {
        return args.size() < 2 ? 2 : 1;
    }
    Bench::Window &w = *opened;
    const int keys = args.size() > 2 ? std::max(10, args[2].toInt()) : 300;
    CardDocument *doc = w.window->document();
    SourceEditor *editor = w.window->sourcePane()->editor();
    const QString text = doc->text();
    const qsizetype license = text.indexOf(QLatin1String("\nlicense:"));
    if (!doc->frontMatter().found || license < 0) {
        std::fprintf(stderr, "the card needs front matter with a license\n");
        return 2;
    }
    qsizetype body = doc->frontMatter().bodyStart;
    while (body < text.size() && (text[body] == u'\n' || text[body] == u'\r')) {
        ++body;
    }

    for (const bool yaml : {false, true}) {
        placeCursor(editor, doc, yaml ? license + 1 : body);
        std::vector<double> own;
        const std::vector<double> ms = type(editor, keys, own);
        Bench::latency(yaml ? QStringLiteral("typing: front matter")
                            : QStringLiteral("typing: body"),
                       size, ms,
                       {{QStringLiteral("ownP50"), Bench::quantile(own, 0.5)},
                        {QStringLiteral("ownP99"), Bench::quantile(own, 0.99)}});
    }

    // The form's follow: three quick keys, then the pause.
    auto *picker = w.window->metadataForm()->findChild<CatalogPicker *>(QStringLiteral("license"));
    if (!picker) {
        std::fprintf(stderr, "no license field in the form\n");
        return 1;
    }
    std::vector<double> follow;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < 20; ++round) {
        Bench::runUntil(clock, Bench::now(clock) + 300);
        for (int k = 0; k < 3; ++k) {
            if (k > 0) {
                Bench::runUntil(clock, Bench::now(clock) + 15);
            }
            QTest::keyClick(editor, char('a' + (round * 3 + k) % 26));
            editor->viewport()->repaint();
        }
        const double last = Bench::now(clock);
        const QString expected = doc->metadata().find(QStringLiteral("license"))->toString();
        if (!Bench::waitFor([&] { return picker->value() == expected; }, 5000)) {
            std::fprintf(stderr, "the form did not follow: %s\n", qPrintable(expected));
            return 1;
        }
        follow.push_back(Bench::now(clock) - last);
    }
    Bench::latency(QStringLiteral("form follows typing"), size, follow);
    return 0;
}
