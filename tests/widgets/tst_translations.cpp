#include "appsettings.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "testsettings.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Cardigan;

namespace {

const QString sourceDir = QStringLiteral(CARDIGAN_SOURCE_DIR);

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // the numerus forms, or the one translation
    QStringList locations;    // file:line

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool finished() const
    {
        if (unfinished || translations.isEmpty()) {
            return false;
        }
        for (const QString &t : translations) {
            if (t.isEmpty()) {
                return false;
            }
        }
        return true;
    }
    QString where() const
    {
        return QStringLiteral("%1 (%2) \"%3\"")
            .arg(context, locations.join(QLatin1String(", ")), source);
    }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = TsMessage();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"location") {
                // Paths are relative to the .ts file: "../widgets/x.cpp".
                QString file = xml.attributes().value(QLatin1String("filename")).toString();
                file.remove(QRegularExpression(QStringLiteral("^(\\.\\./)+")));
                // A copy elsewhere names the sources by their full path: keep it short.
                file.remove(
                    QRegularExpression(u'^' + QRegularExpression::escape(sourceDir.mid(1) + u'/')));
                m.locations << file + u':' +
                                   xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"comment") {
                m.comment = xml.readElementText();
            } else if (name == u"translation") {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == u"unfinished";
                if (type == u"obsolete" || type == u"vanished") {
                    m.unfinished = true;
                }
                if (!m.numerus) {
                    m.translations << xml.readElementText();
                }
            } else if (name == u"numerusform") {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << m;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QString lupdatePath()
{
    const QString path = QStringLiteral(CARDIGAN_LUPDATE);
    return QFileInfo(path).isExecutable() ? path : QString();
}

// What must stay the same between a source text and its translation.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

QStringList htmlTags(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>|&[a-z]+;"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Tags by name (their attributes hold placeholders, compared on their own);
        // entities whole.
        found << (m.captured(2).isEmpty() ? m.captured() : u'<' + m.captured(1) + m.captured(2));
    }
    found.sort();
    return found;
}

// The keyboard accelerators: "&F" but not "&&", "&amp;" or "(&%1)".
QStringList accelerators(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?![a-z]+;)([\\p{L}\\p{N}])"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        found << it.next().captured(1).toLower();
    }
    return found;
}

QString ending(const QString &s)
{
    for (const QString &end :
         {QStringLiteral("\u2026"), QStringLiteral("..."), QStringLiteral(":")}) {
        if (s.endsWith(end)) {
            return end;
        }
    }
    return QString();
}

QStringList menuTitles(MainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions()) {
        titles << a->text();
    }
    return titles;
}

} // namespace

// The interface translations: complete against the sources, faithful to each source text's
// placeholders and markup, installed for the language asked for, and followed by the CLI.
class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useTestSettings(QStringLiteral("tst_translations"), m_dir.filePath(QStringLiteral("cfg")));
    }

    void cleanup() { Translations::uninstall(); }

    // (a) lupdate over the sources into copies of the shipped files: every source text is
    // in the shipped file and finished there (en: its plural forms).
    void shippedTranslations_coverEverySourceString()
    {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty()) {
            QSKIP("lupdate not found (Debian: qt6-l10n-tools): the translations' coverage is "
                  "not checked");
        }
        QStringList problems;
        for (const QString &lang :
             {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString shipped =
                sourceDir + QStringLiteral("/translations/cardigan_%1.ts").arg(lang);
            const QString copy = m_dir.filePath(QStringLiteral("ts/cardigan_%1.ts").arg(lang));
            QDir().mkpath(QFileInfo(copy).path());
            QFile::remove(copy);
            QVERIFY2(QFile::copy(shipped, copy), qPrintable(shipped));
            QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

            QStringList args{QStringLiteral("-silent"),          QStringLiteral("-no-obsolete"),
                             QStringLiteral("-locations"),       QStringLiteral("absolute"),
                             QStringLiteral("-source-language"), QStringLiteral("en"),
                             QStringLiteral("-target-language"), lang};
            if (lang == u"en") {
                args << QStringLiteral("-pluralonly");
            }
            for (const char *dir : {"app", "core", "widgets"}) {
                args << sourceDir + u'/' + QLatin1String(dir);
            }
            args << QStringLiteral("-ts") << copy;
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            p.start(lupdate, args);
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            qInfo("lupdate for %s: %lld ms", qPrintable(lang), timer.elapsed());

            QString error;
            const QList<TsMessage> before = readTs(shipped, &error);
            QVERIFY2(error.isEmpty(), qPrintable(shipped + QLatin1String(": ") + error));
            const QList<TsMessage> after = readTs(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(copy + QLatin1String(": ") + error));
            QSet<QString> known;
            for (const TsMessage &m : before) {
                known.insert(m.key());
            }
            int fresh = 0;
            int unfinished = 0;
            for (const TsMessage &m : after) {
                if (!known.contains(m.key())) {
                    problems << QStringLiteral("[%1] new: %2").arg(lang, m.where());
                    ++fresh;
                } else if (!m.finished()) {
                    problems << QStringLiteral("[%1] unfinished: %2").arg(lang, m.where());
                    ++unfinished;
                }
            }
            qInfo("cardigan_%s.ts: %lld strings in the sources, %d new, %d unfinished, %lld "
                  "no longer used",
                  qPrintable(lang), qlonglong(after.size()), fresh, unfinished,
                  qlonglong(before.size() - (after.size() - fresh)));
            if (lang != u"en") {
                // The English file holds only plurals; the others hold every string.
                QVERIFY2(after.size() > 500, qPrintable(QString::number(after.size())));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings to translate; run scripts/dev "
                                           "translations, then scripts/translations-todo:\n")
                                .arg(problems.size()) +
                            problems.join(u'\n')));
    }

    // (b) Each translation keeps its source's placeholders, HTML tags and entities, its
    // one accelerator and its trailing ellipsis or colon.
    void translations_keepPlaceholdersAndMarkup()
    {
        QStringList problems;
        int checked = 0;
        for (const QString &lang :
             {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            QString error;
            const QList<TsMessage> messages = readTs(
                sourceDir + QStringLiteral("/translations/cardigan_%1.ts").arg(lang), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!messages.isEmpty());
            for (const TsMessage &m : messages) {
                if (m.numerus && m.translations.size() != 2) {
                    problems << QStringLiteral("[%1] %2 plural forms, not 2: %3")
                                    .arg(lang)
                                    .arg(m.translations.size())
                                    .arg(m.where());
                }
                for (const QString &t : m.translations) {
                    if (t.isEmpty()) {
                        continue; // reported by the coverage test
                    }
                    ++checked;
                    auto expect = [&](const char *what, const QVariant &src, const QVariant &tr) {
                        if (src != tr) {
                            problems << QStringLiteral("[%1] %2 differ: %3 -> \"%4\"")
                                            .arg(lang, QLatin1String(what), m.where(), t);
                        }
                    };
                    expect("placeholders", placeholders(m.source), placeholders(t));
                    expect("HTML tags", htmlTags(m.source), htmlTags(t));
                    expect("accelerator count", int(accelerators(m.source).size()),
                           int(accelerators(t).size()));
                    expect("endings", ending(m.source), ending(t));
                }
            }
        }
        qInfo("%d translations checked", checked);
        QVERIFY(checked > 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void pick_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList german{QStringLiteral("de-AT"), QStringLiteral("de")};
        QTest::newRow("system German") << QString() << german << QStringLiteral("de");
        QTest::newRow("system French, POSIX name")
            << QString() << QStringList{QStringLiteral("fr_CA.UTF-8")} << QStringLiteral("fr");
        QTest::newRow("setting wins") << QStringLiteral("fr") << german << QStringLiteral("fr");
        QTest::newRow("setting English") << QStringLiteral("en") << german << QStringLiteral("en");
        QTest::newRow("unknown setting: system")
            << QStringLiteral("xx") << german << QStringLiteral("de");
        QTest::newRow("first known wins")
            << QString()
            << QStringList{QStringLiteral("ja"), QStringLiteral("fr"), QStringLiteral("de")}
            << QStringLiteral("fr");
        QTest::newRow("English first")
            << QString() << QStringList{QStringLiteral("en-US"), QStringLiteral("de")}
            << QStringLiteral("en");
        QTest::newRow("unknown system")
            << QString() << QStringList{QStringLiteral("xx-YY"), QStringLiteral("ja")}
            << QStringLiteral("en");
        QTest::newRow("C locale") << QString()
                                  << QStringList{QStringLiteral("C"), QStringLiteral("de")}
                                  << QStringLiteral("en");
        QTest::newRow("nothing") << QString() << QStringList() << QStringLiteral("en");
    }

    void pick()
    {
        QFETCH(QString, preferred);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::pick(preferred, system), expected);
    }

    void settingsOverride_picksItsLanguage()
    {
        AppSettings::instance()->setLanguage(QStringLiteral("fr"));
        QCOMPARE(Translations::pickFromSystem(AppSettings::instance()->language()),
                 QStringLiteral("fr"));
        AppSettings::instance()->setLanguage(QString());
        QCOMPARE(Translations::pickFromSystem(AppSettings::instance()->language()),
                 Translations::pickFromSystem());
    }

    // (c) The real window in German, Qt's own strings included; back to English after.
    void germanInstalled_windowAndQtSpeakGerman()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        {
            MainWindow w(std::make_unique<FakeFilePrompts>(),
                         m_dir.filePath(QStringLiteral("rec")));
            QCOMPARE(menuTitles(w),
                     (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
            QStringList tabs;
            for (QTabWidget *t : w.findChildren<QTabWidget *>()) {
                for (int i = 0; i < t->count(); ++i) {
                    tabs << t->tabText(i);
                }
            }
            for (const char *tab : {"Formular", "Alle Metadaten", "Dateien", "Vorschau"}) {
                QVERIFY2(tabs.contains(QString::fromUtf8(tab)), qPrintable(tabs.join(u',')));
            }
            QCOMPARE(w.files()->saveAsAction()->text(), QStringLiteral("Speichern &unter…"));
        }
        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        QVERIFY2(
            QFile::exists(qtCatalogue),
            qPrintable(qtCatalogue + QLatin1String(" is missing (Debian: qt6-translations-l10n)")));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(
            QCoreApplication::translate("Cardigan::RepoPanel", "%n file(s), %1, in %2", nullptr, 1),
            QStringLiteral("1 Datei, %1, in %2"));

        Translations::uninstall();
        MainWindow english(std::make_unique<FakeFilePrompts>(),
                           m_dir.filePath(QStringLiteral("rec")));
        QCOMPARE(menuTitles(english).value(0), QStringLiteral("&File"));
    }

    void menus_haveNoAcceleratorClash_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Each menu, and the menu bar, reaches every entry by a different letter.
    void menus_haveNoAcceleratorClash()
    {
        QFETCH(QString, lang);
        QCOMPARE(Translations::install(lang), lang);
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        QList<QWidget *> menus{w.menuBar()};
        for (QAction *a : w.menuBar()->actions()) {
            menus << a->menu();
        }
        QStringList clashes;
        for (QWidget *menu : menus) {
            QHash<QString, QString> seen;
            for (QAction *a : menu->actions()) {
                const QString text = a->menu() ? a->menu()->title() : a->text();
                for (const QString &key : accelerators(text)) {
                    if (seen.contains(key)) {
                        clashes << QStringLiteral("%1 / %2").arg(seen.value(key), text);
                    }
                    seen.insert(key, text);
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
    }

    void unknownLanguage_fallsBackToEnglishWithPlurals()
    {
        const QString lang =
            Translations::pick(QString(), {QStringLiteral("xx-YY"), QStringLiteral("ja")});
        QCOMPARE(Translations::install(lang), QStringLiteral("en"));
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        QCOMPARE(menuTitles(w).value(0), QStringLiteral("&File"));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        // English: the plural forms only, so "%n file(s)" reads as English does.
        QCOMPARE(
            QCoreApplication::translate("Cardigan::RepoPanel", "%n file(s), %1, in %2", nullptr, 1),
            QStringLiteral("1 file, %1, in %2"));
        QCOMPARE(
            QCoreApplication::translate("Cardigan::RepoPanel", "%n file(s), %1, in %2", nullptr, 3),
            QStringLiteral("3 files, %1, in %2"));
    }

    // (d) The command line follows LANGUAGE for its messages; what machines read does not
    // change.
    void cli_followsLanguageButNotItsCodes()
    {
        QFile card(m_dir.filePath(QStringLiteral("README.md")));
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write("---\nlicense: not-a-license\nlanguage: EN\n---\n# Card\n");
        card.close();

        auto run = [&](const QString &language, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"}) {
                env.remove(QLatin1String(var));
            }
            if (language.isEmpty()) {
                env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            } else {
                env.insert(QStringLiteral("LANGUAGE"), language);
            }
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CARDIGAN_EXECUTABLE), args);
            if (!p.waitForFinished(60000)) {
                return QByteArray("timeout");
            }
            return p.readAllStandardOutput();
        };
        const QStringList text{QStringLiteral("lint"), card.fileName()};
        const QByteArray english = run(QString(), text);
        const QByteArray french = run(QStringLiteral("fr"), text);
        QVERIFY2(english.contains("\"license\" must be one of the Hub's license ids"),
                 english.constData());
        QVERIFY2(french.contains("« license » doit être l’un des identifiants de licence du Hub"),
                 french.constData());
        // FILE:LINE:COL: severity: ... [code] keeps its shape and its codes.
        static const QRegularExpression shape(
            QStringLiteral("^(.*:\\d+:\\d+: \\w+): .* (\\[[^]]+\\])$"),
            QRegularExpression::MultilineOption);
        auto skeleton = [](const QByteArray &out) {
            QStringList lines;
            for (auto it = shape.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                lines << m.captured(1) + u' ' + m.captured(2);
            }
            return lines;
        };
        QVERIFY(!skeleton(english).isEmpty());
        QCOMPARE(skeleton(french), skeleton(english));

        const QStringList json{QStringLiteral("lint"), QStringLiteral("--format"),
                               QStringLiteral("json"), card.fileName()};
        const QJsonArray en = QJsonDocument::fromJson(run(QString(), json)).array();
        const QJsonArray fr = QJsonDocument::fromJson(run(QStringLiteral("fr"), json)).array();
        QVERIFY(!en.isEmpty());
        QCOMPARE(fr.size(), en.size());
        for (int i = 0; i < en.size(); ++i) {
            QJsonObject a = en.at(i).toObject();
            QJsonObject b = fr.at(i).toObject();
            QCOMPARE(b.keys(), a.keys());
            QVERIFY(a.value(QLatin1String("message")) != b.value(QLatin1String("message")));
            // The message and the fix's title are for people; the rest is for programs.
            for (const char *human : {"message", "fix"}) {
                a.remove(QLatin1String(human));
                b.remove(QLatin1String(human));
            }
            QCOMPARE(b, a);
        }

        const QStringList github{QStringLiteral("lint"), QStringLiteral("--format"),
                                 QStringLiteral("github"), card.fileName()};
        auto commands = [](const QByteArray &out) {
            QStringList lines;
            for (const QByteArray &line : out.split('\n')) {
                lines << QString::fromUtf8(line.left(line.lastIndexOf("::")));
            }
            return lines;
        };
        QCOMPARE(commands(run(QStringLiteral("fr"), github)), commands(run(QString(), github)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
