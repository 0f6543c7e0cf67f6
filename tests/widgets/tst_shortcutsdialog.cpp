#include "carddocument.h"
#include "chiplisteditor.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "focuswalk.h"
#include "mainwindow.h"
#include "metadataform.h"
#include "panefocus.h"
#include "previewview.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "shortcutsdialog.h"
#include "sourceeditor.h"
#include "sourcepane.h"
#include "testsettings.h"
#include "widgetexampleeditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Card = "---\n"
                        "license: not-a-license\n"
                        "tags:\n"
                        "- alpha\n"
                        "- beta\n"
                        "pipeline_tag: text-classification\n"
                        "widget:\n"
                        "- text: Hello there\n"
                        "---\n"
                        "\n"
                        "# Demo\n"
                        "\n"
                        "beta and beta again.\n";

// Where a shortcut works: the widgets it belongs to, with or without their children.
struct Scope
{
    QWidget *widget;
    bool children;
};

struct Binding
{
    QString name;
    QList<QKeySequence> keys;
    QList<Scope> scopes;
};

bool overlaps(const Scope &a, const Scope &b)
{
    return a.widget == b.widget || (a.children && a.widget->isAncestorOf(b.widget)) ||
           (b.children && b.widget->isAncestorOf(a.widget));
}

QString plain(QString text)
{
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

void menuActions(QMenu *menu, QList<QAction *> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            menuActions(a->menu(), out);
        } else if (!a->isSeparator()) {
            *out << a;
        }
    }
}

QList<QAction *> allMenuActions(QMainWindow &w)
{
    QList<QAction *> out;
    for (QAction *m : w.menuBar()->actions()) {
        if (m->menu()) {
            menuActions(m->menu(), &out);
        }
    }
    return out;
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_card;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(std::make_unique<FakeFilePrompts>(),
                                              m_dir.filePath(u"rec"_s));
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()) || !w->files()->openPath(m_card)) {
            return {};
        }
        return w;
    }

    static QTreeWidgetItem *findRow(QTreeWidget *tree, const QString &text, const QString &keys)
    {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *row = group->child(i);
                if (row->text(0) == text && row->text(1) == keys) {
                    return row;
                }
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useTestSettings(u"tst_shortcutsdialog"_s, m_dir.filePath(u"settings"_s));
        QDir().mkpath(m_dir.filePath(u"card"_s));
        m_card = m_dir.filePath(u"card/README.md"_s);
        QFile f(m_card);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Card);
    }

    void listsEveryMenuShortcut_withItsNativeText()
    {
        auto w = openWindow();
        QVERIFY(w);
        ShortcutsDialog dialog(w.get());
        int listed = 0;
        for (QAction *a : allMenuActions(*w)) {
            if (a->shortcuts().isEmpty()) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts()) {
                keys << k.toString(QKeySequence::NativeText);
            }
            QTreeWidgetItem *row = findRow(dialog.tree(), plain(a->text()), keys.join(u", "_s));
            QVERIFY2(row, qPrintable(plain(a->text()) + u" "_s + keys.join(u", "_s)));
            // Under its menu's name.
            QVERIFY(row->parent());
            ++listed;
        }
        qInfo("%d menu actions with shortcuts listed", listed);
        QVERIFY(listed >= 10);
        // The pane keys follow, and the tab keys of the panes (actions in no menu).
        QVERIFY(findRow(
            dialog.tree(), u"Next Tab"_s,
            QKeySequence(Qt::CTRL | Qt::Key_PageDown).toString(QKeySequence::NativeText) + u", "_s +
                QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText)));
        for (const ShortcutsDialog::Key &k : ShortcutsDialog::paneKeys()) {
            QVERIFY2(findRow(dialog.tree(), k.what, k.keys), qPrintable(k.what));
        }
    }

    void noTwoShortcutsClash()
    {
        auto w = openWindow();
        QVERIFY(w);
        // Every action and QShortcut of the window, in menus or on widgets, enabled or not
        // (what is disabled now is enabled later), with where its keys work.
        QList<Binding> bindings;
        QSet<QObject *> seen;
        const Scope everywhere{w.get(), true};
        auto addAction = [&](QAction *a) {
            if (seen.contains(a) || a->shortcuts().isEmpty()) {
                return;
            }
            seen.insert(a);
            // An action on no widget (created for a context menu not shown) has no keys.
            bool onWidget = false;
            for (QObject *o : a->associatedObjects()) {
                onWidget = onWidget || o->isWidgetType();
            }
            if (!onWidget) {
                return;
            }
            Binding b{plain(a->text()), a->shortcuts(), {}};
            if (a->shortcutContext() == Qt::WindowShortcut ||
                a->shortcutContext() == Qt::ApplicationShortcut) {
                b.scopes << everywhere;
            } else {
                for (QObject *o : a->associatedObjects()) {
                    auto *widget = qobject_cast<QWidget *>(o);
                    if (widget && !qobject_cast<QMenu *>(widget)) {
                        b.scopes << Scope{widget,
                                          a->shortcutContext() == Qt::WidgetWithChildrenShortcut};
                    }
                }
            }
            bindings << b;
        };
        for (QAction *a : allMenuActions(*w)) {
            addAction(a);
        }
        QList<QWidget *> widgets = w->findChildren<QWidget *>();
        widgets << w.get();
        for (QWidget *widget : std::as_const(widgets)) {
            for (QAction *a : widget->actions()) {
                addAction(a);
            }
        }
        for (QAction *a : w->findChildren<QAction *>()) {
            addAction(a);
        }
        for (QShortcut *s : w->findChildren<QShortcut *>()) {
            auto *parent = qobject_cast<QWidget *>(s->parent());
            if (!parent || s->keys().isEmpty()) {
                continue;
            }
            const bool wide =
                s->context() == Qt::WindowShortcut || s->context() == Qt::ApplicationShortcut;
            bindings << Binding{
                u"QShortcut on %1"_s.arg(FocusWalk::describe(parent)),
                s->keys(),
                {wide ? everywhere
                      : Scope{parent, s->context() == Qt::WidgetWithChildrenShortcut}}};
        }
        QStringList clashes;
        for (int i = 0; i < bindings.size(); ++i) {
            for (int j = i + 1; j < bindings.size(); ++j) {
                for (const QKeySequence &k : bindings[i].keys) {
                    if (!bindings[j].keys.contains(k)) {
                        continue;
                    }
                    bool overlap = false;
                    for (const Scope &a : bindings[i].scopes) {
                        for (const Scope &b : bindings[j].scopes) {
                            overlap = overlap || overlaps(a, b);
                        }
                    }
                    if (overlap) {
                        clashes << u"%1: %2 and %3"_s.arg(k.toString(QKeySequence::NativeText),
                                                          bindings[i].name, bindings[j].name);
                    }
                }
            }
        }
        qInfo("%d actions and shortcuts compared", int(bindings.size()));
        QVERIFY(bindings.size() >= 15);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void filter_narrowsTheList()
    {
        auto w = openWindow();
        QVERIFY(w);
        ShortcutsDialog dialog(w.get());
        const int all = dialog.visibleRowCount();
        QVERIFY(all > 10);
        QTest::keyClicks(dialog.filter(), u"find"_s);
        const int found = dialog.visibleRowCount();
        QVERIFY2(found > 0 && found < all, qPrintable(QString::number(found)));
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = dialog.tree()->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *row = group->child(i);
                if (!group->isHidden() && !row->isHidden()) {
                    QVERIFY2(
                        (row->text(0) + row->text(1)).contains(u"find"_s, Qt::CaseInsensitive) ||
                            group->text(0).contains(u"find"_s, Qt::CaseInsensitive),
                        qPrintable(row->text(0)));
                }
            }
        }
        // By key: Ctrl+F finds Find.
        dialog.filter()->setText(
            QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText));
        QTreeWidgetItem *find =
            findRow(dialog.tree(), u"Find..."_s,
                    QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText));
        QVERIFY(find && !find->isHidden());
        dialog.filter()->setText(u"no such command at all"_s);
        QCOMPARE(dialog.visibleRowCount(), 0);
        dialog.filter()->clear();
        QCOMPARE(dialog.visibleRowCount(), all);
    }

    void f1_opensTheDialog()
    {
        auto w = openWindow();
        QVERIFY(w);
        bool shown = false;
        bool filterFocused = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
            shown = dialog;
            if (dialog) {
                // Typing filters at once.
                filterFocused = QTest::qWaitFor(
                    [&] { return QApplication::focusWidget() == dialog->filter(); }, 5000);
                dialog->reject();
            }
        });
        QTest::keyClick(w->sourcePane()->editor(), Qt::Key_F1);
        QVERIFY(shown);
        QVERIFY(filterFocused);
    }

    // Each key the dialog lists under "Keys in the panes" does what it says.
    void paneKeys_work()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QString original = w->document()->text();
        SourceEditor *editor = w->sourcePane()->editor();
        auto *left = qobject_cast<QTabWidget *>(w->metadataForm()->parentWidget()->parentWidget());
        auto *right = qobject_cast<QTabWidget *>(w->preview()->parentWidget()->parentWidget());
        QVERIFY(left && right);

        // Ctrl+Tab / Ctrl+Shift+Tab leave the editor; Tab comes back.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() != editor);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(w->document()->text(), original);

        // Ctrl+Tab, Ctrl+PgDown and their reverses switch the tab of the pane with the focus.
        left->setCurrentIndex(0);
        QVERIFY(PaneFocus::focusFirstIn(left->currentWidget()));
        QVERIFY(left->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QWidget *field = QApplication::focusWidget();
        QTest::keyClick(field, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(left->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(left->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(left->currentIndex(), 1);
        QVERIFY(left->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(left->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(left->currentIndex(), left->count() - 1); // wraps round
        right->setCurrentIndex(0);
        right->tabBar()->setFocus();
        QVERIFY(right->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(right->currentIndex(), 1);
        QCOMPARE(left->currentIndex(), left->count() - 1); // the other pane stays

        // Left and Right on a row of tabs.
        left->tabBar()->setFocus();
        QTest::keyClick(left->tabBar(), Qt::Key_Left);
        QCOMPARE(left->currentIndex(), left->count() - 2);
        QTest::keyClick(left->tabBar(), Qt::Key_Right);
        QCOMPARE(left->currentIndex(), left->count() - 1);

        // Escape closes the find bar; Return and Shift+Return in it find the next and the
        // previous match.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        auto *findField = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(findField);
        QTest::keyClicks(findField, u"beta"_s);
        const int first = editor->textCursor().selectionStart();
        QTest::keyClick(findField, Qt::Key_Return);
        const int second = editor->textCursor().selectionStart();
        QVERIFY2(second > first, qPrintable(u"%1 %2"_s.arg(first).arg(second)));
        QTest::keyClick(findField, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(editor->textCursor().selectionStart(), first);
        QTest::keyClick(findField, Qt::Key_Escape);
        QVERIFY(!findField->isVisible());

        // F2 edits the current cell of a table.
        left->setCurrentWidget(w->widgetExamples());
        QTableView *table = w->widgetExamples()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_F2);
        // The cell's editor has the focus.
        QVERIFY(table->viewport()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(w->document()->text(), original);

        // Return in a list's field adds; Delete in the list removes the selected item.
        left->setCurrentIndex(0);
        ChipListEditor *tags = nullptr;
        for (ChipListEditor *c : w->metadataForm()->findChildren<ChipListEditor *>()) {
            if (c->items().contains(u"alpha"_s)) {
                tags = c;
            }
        }
        QVERIFY(tags);
        tags->input()->setFocus();
        QTest::keyClicks(tags->input(), u"gamma"_s);
        QTest::keyClick(tags->input(), Qt::Key_Return);
        QVERIFY2(w->document()->text().contains(u"- gamma\n"_s), qPrintable(w->document()->text()));
        tags->list()->setFocus();
        tags->list()->setCurrentRow(0);
        QTest::keyClick(tags->list(), Qt::Key_Delete);
        QVERIFY(!w->document()->text().contains(u"- alpha\n"_s));

        // Return in the Problems list goes to the problem's line in the source.
        auto *problems = w->problemsPanel()->findChild<QTreeView *>(u"problems"_s);
        QVERIFY(problems);
        QTRY_VERIFY(problems->model()->rowCount() > 0);
        problems->setFocus();
        problems->setCurrentIndex(problems->model()->index(0, 0));
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), editor);
        // The place column reads "line:column".
        const QString place =
            problems->model()->index(0, ProblemsModel::PlaceColumn).data().toString();
        QCOMPARE(editor->textCursor().blockNumber() + 1, place.section(u':', 0, 0).toInt());
    }

    void goToActions_putTheFocusInEachPane()
    {
        auto w = openWindow();
        QVERIFY(w);
        auto *left = qobject_cast<QTabWidget *>(w->metadataForm()->parentWidget()->parentWidget());
        auto *right = qobject_cast<QTabWidget *>(w->preview()->parentWidget()->parentWidget());
        // A hidden pane is shown first.
        w->paneAction(MainWindow::MetadataPane)->setChecked(false);
        w->problemsAction()->setChecked(false);
        const struct
        {
            Qt::Key key;
            QWidget *pane;
        } cases[] = {{Qt::Key_1, left},
                     {Qt::Key_2, w->sourcePane()},
                     {Qt::Key_3, right},
                     {Qt::Key_4, w->problemsPanel()}};
        for (const auto &c : cases) {
            QTest::keyClick(QApplication::focusWidget(), c.key, Qt::ControlModifier);
            QTRY_VERIFY2(c.pane->isAncestorOf(QApplication::focusWidget()),
                         qPrintable(FocusWalk::describe(QApplication::focusWidget())));
            QVERIFY(c.pane->isVisible());
        }
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
