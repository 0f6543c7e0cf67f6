#include "appsettings.h"
#include "testsettings.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

// The preferences as stored: defaults on a fresh profile, values that survive a new
// QSettings, signals only for real changes, bounds, and hand-edited garbage ignored.
class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The INI file AppSettings writes to, read by a QSettings of our own.
    QSettings freshSettings() const
    {
        return QSettings(QSettings().fileName(), QSettings::IniFormat);
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_appsettings"), m_dir.path()); }
    void init() { QSettings().clear(); }

    void defaults_onAFreshProfile()
    {
        AppSettings *s = AppSettings::instance();
        QCOMPARE(s->editorFont(), AppSettings::defaultEditorFont());
        QVERIFY(QFontInfo(s->editorFont()).fixedPitch());
        QCOMPARE(s->theme(), AppSettings::Theme::System);
        QCOMPARE(s->remoteImages(), false);
        QCOMPARE(s->autosaveSeconds(), 5);
        QCOMPARE(s->language(), QString());
    }

    void setters_roundTripThroughAFreshQSettings()
    {
        AppSettings *s = AppSettings::instance();
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setPointSize(17);
        s->setEditorFont(font);
        s->setTheme(AppSettings::Theme::Dark);
        s->setRemoteImages(true);
        s->setAutosaveSeconds(42);
        s->setLanguage(QStringLiteral("de"));
        QSettings().sync();

        QSettings file = freshSettings();
        QCOMPARE(file.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(file.value(QStringLiteral("preview/remoteImages")).toString(),
                 QStringLiteral("true"));
        QCOMPARE(file.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 42);
        QCOMPARE(file.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QFont stored;
        QVERIFY(stored.fromString(file.value(QStringLiteral("editor/font")).toString()));
        QCOMPARE(stored.family(), QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(stored.pointSize(), 17);

        QCOMPARE(s->editorFont().pointSize(), 17);
        QCOMPARE(s->theme(), AppSettings::Theme::Dark);
        QCOMPARE(s->remoteImages(), true);
        QCOMPARE(s->autosaveSeconds(), 42);
        QCOMPARE(s->language(), QStringLiteral("de"));

        // Written by someone else (another window, a hand edit): read back as stored.
        file.setValue(QStringLiteral("appearance/theme"), QStringLiteral("light"));
        file.sync();
        QCOMPARE(s->theme(), AppSettings::Theme::Light);
    }

    void signals_onlyOnARealChange()
    {
        AppSettings *s = AppSettings::instance();
        QSignalSpy font(s, &AppSettings::editorFontChanged);
        QSignalSpy theme(s, &AppSettings::themeChanged);
        QSignalSpy remote(s, &AppSettings::remoteImagesChanged);
        QSignalSpy autosave(s, &AppSettings::autosaveSecondsChanged);
        QSignalSpy language(s, &AppSettings::languageChanged);

        // The defaults again: nothing changed, nothing said.
        s->setEditorFont(AppSettings::defaultEditorFont());
        s->setTheme(AppSettings::Theme::System);
        s->setRemoteImages(false);
        s->setAutosaveSeconds(5);
        s->setLanguage(QString());
        QCOMPARE(
            font.count() + theme.count() + remote.count() + autosave.count() + language.count(), 0);

        QFont bigger = AppSettings::defaultEditorFont();
        bigger.setPointSize(bigger.pointSize() + 3);
        for (int i = 0; i < 2; ++i) {
            s->setEditorFont(bigger);
            s->setTheme(AppSettings::Theme::Light);
            s->setRemoteImages(true);
            s->setAutosaveSeconds(9);
            s->setLanguage(QStringLiteral("fr"));
        }
        QCOMPARE(font.count(), 1);
        QCOMPARE(font.first().first().value<QFont>(), bigger);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.first().first().value<AppSettings::Theme>(), AppSettings::Theme::Light);
        QCOMPARE(remote.count(), 1);
        QCOMPARE(remote.first().first().toBool(), true);
        QCOMPARE(autosave.count(), 1);
        QCOMPARE(autosave.first().first().toInt(), 9);
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().toString(), QStringLiteral("fr"));
    }

    void autosave_isBounded()
    {
        AppSettings *s = AppSettings::instance();
        QSignalSpy changed(s, &AppSettings::autosaveSecondsChanged);
        s->setAutosaveSeconds(0);
        QCOMPARE(s->autosaveSeconds(), AppSettings::minAutosaveSeconds);
        s->setAutosaveSeconds(-30);
        QCOMPARE(s->autosaveSeconds(), 1);
        s->setAutosaveSeconds(100000);
        QCOMPARE(s->autosaveSeconds(), AppSettings::maxAutosaveSeconds);
        QCOMPARE(changed.count(), 2); // 1, then 600; -30 is 1 again
        QCOMPARE(changed.last().first().toInt(), 600);
    }

    void corruptValues_fallBackToTheDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("theme") << "appearance/theme" << QVariant(QStringLiteral("purple"));
        QTest::newRow("autosave text")
            << "autosave/intervalSeconds" << QVariant(QStringLiteral("soon"));
        QTest::newRow("autosave zero") << "autosave/intervalSeconds" << QVariant(0);
        QTest::newRow("autosave huge") << "autosave/intervalSeconds" << QVariant(99999);
        QTest::newRow("remote maybe")
            << "preview/remoteImages" << QVariant(QStringLiteral("maybe"));
        QTest::newRow("font fields") << "editor/font" << QVariant(QStringLiteral("a,b,c"));
        // A well-formed description without a family.
        QStringList noFamily = QFont(QStringLiteral("Mono"), 10).toString().split(u',');
        noFamily[0] = QStringLiteral(" ");
        QTest::newRow("font no family") << "editor/font" << QVariant(noFamily.join(u','));
        QTest::newRow("language") << "ui/language" << QVariant(QStringLiteral("../../etc"));
    }

    void corruptValues_fallBackToTheDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        AppSettings *s = AppSettings::instance();
        QCOMPARE(s->theme(), AppSettings::Theme::System);
        QCOMPARE(s->autosaveSeconds(), AppSettings::defaultAutosaveSeconds);
        QCOMPARE(s->remoteImages(), false);
        QCOMPARE(s->editorFont(), AppSettings::defaultEditorFont());
        QCOMPARE(s->language(), QString());
    }

    void invalidLanguage_isStoredAsFollowTheSystem()
    {
        AppSettings *s = AppSettings::instance();
        s->setLanguage(QStringLiteral("de"));
        QSignalSpy changed(s, &AppSettings::languageChanged);
        s->setLanguage(QStringLiteral("not a language"));
        QCOMPARE(s->language(), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QString());
    }
};

QTEST_MAIN(TestAppSettings)

#include "tst_appsettings.moc"
