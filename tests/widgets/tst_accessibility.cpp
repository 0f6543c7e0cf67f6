#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "focuswalk.h"
#include "mainwindow.h"
#include "showchangesdialog.h"
#include "sourceeditor.h"
#include "sourcepane.h"
#include "synthrepo.h"
#include "testsettings.h"
#include "widgetexampleeditor.h"
#include "widgetexamplemodel.h"

#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <QToolButton>
#include <QtTest>
#include <functional>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// A card that gives every tab something to show: form fields and groups, evaluation
// results, examples of each shape (sentences, a table, chat messages, outputs).
const QByteArray Card = "---\n"
                        "license: apache-2.0\n"
                        "language:\n"
                        "- en\n"
                        "- de\n"
                        "tags:\n"
                        "- reviews\n"
                        "- demo\n"
                        "datasets:\n"
                        "- someone/reviews\n"
                        "metrics:\n"
                        "- accuracy\n"
                        "library_name: transformers\n"
                        "pipeline_tag: text-classification\n"
                        "base_model: someone/base\n"
                        "inference:\n"
                        "  parameters:\n"
                        "    temperature: 0.7\n"
                        "co2_eq_emissions:\n"
                        "  emissions: 12.5\n"
                        "  source: CodeCarbon\n"
                        "  training_type: fine-tuning\n"
                        "extra_gated_prompt: Tell us who you are\n"
                        "extra_gated_fields:\n"
                        "  Company: text\n"
                        "  I agree to the terms: checkbox\n"
                        "widget:\n"
                        "- text: A fine day out\n"
                        "  example_title: Happy\n"
                        "  output:\n"
                        "  - label: POSITIVE\n"
                        "    score: 0.8\n"
                        "  - label: NEGATIVE\n"
                        "    score: 0.2\n"
                        "- source_sentence: One\n"
                        "  sentences:\n"
                        "  - Two\n"
                        "  - Three\n"
                        "- text: How many?\n"
                        "  table:\n"
                        "    Name: [a, b]\n"
                        "    Count: [1, 2]\n"
                        "- messages:\n"
                        "  - role: user\n"
                        "    content: Hello\n"
                        "- src: images/cat.png\n"
                        "model-index:\n"
                        "- name: demo-model\n"
                        "  results:\n"
                        "  - task:\n"
                        "      type: text-classification\n"
                        "    dataset:\n"
                        "      name: Reviews\n"
                        "      type: someone/reviews\n"
                        "    metrics:\n"
                        "    - type: accuracy\n"
                        "      value: 0.91\n"
                        "---\n"
                        "\n"
                        "# Demo model\n"
                        "\n"
                        "Classifies reviews. See [the docs](https://example.org/docs).\n";

QString joined(const QStringList &lines)
{
    return lines.isEmpty() ? QString() : u"\n  "_s + lines.join(u"\n  "_s);
}

} // namespace

// Every control of the window and of its dialogs, walked with Tab as a keyboard user does:
// each one that takes the focus has a name a screen reader can read, each one that should
// take it does, and the walk comes back to its start.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_card;
    int m_checked = 0;
    QStringList m_seenDialogs;

    // Walks @p window; a failure names the state (which tabs were current).
    bool checkWalk(QWidget *window, const QString &state, QString *message)
    {
        const FocusWalk::Result r = FocusWalk::walk(window);
        m_checked += int(r.order.size());
        qInfo("%s: %d controls in the Tab order", qPrintable(state), int(r.order.size()));
        QStringList problems;
        if (!r.trap.isEmpty()) {
            problems << u"Tab gets stuck: "_s + r.trap;
        }
        if (!r.unnamed.isEmpty()) {
            problems << u"focused without an accessible name:"_s + joined(r.unnamed);
        }
        if (!r.unreachable.isEmpty()) {
            problems << u"never reached with Tab:"_s + joined(r.unreachable);
        }
        if (problems.isEmpty()) {
            return true;
        }
        *message = state + u": "_s + problems.join(u"\n"_s);
        qWarning("%s", qPrintable(*message)); // QVERIFY2 cuts long messages
        return false;
    }

    // The dialogs now visible that were not in @p before.
    static QList<QDialog *> newDialogs(const QList<QWidget *> &before)
    {
        QList<QDialog *> out;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<QDialog *>(w);
            if (d && d->isVisible() && !before.contains(w)) {
                out << d;
            }
        }
        return out;
    }

    // Walks and closes each dialog @p open shows, modal (exec) or not.
    void checkDialogsOpenedBy(const QString &what, const std::function<void()> &open,
                              QStringList *failures)
    {
        const QList<QWidget *> before = QApplication::topLevelWidgets();
        QList<QDialog *> handled;
        bool busy = false;
        auto handle = [&](QDialog *d) {
            if (busy || handled.contains(d)) {
                return;
            }
            busy = true;
            handled << d;
            const QString name = QString::fromLatin1(d->metaObject()->className());
            // Qt's own file dialog (native on the desktops) is not ours to name.
            if (!qobject_cast<QFileDialog *>(d) && !m_seenDialogs.contains(name)) {
                m_seenDialogs << name;
                QString message;
                if (!checkWalk(d, u"dialog %1 (%2)"_s.arg(name, what), &message)) {
                    *failures << message;
                }
            }
            d->reject();
            busy = false;
        };
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                if (!before.contains(d) && d->isVisible()) {
                    handle(d);
                }
            }
        });
        poll.start();
        open();
        poll.stop();
        for (QDialog *d : newDialogs(before)) {
            handle(d);
        }
    }

    static void collectActions(QMenu *menu, QList<QAction *> *out)
    {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                collectActions(a->menu(), out);
            } else if (!a->isSeparator()) {
                *out << a;
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useTestSettings(u"tst_accessibility"_s, m_dir.filePath(u"settings"_s));
        const QString repo = m_dir.filePath(u"demo-model"_s);
        m_card = SynthRepo::write(repo, u"README.md"_s, Card);
        SynthRepo::write(repo, u"config.json"_s,
                         R"({"architectures": ["BertForSequenceClassification"],
                             "model_type": "bert"})");
        SynthRepo::write(repo, u"LICENSE"_s, "Apache License 2.0 (test text)\n");
        SynthRepo::write(repo, u"images/cat.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8));
        SynthRepo::safetensors(repo, u"model.safetensors"_s,
                               R"({"w":{"dtype":"F32","shape":[4,4],"data_offsets":[0,64]}})", 64);
    }

    void window_everyControlNamedAndReachable()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(u"rec"_s));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.files()->openPath(m_card));
        const QString original = w.document()->text();
        // The panes fill in from the event loop (repository scan, lint, preview).
        QTest::qWait(1500);

        QStringList failures;
        QString message;
        // Every page of every tab widget, each walked with the whole window around it.
        const QList<QTabWidget *> tabWidgets = w.findChildren<QTabWidget *>();
        QVERIFY(tabWidgets.size() >= 2);
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible()) {
                continue;
            }
            const int keep = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                const QString state = u"tab \"%1\" of %2"_s.arg(tabs->tabText(i).remove(u'&'),
                                                                FocusWalk::describe(tabs));
                if (!checkWalk(&w, state, &message)) {
                    failures << message;
                }
            }
            tabs->setCurrentIndex(keep);
        }
        // The find bar and the go-to-line bar, opened from the keyboard.
        SourceEditor *editor = w.sourcePane()->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        if (!checkWalk(&w, u"find bar"_s, &message)) {
            failures << message;
        }
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        if (!checkWalk(&w, u"replace bar"_s, &message)) {
            failures << message;
        }
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
        if (!checkWalk(&w, u"go-to-line bar"_s, &message)) {
            failures << message;
        }
        if (QWidget *focus = QApplication::focusWidget()) {
            QTest::keyClick(focus, Qt::Key_Escape);
        }

        qInfo("%d controls checked in the window", m_checked);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n\n"_s)));
        // Walking changed nothing the user wrote.
        QCOMPARE(w.document()->text(), original);
    }

    void sourceEditor_ctrlTabLeavesAndComesBack()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(u"rec2"_s));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.files()->openPath(m_card));
        const QString original = w.document()->text();
        SourceEditor *editor = w.sourcePane()->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Tab, Qt::ControlModifier);
        QWidget *next = QApplication::focusWidget();
        QVERIFY2(next && next != editor, qPrintable(FocusWalk::describe(next)));
        QTest::keyClick(next, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClick(editor, Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *previous = QApplication::focusWidget();
        QVERIFY2(previous && previous != editor, qPrintable(FocusWalk::describe(previous)));
        QTest::keyClick(previous, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor);
        // Plain Tab still indents: the editor keeps it.
        QCOMPARE(w.document()->text(), original);
    }

    void dialogs_everyControlNamedAndReachable()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(u"rec3"_s));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.files()->openPath(m_card));
        const QString original = w.document()->text();
        m_checked = 0;
        m_seenDialogs.clear();
        QStringList failures;

        // Each menu command that opens a dialog: by convention its text ends with an
        // ellipsis; the Help menu's commands show theirs without one.
        QList<QAction *> actions;
        const QList<QAction *> menus = w.menuBar()->actions();
        for (QAction *m : menus) {
            if (!m->menu()) {
                continue;
            }
            QList<QAction *> inMenu;
            collectActions(m->menu(), &inMenu);
            for (QAction *a : std::as_const(inMenu)) {
                const QString text = a->text();
                if (text.endsWith(u'…') || text.endsWith(u"..."_s) || m == menus.last()) {
                    actions << a;
                }
            }
        }
        for (QAction *a : std::as_const(actions)) {
            if (a->isEnabled()) {
                checkDialogsOpenedBy(
                    a->text().remove(u'&'), [a] { a->trigger(); }, &failures);
            }
        }
        if (QWidget *focus = QApplication::focusWidget()) {
            QTest::keyClick(focus, Qt::Key_Escape); // a find bar opened
        }
        // A menu command may have replaced the card (File > New from Template…): the
        // Examples tab's editors need the test card again.
        if (w.document()->text() != original) {
            QVERIFY(w.files()->openPath(m_card));
            QCOMPARE(w.document()->text(), original);
        }

        // The editors of the Examples tab: every cell that opens a dialog.
        WidgetExampleEditor *examples = w.widgetExamples();
        WidgetExampleModel *model = examples->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const WidgetExampleModel::Kind kind = model->kind(index);
                if (kind == WidgetExampleModel::Kind::Text ||
                    kind == WidgetExampleModel::Kind::Bool ||
                    kind == WidgetExampleModel::Kind::Other) {
                    continue;
                }
                checkDialogsOpenedBy(
                    u"Examples cell %1,%2"_s.arg(row).arg(column),
                    [&] { examples->editCell(index); }, &failures);
            }
        }
        // File > Show Changes asks through the prompts (a script here): the dialog itself.
        checkDialogsOpenedBy(
            u"Show Changes"_s,
            [&] {
                auto *d = new ShowChangesDialog(&w);
                d->setAttribute(Qt::WA_DeleteOnClose);
                d->setDiff(u"--- a\n+++ b\n@@ -1 +1 @@\n-one\n+two\n"_s);
                d->show();
            },
            &failures);

        qInfo("%d controls checked in %d dialogs: %s", m_checked, int(m_seenDialogs.size()),
              qPrintable(m_seenDialogs.join(u", "_s)));
        for (const char *expected : {"StringListDialog", "TableDataDialog", "MessagesDialog",
                                     "ExampleOutputEditor", "ShowChangesDialog"}) {
            QVERIFY2(m_seenDialogs.contains(u"Cardigan::"_s + QLatin1String(expected)), expected);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n\n"_s)));
        QCOMPARE(w.document()->text(), original);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
