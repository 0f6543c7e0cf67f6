#include "mainwindow.h"

#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showCard_showsTextAndTitle();
    void quit_closesWindow();
};

void TestMainWindow::showCard_showsTextAndTitle()
{
    MainWindow window;
    const QString text = u"---\nlicense: mit\n---\n# Card \U0001F917\n"_s;
    window.showCard(u"README.md"_s, text);
    QCOMPARE(window.windowTitle(), u"README.md \u2014 Cardigan"_s);
    auto *editor = window.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), text);
}

void TestMainWindow::quit_closesWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *quit = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Quit"_s) {
            quit = action;
        }
    }
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
