#include "carddocument.h"
#include "cardfile.h"
#include "cardlinter.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "formdiagnostics.h"
#include "lintscheduler.h"
#include "mainwindow.h"
#include "metadataform.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "quickfixer.h"
#include "sourceeditor.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// Known problems: a license id in the wrong case (with a comment to keep), two region
// languages, CO2 emissions that are not a number, a key the form has no field for that
// PyYAML reads as false, no evaluation section, and inline $...$ math in the body.
const QString Card = u"---\n"
                     "license: MIT   # keep me\n"
                     "language:\n"
                     "- en\n"
                     "- zh-CN\n"
                     "- pt-BR\n"
                     "pipeline_tag: text-generation\n"
                     "co2_eq_emissions:\n"
                     "  emissions: lots\n"
                     "my_setting: no\n"
                     "---\n"
                     "\n"
                     "# Model\n"
                     "\n"
                     "Inline math $x$ here.\n"
                     "\n"
                     "## Intended uses\n"
                     "\n"
                     "## Limitations\n"
                     "\n"
                     "## Training data\n"_s;

QString replaced(const QString &before, const QString &from, const QString &to)
{
    Q_ASSERT(before.count(from) == 1);
    return QString(before).replace(from, to);
}

// The window's middle, as the user meets it: source editor, form and the panel.
struct Setup
{
    CardDocument doc;
    QWidget window;
    SourceEditor *editor = nullptr;
    MetadataForm *form = nullptr;
    ProblemsPanel *panel = nullptr;

    explicit Setup(const QString &text)
    {
        doc.load(text);
        auto *splitter = new QSplitter(&window);
        editor = new SourceEditor(splitter);
        editor->setCardDocument(&doc);
        form = new MetadataForm(&doc, splitter);
        panel = new ProblemsPanel(&doc, editor, form, splitter);
        splitter->addWidget(form);
        splitter->addWidget(editor);
        splitter->addWidget(panel);
        window.resize(1200, 700);
        splitter->resize(1200, 700);
        panel->lintNow();
    }

    QStringList codes() const
    {
        QStringList out;
        for (const Diagnostic &d : panel->model()->diagnostics()) {
            out << d.code;
        }
        return out;
    }

    int row(const QString &code) const { return int(codes().indexOf(code)); }

    void select(const QString &code)
    {
        const int r = row(code);
        QVERIFY(r >= 0);
        panel->view()->setCurrentIndex(panel->model()->index(r, 0));
    }
};

QToolButton *button(const ProblemsPanel &panel, const QString &name)
{
    auto *b = panel.findChild<QToolButton *>(name);
    Q_ASSERT(b);
    return b;
}

} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { useTestSettings(u"tst_problemspanel"_s, m_dir.filePath(u"settings"_s)); }

    // In the window: linted as soon as a card opens, with its folder; the View menu
    // toggles the panel and the window remembers it; the status bar's summary shows it.
    void window_lintsOnOpen_togglesAndRemembersThePanel()
    {
        const QString card = m_dir.filePath(u"model/README.md"_s);
        QDir().mkpath(QFileInfo(card).path());
        {
            QFile f(card);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Card.toUtf8());
        }
        {
            MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(u"rec"_s));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.files()->openPath(card));
            ProblemsPanel *panel = w.problemsPanel();
            QCOMPARE(panel->model()->rowCount(), 7); // at once, not after the pause
            QCOMPARE(panel->scheduler()->folder(), QFileInfo(card).absolutePath());
            QVERIFY(panel->isVisible());
            QCOMPARE(panel->statusButton()->text(), u"3 errors, 3 warnings, 1 note"_s);
            QVERIFY(panel->statusButton()->isVisible());
            w.problemsAction()->trigger();
            QVERIFY(!panel->isVisible());
            QVERIFY(w.close());
        }
        MainWindow again(std::make_unique<FakeFilePrompts>(), m_dir.filePath(u"rec"_s));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.problemsAction()->isChecked());
        QVERIFY(!again.problemsPanel()->isVisible());
        again.problemsPanel()->statusButton()->click();
        QVERIFY(again.problemsAction()->isChecked());
        QVERIFY(again.problemsPanel()->isVisible());
    }

    void rows_areTheCardsProblems()
    {
        Setup s(Card);
        QAbstractItemModelTester tester(s.panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(s.codes(),
                 QStringList({u"license-unknown"_s, u"language-region"_s, u"language-region"_s,
                              u"co2-emissions"_s, u"yaml11-differs"_s, u"section-missing"_s,
                              u"math-inline-dollar"_s}));
        const ProblemsModel *m = s.panel->model();
        QCOMPARE(m->index(0, ProblemsModel::PlaceColumn).data().toString(), u"2:10"_s);
        QCOMPARE(m->index(2, ProblemsModel::PlaceColumn).data().toString(), u"6:3"_s);
        QCOMPARE(m->index(0, ProblemsModel::CodeColumn).data().toString(), u"license-unknown"_s);
        QVERIFY(m->index(0, ProblemsModel::MessageColumn).data().toString().contains(u"\"MIT\""_s));
        QVERIFY(!m->index(0, ProblemsModel::MessageColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(m->index(0, 0).data(ProblemsModel::SeverityRole).toInt(),
                 int(Diagnostic::Severity::Error));
        QCOMPARE(m->index(3, 0).data(ProblemsModel::SeverityRole).toInt(),
                 int(Diagnostic::Severity::Warning));
        QCOMPARE(m->index(5, 0).data(ProblemsModel::SeverityRole).toInt(),
                 int(Diagnostic::Severity::Info));
        QVERIFY(m->index(0, 0).data(ProblemsModel::HasFixRole).toBool());
        QVERIFY(!m->index(3, 0).data(ProblemsModel::HasFixRole).toBool());
        QCOMPARE(s.panel->findChild<QLabel *>(u"counts"_s)->text(),
                 u"3 errors, 3 warnings, 1 note"_s);
        QCOMPARE(s.panel->statusButton()->text(), u"3 errors, 3 warnings, 1 note"_s);

        // The model keeps up with edits (the tester checks the reset).
        s.doc.set(YamlPath::parse(u"license"_s).value(), u"mit"_s);
        s.panel->lintNow();
        QCOMPARE(m->rowCount(), 6);
        QCOMPARE(m->count(Diagnostic::Severity::Error), 2);
    }

    void lint_followsTypingAfterAPause()
    {
        Setup s(Card);
        QSignalSpy linted(s.panel->scheduler(), &LintScheduler::linted);
        QTextCursor c(s.doc.textDocument());
        c.setPosition(s.doc.documentPosition(Card.indexOf(u"MIT"_s) + 3));
        c.insertText(u" License"_s); // still unknown; the message names the new value
        QVERIFY(!s.panel->scheduler()->isCurrent());
        QVERIFY(s.panel->scheduler()->isPending());
        QVERIFY(linted.wait(5000));
        QVERIFY(s.panel->scheduler()->isCurrent());
        QVERIFY(s.panel->model()->diagnostic(0).message.contains(u"\"MIT License\""_s));
    }

    void clickRow_putsSourceCursorThere()
    {
        Setup s(Card);
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        QTreeView *view = s.panel->view();
        const int r = s.row(u"language-region"_s) + 1; // pt-BR at 6:3
        const QRect rect = view->visualRect(s.panel->model()->index(r, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(s.editor->textCursor().blockNumber() + 1, 6);
        QCOMPARE(s.editor->textCursor().positionInBlock() + 1, 3);
        QTRY_VERIFY(s.editor->hasFocus());

        // Return on a row does the same.
        view->setFocus();
        view->setCurrentIndex(s.panel->model()->index(s.row(u"math-inline-dollar"_s), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(s.editor->textCursor().blockNumber() + 1, 15);
        QCOMPARE(s.editor->textCursor().positionInBlock() + 1, 13);
        QTRY_VERIFY(s.editor->hasFocus());
    }

    void squiggles_coverTheRanges()
    {
        Setup s(Card);
        const QList<QTextEdit::ExtraSelection> all = s.editor->extraSelections();
        QList<QTextEdit::ExtraSelection> squiggles;
        for (const QTextEdit::ExtraSelection &e : all) {
            if (e.format.underlineStyle() != QTextCharFormat::NoUnderline) {
                squiggles.append(e);
            }
        }
        // Every diagnostic with a range; the missing section sits on an empty line.
        QCOMPARE(squiggles.size(), 6);
        const auto find = [&](const QString &text) -> const QTextEdit::ExtraSelection * {
            for (const QTextEdit::ExtraSelection &e : std::as_const(squiggles)) {
                if (e.cursor.selectedText() == text) {
                    return &e;
                }
            }
            return nullptr;
        };
        const QTextEdit::ExtraSelection *license = find(u"MIT"_s);
        QVERIFY(license);
        QCOMPARE(license->cursor.selectionStart(), s.doc.documentPosition(Card.indexOf(u"MIT"_s)));
        QCOMPARE(license->format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(license->format.underlineColor(), QColor(u"#d1242f"_s));
        QVERIFY(find(u"zh-CN"_s));
        QVERIFY(find(u"pt-BR"_s));
        const QTextEdit::ExtraSelection *co2 = find(u"lots"_s);
        QVERIFY(co2);
        QCOMPARE(co2->format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(co2->format.underlineColor(), QColor(u"#bf8700"_s));
        QVERIFY(find(u"$x$"_s));
        QVERIFY(find(u"no"_s));

        // The message is the tool tip of the mark.
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        QTextCursor at(s.doc.textDocument());
        at.setPosition(license->cursor.selectionStart() + 1);
        const QPoint local = s.editor->cursorRect(at).center();
        QHelpEvent help(QEvent::ToolTip, local, s.editor->viewport()->mapToGlobal(local));
        QApplication::sendEvent(s.editor->viewport(), &help);
        QTRY_VERIFY(QToolTip::text().contains(u"\"MIT\" is not a license id"_s));
        QVERIFY(QToolTip::text().contains(u"Quick fix (Ctrl+.): Change to \"mit\""_s));

        // The YAML error keeps its own mark; the squiggles of the old text go with the lint.
        QTextCursor c(s.doc.textDocument());
        c.setPosition(s.doc.documentPosition(Card.indexOf(u"pipeline_tag:"_s)));
        c.insertText(u"[\n"_s);
        s.panel->lintNow();
        QVERIFY(!s.editor->yamlErrorMessage().isEmpty());
        bool errorMark = false;
        bool licenseMark = false;
        for (const QTextEdit::ExtraSelection &e : s.editor->extraSelections()) {
            errorMark = errorMark || e.cursor == s.editor->yamlErrorCursor();
            licenseMark = licenseMark || e.cursor.selectedText() == u"MIT"_s;
        }
        QVERIFY(errorMark);
        QVERIFY(!licenseMark);
    }

    void fixFromPanel_changesExactlyThoseBytes_andUndoRestores()
    {
        Setup s(Card);
        s.select(u"license-unknown"_s);
        QVERIFY(button(*s.panel, u"fix"_s)->isEnabled());
        QVERIFY(!button(*s.panel, u"fixAll"_s)->isEnabled()); // only one of its kind
        button(*s.panel, u"fix"_s)->click();
        QCOMPARE(s.doc.text(), replaced(Card, u"license: MIT "_s, u"license: mit "_s));
        QVERIFY(!s.codes().contains(u"license-unknown"_s)); // linted again at once
        QVERIFY(s.panel->findChild<QLabel *>(u"notice"_s)->text().contains(u"mit"_s));
        QTest::keyClick(s.editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(s.doc.text(), Card);
        QVERIFY(!s.doc.textDocument()->isUndoAvailable());
    }

    void fixAllOfKind_isOneUndoStep()
    {
        Setup s(Card);
        s.select(u"language-region"_s);
        QVERIFY(button(*s.panel, u"fixAll"_s)->isEnabled());
        button(*s.panel, u"fixAll"_s)->click();
        QCOMPARE(s.doc.text(),
                 replaced(replaced(Card, u"- zh-CN"_s, u"- zh"_s), u"- pt-BR"_s, u"- pt"_s));
        QVERIFY(!s.codes().contains(u"language-region"_s));
        s.doc.textDocument()->undo();
        QCOMPARE(s.doc.text(), Card);
        QVERIFY(!s.doc.textDocument()->isUndoAvailable());
    }

    void splicedFix_onChangedText_isPlannedAgain()
    {
        Setup s(Card);
        s.select(u"math-inline-dollar"_s);
        // Typed before the math after the lint: the fix's offsets are old now.
        QTextCursor c(s.doc.textDocument());
        c.setPosition(s.doc.documentPosition(Card.indexOf(u"Inline"_s)));
        c.insertText(u"Some "_s);
        QVERIFY(!s.panel->scheduler()->isCurrent());
        button(*s.panel, u"fix"_s)->click();
        const QString typed = replaced(Card, u"Inline"_s, u"Some Inline"_s);
        QCOMPARE(s.doc.text(), replaced(typed, u"$x$"_s, u"\\\\(x\\\\)"_s));
        s.doc.textDocument()->undo();
        QCOMPARE(s.doc.text(), typed);
    }

    void ctrlDot_fixesWhatIsAtTheCursor()
    {
        Setup s(Card);
        QTextCursor c(s.doc.textDocument());
        c.setPosition(s.doc.documentPosition(Card.indexOf(u"pt-BR"_s) + 2));
        s.editor->setTextCursor(c);
        QTest::keyClick(s.editor, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(s.doc.text(), replaced(Card, u"- pt-BR"_s, u"- pt"_s));
        // The context menu offers the same fixes.
        const int zh = s.doc.documentPosition(s.doc.text().indexOf(u"zh-CN"_s));
        QObject owner;
        const QList<QAction *> actions = s.editor->fixActions(zh, &owner);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->text(), u"Fix: Change to \"zh\""_s);
        actions.first()->trigger();
        QCOMPARE(s.doc.text(),
                 replaced(replaced(Card, u"- pt-BR"_s, u"- pt"_s), u"- zh-CN"_s, u"- zh"_s));
        // Nothing to fix where there is no problem: no change.
        c.setPosition(0);
        s.editor->setTextCursor(c);
        const QString before = s.doc.text();
        QTest::keyClick(s.editor, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(s.doc.text(), before);
    }

    void refusedFix_showsItsReason()
    {
        const QString card = u"---\nlicense: &l MIT\nother_license: *l\n---\n# x\n"_s;
        Setup s(card);
        s.select(u"license-unknown"_s);
        QSignalSpy notices(s.panel, &ProblemsPanel::notice);
        button(*s.panel, u"fix"_s)->click();
        QCOMPARE(s.doc.text(), card);
        QCOMPARE(notices.size(), 1);
        const QString shown = s.panel->findChild<QLabel *>(u"notice"_s)->text();
        QVERIFY2(shown.contains(u"refused"_s) && shown.contains(u"anchored"_s), qPrintable(shown));
        QVERIFY(s.codes().contains(u"license-unknown"_s));
    }

    void formFields_areMarked()
    {
        Setup s(Card);
        auto *license = s.form->findChild<QWidget *>(u"license-problems"_s);
        QVERIFY(license);
        QVERIFY(license->isVisibleTo(s.form));
        QCOMPARE(license->findChild<QLabel *>(u"text"_s)->text(),
                 u"\"MIT\" is not a license id of the Hub."_s);
        QVERIFY(license->toolTip().contains(u"did you mean \"mit\"?"_s));
        QVERIFY(!license->findChild<QLabel *>(u"icon"_s)->pixmap().isNull());
        auto *language = s.form->findChild<QWidget *>(u"language-problems"_s);
        QVERIFY(language);
        QCOMPARE(language->findChild<QLabel *>(u"text"_s)->text().count(u'\n'), 1); // two
        QVERIFY(!s.form->findChild<QWidget *>(u"tags-problems"_s));
        // A key the form does not edit: its "Show in source" button carries the mark.
        auto *other = s.form->findChild<QToolButton *>(u"show-my_setting"_s);
        QVERIFY(other);
        QVERIFY(!other->icon().isNull());
        QVERIFY(other->toolTip().contains(u"PyYAML"_s));

        // Fixed, the mark goes.
        s.select(u"license-unknown"_s);
        button(*s.panel, u"fix"_s)->click();
        QVERIFY(!license->isVisibleTo(s.form));
        QVERIFY(language->isVisibleTo(s.form));
        s.select(u"yaml11-differs"_s);
        button(*s.panel, u"fix"_s)->click();
        // (Rows the form replaced are hidden until they are deleted.)
        const auto shown = [&s] {
            for (QToolButton *b : s.form->findChildren<QToolButton *>(u"show-my_setting"_s)) {
                if (!b->isHidden()) {
                    return b;
                }
            }
            return static_cast<QToolButton *>(nullptr);
        };
        QVERIFY(shown());
        QVERIFY(shown()->icon().isNull());
        QVERIFY(shown()->toolTip().isEmpty());
    }

    void keyAt_mapsOffsetsToTopLevelKeys()
    {
        CardDocument doc;
        doc.load(Card);
        QCOMPARE(FormDiagnostics::keyAt(doc, Card.indexOf(u"MIT"_s)), u"license"_s);
        QCOMPARE(FormDiagnostics::keyAt(doc, Card.indexOf(u"pt-BR"_s)), u"language"_s);
        QCOMPARE(FormDiagnostics::keyAt(doc, Card.indexOf(u"lots"_s)), u"co2_eq_emissions"_s);
        QCOMPARE(FormDiagnostics::keyAt(doc, Card.indexOf(u"# keep"_s)), QString());
        QCOMPARE(FormDiagnostics::keyAt(doc, Card.indexOf(u"# Model"_s)), QString());
    }

    // Not a timed assertion: the lint time of the largest corpus card, for the record.
    void lintTime_largestCorpusCard()
    {
        const QString dir = QStringLiteral(CARDIGAN_CORPUS_DIR "/cards");
        if (!QFileInfo(dir).isDir()) {
            QSKIP("The shared corpus is absent (CARDIGAN_CORPUS_DIR): no large card to time.");
        }
        QString largest;
        qint64 size = -1;
        for (QDirIterator it(dir, {u"*.md"_s}, QDir::Files); it.hasNext();) {
            const QFileInfo info = it.nextFileInfo();
            if (info.size() > size) {
                size = info.size();
                largest = info.filePath();
            }
        }
        const CardFile::ReadResult read = CardFile::read(largest);
        QVERIFY(read.ok());
        CardDocument doc;
        doc.load(read.text, read.bom);
        LintScheduler scheduler(&doc);
        QSignalSpy linted(&scheduler, &LintScheduler::linted);
        QElapsedTimer clock;
        clock.start();
        scheduler.lintNow();
        const qint64 first = clock.elapsed();
        // And once more after an edit in the body, as while typing.
        QTextCursor c(doc.textDocument());
        c.movePosition(QTextCursor::End);
        c.insertText(u"x"_s);
        clock.restart();
        scheduler.lintNow();
        qInfo("lint of %s (%lld bytes, %lld characters): %lld ms, again after an edit: %lld ms, "
              "%lld diagnostics",
              qPrintable(QFileInfo(largest).fileName()), size, qint64(doc.text().size()), first,
              qint64(clock.elapsed()), qint64(scheduler.diagnostics().size()));
        QCOMPARE(linted.size(), 2);
        QCOMPARE(scheduler.diagnostics().size(), CardLinter::lint(doc).size());
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
