#include "appsettings.h"
#include "autosavecontroller.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "sourcepane.h"
#include "testsettings.h"
#include "thememanager.h"
#include "widgetpreview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace Cardigan;

// The preferences dialog stores what the user picks, and an open window follows at once:
// the editor's font, the autosave interval, the remote-images action, the theme's palette
// and the preview page's colours.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_initialStyle;
    QColor m_initialWindow;

    static QString evaluate(PreviewView *preview, const QString &script)
    {
        QString result;
        bool done = false;
        preview->view()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                               [&](const QVariant &v) {
                                                   result = v.toString();
                                                   done = true;
                                               });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            return QStringLiteral("(no answer)");
        }
        return result;
    }

    // "rgb(11, 15, 25)" -> its lightness (0..255); -1 when it is no colour.
    static int cssLightness(const QString &css)
    {
        static const QRegularExpression rgb(QStringLiteral("rgba?\\((\\d+), (\\d+), (\\d+)"));
        const QRegularExpressionMatch m = rgb.match(css);
        if (!m.hasMatch()) {
            return -1;
        }
        return QColor(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
            .lightness();
    }

    // The lightness of "background: #rrggbb" in a style sheet; -1 without one.
    static int backgroundLightness(const QString &styleSheet)
    {
        static const QRegularExpression bg(QStringLiteral("background: (#[0-9a-fA-F]{6})"));
        const QRegularExpressionMatch m = bg.match(styleSheet);
        return m.hasMatch() ? QColor(m.captured(1)).lightness() : -1;
    }

    static QAction *actionNamed(QWidget *window, const QString &part)
    {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->text().remove(u'&').contains(part)) {
                return a;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_preferencesdialog"), m_dir.path());
        QSettings().clear();
        m_initialStyle = QApplication::style()->name();
        m_initialWindow = QApplication::palette().color(QPalette::Window);
    }

    void init()
    {
        // Through AppSettings first, so the theme a test left behind is undone.
        ThemeManager::instance(); // follows the theme from here on
        AppSettings::instance()->setTheme(AppSettings::Theme::System);
        QSettings().clear();
    }

    void controls_changeTheSettings()
    {
        PreferencesDialog dialog;
        AppSettings *s = AppSettings::instance();
        dialog.autosaveSeconds()->setValue(30);
        QCOMPARE(s->autosaveSeconds(), 30);
        dialog.remoteImages()->click();
        QCOMPARE(s->remoteImages(), true);
        dialog.language()->setCurrentIndex(dialog.language()->findText(QStringLiteral("Deutsch")));
        QCOMPARE(s->language(), QStringLiteral("de"));
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(int(AppSettings::Theme::Light)));
        QCOMPARE(s->theme(), AppSettings::Theme::Light);
        const QString family = s->editorFont().family();
        dialog.fontSize()->setValue(19);
        QCOMPARE(s->editorFont().pointSize(), 19);
        QCOMPARE(s->editorFont().family(), family); // the size alone changed
        dialog.fontFamily()->setCurrentFont(QFont(QStringLiteral("DejaVu Sans Mono")));
        QCOMPARE(s->editorFont().family(), dialog.fontFamily()->currentFont().family());
        QCOMPARE(s->editorFont().pointSize(), 19);

        dialog.restoreDefaults();
        QCOMPARE(s->autosaveSeconds(), AppSettings::defaultAutosaveSeconds);
        QCOMPARE(s->remoteImages(), false);
        QCOMPARE(s->language(), QString());
        QCOMPARE(s->theme(), AppSettings::Theme::System);
        QCOMPARE(s->editorFont(), AppSettings::defaultEditorFont());
        QCOMPARE(dialog.autosaveSeconds()->value(), 5);
        QVERIFY(!dialog.remoteImages()->isChecked());
    }

    void settingsChangedElsewhere_showInTheDialog()
    {
        PreferencesDialog dialog;
        AppSettings::instance()->setRemoteImages(true);
        QVERIFY(dialog.remoteImages()->isChecked());
        AppSettings::instance()->setAutosaveSeconds(120);
        QCOMPARE(dialog.autosaveSeconds()->value(), 120);
        AppSettings::instance()->setTheme(AppSettings::Theme::Dark);
        QCOMPARE(dialog.theme()->currentData().toInt(), int(AppSettings::Theme::Dark));
    }

    void everyControl_isNamedLabelledAndReachableWithTab()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> controls = {dialog.fontFamily(),      dialog.fontSize(),
                                           dialog.theme(),           dialog.remoteImages(),
                                           dialog.autosaveSeconds(), dialog.language()};
        QSet<QWidget *> buddied;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy()) {
                buddied.insert(label->buddy());
            }
        }
        for (QWidget *w : controls) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, w->metaObject()->className());
        }
        const QList<QWidget *> labelled = {dialog.fontFamily(), dialog.theme(),
                                           dialog.remoteImages(), dialog.autosaveSeconds(),
                                           dialog.language()};
        for (QWidget *w : labelled) {
            QVERIFY2(buddied.contains(w), qPrintable(w->accessibleName()));
        }
        // Tab from the first control visits the others in order.
        dialog.fontFamily()->setFocus();
        QList<QWidget *> visited;
        for (int i = 0; i < 20 && visited.size() < controls.size(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            for (QWidget *c : controls) {
                if ((focus == c || c->isAncestorOf(focus)) && !visited.contains(c)) {
                    visited << c;
                }
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(visited, controls);
    }

    void mainWindow_followsFontAutosaveAndRemoteImages()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QAction *prefs = actionNamed(&w, QStringLiteral("Preferences"));
        QVERIFY(prefs);
        QVERIFY(!prefs->shortcut().isEmpty());
        prefs->trigger();
        auto *dialog = w.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        SourceEditor *editor = w.sourcePane()->editor();
        const int size = editor->font().pointSize() + 5;
        dialog->fontSize()->setValue(size);
        QCOMPARE(editor->font().pointSize(), size);
        QCOMPARE(editor->document()->defaultFont().pointSize(), size);

        QCOMPARE(w.files()->autosave()->interval(), 5000);
        dialog->autosaveSeconds()->setValue(45);
        QCOMPARE(w.files()->autosave()->interval(), 45000);

        QAction *remote = actionNamed(&w, QStringLiteral("Remote Images"));
        QVERIFY(remote);
        QVERIFY(!remote->isChecked());
        dialog->remoteImages()->click();
        QVERIFY(remote->isChecked());
        QVERIFY(w.preview()->allowRemoteImages());
        // And back from the menu to the dialog and the stored setting.
        remote->trigger();
        QVERIFY(!dialog->remoteImages()->isChecked());
        QCOMPARE(AppSettings::instance()->remoteImages(), false);
        QVERIFY(!w.preview()->allowRemoteImages());
    }

    void mainWindow_storedRemoteImages_areOnAtStart()
    {
        AppSettings::instance()->setRemoteImages(true);
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec2")));
        QVERIFY(actionNamed(&w, QStringLiteral("Remote Images"))->isChecked());
        QVERIFY(w.preview()->allowRemoteImages());
    }

    void darkTheme_paletteEditorAndPreviewFollow()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec3")));
        w.show();
        w.openExample();
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->isReady(), 30000);
        QCOMPARE(evaluate(w.preview(), QStringLiteral("document.documentElement.dataset.theme")),
                 QStringLiteral("light"));
        const int lightBackground = cssLightness(evaluate(
            w.preview(), QStringLiteral("getComputedStyle(document.body).backgroundColor")));
        QVERIFY2(lightBackground > 200, qPrintable(QString::number(lightBackground)));

        PreferencesDialog dialog(&w);
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(int(AppSettings::Theme::Dark)));
        QVERIFY(ThemeManager::instance()->isDark());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Disabled}) {
            // Windows are told of a new application palette by a posted event.
            QTRY_VERIFY(w.palette().color(group, QPalette::Window).lightness() < 64);
            QVERIFY(w.palette().color(group, QPalette::Window).lightness() < 64);
            QVERIFY(w.palette().color(group, QPalette::Base).lightness() < 64);
        }
        QVERIFY(w.palette().color(QPalette::WindowText).lightness() > 200);
        QVERIFY(w.palette().color(QPalette::PlaceholderText).lightness() > 110);
        SourceEditor *editor = w.sourcePane()->editor();
        QTRY_VERIFY(editor->palette().color(QPalette::Base).lightness() < 64);
        QVERIFY(editor->palette().color(QPalette::Text).lightness() > 200);

        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(w.preview(), QStringLiteral("document.documentElement.dataset.theme")),
            QStringLiteral("dark"), 10000);
        const int darkBackground = cssLightness(evaluate(
            w.preview(), QStringLiteral("getComputedStyle(document.body).backgroundColor")));
        QVERIFY2(darkBackground >= 0 && darkBackground < 40,
                 qPrintable(QString::number(darkBackground)));
        const int darkText = cssLightness(
            evaluate(w.preview(), QStringLiteral("getComputedStyle(document.body).color")));
        QVERIFY2(darkText > 180, qPrintable(QString::number(darkText)));
        qInfo("preview body lightness: light %d, dark %d, dark text %d", lightBackground,
              darkBackground, darkText);
        QCOMPARE(w.preview()->view()->page()->backgroundColor().lightness(), darkBackground);

        // The Widget tab's task chip is drawn in dark colours too.
        auto *task = w.widgetPreview()->findChild<QLabel *>(QStringLiteral("widgetTask"));
        QVERIFY(task);
        QTRY_VERIFY(backgroundLightness(task->styleSheet()) >= 0 &&
                    backgroundLightness(task->styleSheet()) < 64);

        // A reload (another folder, remote images) keeps the theme.
        AppSettings::instance()->setRemoteImages(true);
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->isReady(), 30000);
        QCOMPARE(evaluate(w.preview(), QStringLiteral("document.documentElement.dataset.theme")),
                 QStringLiteral("dark"));

        // Light: light again, in Fusion too.
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(int(AppSettings::Theme::Light)));
        QVERIFY(!ThemeManager::instance()->isDark());
        QTRY_VERIFY(w.palette().color(QPalette::Base).lightness() > 220);
        QTRY_VERIFY(backgroundLightness(task->styleSheet()) > 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(w.preview(), QStringLiteral("document.documentElement.dataset.theme")),
            QStringLiteral("light"), 10000);

        // System: what the platform gave before we changed anything.
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(int(AppSettings::Theme::System)));
        QCOMPARE(QApplication::style()->name(), m_initialStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_initialWindow);
        QTRY_COMPARE(w.palette().color(QPalette::Window), m_initialWindow);
    }

    void formProblems_takeTheThemesColours()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad/README.md"));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\nlicense: not-a-license\n---\n# Card\n");
        f.close();
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec4")));
        w.show();
        QVERIFY(w.files()->openPath(path));
        QLabel *text = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (text = w.findChild<QLabel *>(QStringLiteral("text"))) != nullptr &&
                text->parentWidget()->objectName() == QLatin1String("license-problems"),
            10000);
        const QColor light = text->palette().color(QPalette::WindowText);
        QVERIFY(light.lightness() < 128); // dark red on a light window

        AppSettings::instance()->setTheme(AppSettings::Theme::Dark);
        // Linted again once the widgets have the dark palette: a light red on dark.
        QTRY_VERIFY_WITH_TIMEOUT(text->palette().color(QPalette::WindowText) != light, 10000);
        const QColor dark = text->palette().color(QPalette::WindowText);
        QVERIFY2(dark.lightness() > light.lightness(), qPrintable(dark.name()));
        qInfo("license problem colour: light theme %s, dark theme %s", qPrintable(light.name()),
              qPrintable(dark.name()));
    }

    void themePalettes_areComplete()
    {
        // Every role of every group is set, so nothing falls back to the platform's colours.
        for (const QPalette &p : {ThemeManager::darkPalette(), ThemeManager::lightPalette()}) {
            for (QPalette::ColorGroup group :
                 {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
                for (int role = 0; role < QPalette::NColorRoles; ++role) {
                    if (role != QPalette::NoRole) {
                        QVERIFY2(
                            p.isBrushSet(group, QPalette::ColorRole(role)),
                            qPrintable(QStringLiteral("group %1 role %2").arg(group).arg(role)));
                    }
                }
            }
            // Disabled text is told apart from enabled text.
            QVERIFY(p.color(QPalette::Disabled, QPalette::Text) != p.color(QPalette::Text));
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreferencesDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferencesdialog.moc"
