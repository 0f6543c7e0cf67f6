#include "aboutdialog.h"
#include "previewpage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

// The About dialog names the versions a bug report needs: Qt at run time, yaml-cpp and
// md4c as the build found them, and KaTeX as the preview's own file says.
class TestAboutDialog : public QObject
{
    Q_OBJECT

    // The version in a katex.min.js, found without the dialog's code: the text between
    // `version:"` and the next quote.
    static QString versionInFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return QString();
        }
        const QByteArray js = f.readAll();
        const QByteArray marker("version:\"");
        const int start = js.indexOf(marker);
        if (start < 0) {
            return QString();
        }
        const int from = start + marker.size();
        return QString::fromLatin1(js.mid(from, js.indexOf('"', from) - from));
    }

private slots:
    void initTestCase() { QApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void versions_areTheRunTimeAndBuildOnes()
    {
        AboutDialog dialog;
        const QString text = dialog.versionsLabel()->text();
        qInfo().noquote() << text;
        QVERIFY(text.contains(QLatin1String("Cardigan 9.8.7")));
        QVERIFY(text.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
        if (QLatin1String(qVersion()) != QLatin1String(QT_VERSION_STR)) {
            QVERIFY(text.contains(QLatin1String(QT_VERSION_STR)));
        }
        const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
        QCOMPARE(AboutDialog::yamlCppVersion(), QStringLiteral(CARDIGAN_TEST_YAML_CPP_VERSION));
        QVERIFY2(semver.match(AboutDialog::yamlCppVersion()).hasMatch(),
                 qPrintable(AboutDialog::yamlCppVersion()));
        QVERIFY(text.contains(QLatin1String("yaml-cpp ") + AboutDialog::yamlCppVersion()));
        QCOMPARE(AboutDialog::md4cVersion(), QStringLiteral(CARDIGAN_TEST_MD4C_VERSION));
        if (QStringLiteral(CARDIGAN_TEST_MD4C_VERSION).isEmpty()) {
            QVERIFY(text.contains(QLatin1String("md4c unknown")));
        } else {
            QVERIFY2(semver.match(AboutDialog::md4cVersion()).hasMatch(),
                     qPrintable(AboutDialog::md4cVersion()));
            QVERIFY(text.contains(QLatin1String("md4c ") + AboutDialog::md4cVersion()));
        }
    }

    void katex_isReadFromThePreviewsFile()
    {
        const QString file = PreviewUrlPolicy::katexFolder() + QStringLiteral("/katex.min.js");
        AboutDialog dialog;
        const QString text = dialog.versionsLabel()->text();
        if (!QFile::exists(file)) {
            QVERIFY(text.contains(QLatin1String("KaTeX not installed")));
            QSKIP("libjs-katex is not installed: only the \"not installed\" line was checked");
        }
        const QString expected = versionInFile(file);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(expected).hasMatch(),
            qPrintable(expected));
        QCOMPARE(AboutDialog::katexVersion(), expected);
        QVERIFY(text.contains(QLatin1String("KaTeX ") + expected));
    }

    void katex_missingOrUnreadable()
    {
        QTemporaryDir dir;
        QCOMPARE(AboutDialog::katexVersion(dir.path()), QString());
        QFile js(dir.filePath(QStringLiteral("katex.min.js")));
        QVERIFY(js.open(QIODevice::WriteOnly));
        js.write("var katex={render:function(){}};");
        js.close();
        QCOMPARE(AboutDialog::katexVersion(dir.path()), QStringLiteral("unknown"));
        QVERIFY(js.open(QIODevice::WriteOnly | QIODevice::Truncate));
        js.write("!function(){var k={version:\"1.22.333\",render:0}}();");
        js.close();
        QCOMPARE(AboutDialog::katexVersion(dir.path()), QStringLiteral("1.22.333"));
    }

    void copy_putsTheVersionsOnTheClipboard()
    {
        AboutDialog dialog;
        QPushButton *copy = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&').startsWith(QLatin1String("Copy"))) {
                copy = b;
            }
        }
        QVERIFY(copy);
        QVERIFY(!copy->accessibleName().isEmpty());
        QApplication::clipboard()->setText(QStringLiteral("before"));
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.versionsText());
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("yaml-cpp")));
        // The text can be selected too.
        QVERIFY(dialog.versionsLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    }
};

QTEST_MAIN(TestAboutDialog)

#include "tst_aboutdialog.moc"
