#include "cli.h"

#include "carddocument.h"
#include "cardfile.h"
#include "lintcommand.h"
#include "rendercommand.h"
#include "tagscommand.h"
#include "tr.h"

#include <QFileInfo>
#include <QIODevice>

namespace Cardigan {

namespace {

void print(QIODevice &dev, const QString &line)
{
    dev.write(line.toUtf8());
    dev.write("\n");
}

// Reads FILE into @p doc; reports I/O errors itself.
bool load(const QString &path, CardDocument &doc, QIODevice &err)
{
    const CardFile::ReadResult r = CardFile::read(path);
    if (!r.ok()) {
        print(err, QStringLiteral("cardigan: ") + r.message); // the message names the file
        return false;
    }
    doc.load(r.text, r.bom);
    return true;
}

QString yamlErrorText(const QString &path, const CardDocument &doc)
{
    const CardDocument::Location at = doc.yamlErrorLocation();
    return QStringLiteral("cardigan: %1:%2:%3: %4")
        .arg(path)
        .arg(at.line)
        .arg(at.column)
        .arg(doc.yaml().error.reason);
}

int meta(const QStringList &args, QIODevice &out, QIODevice &err)
{
    if (args.size() != 1) {
        print(err, Cli::usage());
        return Cli::UsageOrIo;
    }
    CardDocument doc;
    if (!load(args[0], doc, err)) {
        return Cli::UsageOrIo;
    }
    if (doc.hasYamlError()) {
        print(err, yamlErrorText(args[0], doc));
        return Cli::Refused;
    }
    const YamlValue v = doc.metadata();
    if (v.expandedSize(YamlReader::maxExpansion) >= YamlReader::maxExpansion) {
        print(err, Tr::tr("cardigan: %1: the metadata expands to more than %2 values (aliases)")
                       .arg(args[0])
                       .arg(YamlReader::maxExpansion));
        return Cli::Refused;
    }
    out.write(v.toJson());
    out.write("\n");
    return Cli::Done;
}

// set and unset: edits applied one after the other, each verified; all or nothing.
int edit(bool isSet, const QStringList &args, QIODevice &out, QIODevice &err)
{
    QStringList rest = args;
    const bool toStdout = rest.removeAll(QStringLiteral("--stdout")) > 0;
    if (rest.isEmpty() || (!isSet && rest.size() < 2)) {
        print(err, Cli::usage());
        return Cli::UsageOrIo;
    }
    const QString path = rest.takeFirst();
    for (const QString &a : rest) {
        if (a.startsWith(QLatin1String("--"))) {
            print(err, Tr::tr("cardigan: unknown option %1").arg(a));
            print(err, Cli::usage());
            return Cli::UsageOrIo;
        }
    }
    CardDocument doc;
    if (!load(path, doc, err)) {
        return Cli::UsageOrIo;
    }
    const QString original = doc.text();
    for (const QString &a : rest) {
        QString pathText = a;
        QString valueText;
        if (isSet) {
            const qsizetype eq = a.indexOf(u'=');
            if (eq < 0) {
                print(err, Tr::tr("cardigan: \"%1\" is not PATH=VALUE").arg(a));
                return Cli::UsageOrIo;
            }
            pathText = a.left(eq);
            valueText = a.mid(eq + 1);
        }
        QString why;
        const auto yamlPath = YamlPath::parse(pathText, &why);
        if (!yamlPath) {
            print(err, QStringLiteral("cardigan: ") + why);
            return Cli::UsageOrIo;
        }
        const CardDocument::EditResult r =
            isSet ? doc.set(*yamlPath, valueText) : doc.unset(*yamlPath);
        if (!r.ok) {
            if (doc.hasYamlError()) {
                print(err, yamlErrorText(path, doc));
            }
            print(err, Tr::tr("cardigan: %1: %2: refused: %3").arg(path, pathText, r.message));
            return Cli::Refused;
        }
        if (!r.changed && !r.message.isEmpty()) {
            print(err, Tr::tr("cardigan: %1: %2").arg(path, r.message));
        }
    }
    if (toStdout) {
        out.write(CardFile::encode(doc.text(), doc.hasBom()));
        return Cli::Done;
    }
    if (doc.text() == original) {
        return Cli::Done; // nothing to write: the file keeps its bytes and its date
    }
    const CardFile::WriteResult w = CardFile::write(path, doc.text(), doc.hasBom());
    if (!w.ok()) {
        print(err, QStringLiteral("cardigan: %1: %2").arg(path, w.message));
        return Cli::UsageOrIo;
    }
    return Cli::Done;
}

} // namespace

bool Cli::isCommand(const QStringList &args)
{
    static const QStringList commands = {QStringLiteral("meta"),  QStringLiteral("set"),
                                         QStringLiteral("unset"), QStringLiteral("lint"),
                                         QStringLiteral("tags"),  QStringLiteral("render")};
    return !args.isEmpty() && commands.contains(args.first());
}

QString Cli::usage()
{
    return Tr::tr(
        "usage: cardigan [FILE|FOLDER]                     open the editor\n"
        "       cardigan --new-from-template               open the editor on a new card with "
        "the Hub's\n"
        "                                                  recommended sections\n"
        "       cardigan meta FILE                         print the metadata as JSON\n"
        "       cardigan set FILE PATH=VALUE... [--stdout] set values\n"
        "       cardigan unset FILE PATH... [--stdout]     remove keys or items\n"
        "       cardigan tags DIR [--json]                 what the Hub derives from a "
        "repository\n"
        "       cardigan lint [--format text|json|github] PATH...\n"
        "                                                  check cards as the Hub would\n"
        "       cardigan render FILE [-o OUT.html]         the model page as one HTML file\n"
        "PATH: license, a.b, tags[2], tags[+], widget[0].example_title\n"
        "VALUE: YAML flow text: mit, [en, fr], {text: hi}");
}

int Cli::run(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("meta")) {
        return meta(rest, out, err);
    }
    if (command == QLatin1String("set")) {
        return edit(true, rest, out, err);
    }
    if (command == QLatin1String("unset")) {
        return edit(false, rest, out, err);
    }
    if (command == QLatin1String("tags")) {
        return TagsCommand::run(rest, out, err);
    }
    if (command == QLatin1String("render")) {
        return RenderCommand::run(rest, out, err);
    }
    if (command == QLatin1String("lint")) {
        return LintCommand::run(rest, out, err);
    }
    print(err, usage());
    return UsageOrIo;
}

} // namespace Cardigan
