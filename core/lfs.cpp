#include "lfs.h"

#include <QList>

namespace Cardigan {

std::optional<LfsPointer> Lfs::parsePointer(const QByteArray &bytes)
{
    if (bytes.size() >= maxPointerSize || !bytes.startsWith(versionLine)) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = bytes.mid(qsizetype(sizeof(versionLine)) - 1).split('\n');
    LfsPointer p;
    bool haveOid = false;
    bool haveSize = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty()) {
            // Only the final newline may leave an empty piece.
            if (i != lines.size() - 1) {
                return std::nullopt;
            }
            continue;
        }
        const qsizetype space = line.indexOf(' ');
        if (space <= 0) {
            return std::nullopt;
        }
        const QByteArray key = line.left(space);
        const QByteArray value = line.mid(space + 1);
        if (key == "oid") {
            const QByteArray hex = value.mid(7);
            if (!value.startsWith("sha256:") || hex.size() != 64) {
                return std::nullopt;
            }
            for (const char c : hex) {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                    return std::nullopt;
                }
            }
            p.oid = value;
            haveOid = true;
        } else if (key == "size") {
            if (value.isEmpty() || value.size() > 18) {
                return std::nullopt;
            }
            for (const char c : value) {
                if (c < '0' || c > '9') {
                    return std::nullopt;
                }
            }
            p.size = value.toLongLong();
            haveSize = true;
        }
        // Other keys (extensions, "ext-0-foo ...") are allowed by the spec and ignored.
    }
    if (!haveOid || !haveSize) {
        return std::nullopt;
    }
    return p;
}

QString GitAttributes::patternToRegex(const QString &pattern)
{
    QString p = pattern;
    bool dirOnly = false;
    if (p.endsWith(u'/')) {
        dirOnly = true;
        p.chop(1);
    }
    const bool anchored = p.contains(u'/');
    if (p.startsWith(u'/')) {
        p.remove(0, 1);
    }
    QString re;
    if (!anchored) {
        re += QStringLiteral("(?:.*/)?"); // a bare name matches at any depth
    }
    const QStringList segments = p.split(u'/');
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const QString &seg = segments[s];
        const bool last = s == segments.size() - 1;
        if (seg == QLatin1String("**")) {
            // "a/**" matches everything inside a; "**/b" and "a/**/b" any depth of folders.
            re += last ? QStringLiteral(".*") : QStringLiteral("(?:[^/]*/)*");
            continue;
        }
        for (qsizetype i = 0; i < seg.size(); ++i) {
            const QChar c = seg[i];
            if (c == u'*') {
                while (i + 1 < seg.size() && seg[i + 1] == u'*') {
                    ++i; // "**" inside a segment is just "*"
                }
                re += QStringLiteral("[^/]*");
            } else if (c == u'?') {
                re += QStringLiteral("[^/]");
            } else if (c == u'[') {
                const qsizetype close = seg.indexOf(u']', i + 2);
                if (close < 0) {
                    re += QStringLiteral("\\[");
                    continue;
                }
                QString set = seg.mid(i + 1, close - i - 1);
                QString cls = QStringLiteral("[");
                if (set.startsWith(u'!') || set.startsWith(u'^')) {
                    cls += u'^';
                    set.remove(0, 1);
                }
                for (const QChar m : std::as_const(set)) {
                    if (m == u'\\' || m == u']' || m == u'[' || m == u'^') {
                        cls += u'\\';
                    }
                    cls += m;
                }
                re += cls + QStringLiteral("]");
                i = close;
            } else if (c == u'\\' && i + 1 < seg.size()) {
                re += QRegularExpression::escape(seg.mid(++i, 1));
            } else {
                re += QRegularExpression::escape(QString(c));
            }
        }
        if (!last) {
            re += u'/';
        }
    }
    if (dirOnly) {
        // Folder patterns apply to folders, not to the files inside them (git does not
        // apply gitattributes "dir/" patterns to files), so they can never match a file.
        return QStringLiteral("(?!)");
    }
    return QRegularExpression::anchoredPattern(re);
}

GitAttributes GitAttributes::parse(const QByteArray &text)
{
    GitAttributes attrs;
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('"') ||
            line.startsWith("[attr]")) {
            continue;
        }
        const QList<QByteArray> fields = line.simplified().split(' ');
        std::optional<bool> lfs;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray &f = fields[i];
            if (f == "filter=lfs") {
                lfs = true;
            } else if (f == "-filter" || f == "!filter" || f.startsWith("filter=")) {
                lfs = false;
            }
        }
        if (!lfs) {
            continue; // the line says nothing about the filter: it changes nothing
        }
        Rule rule;
        rule.pattern = QString::fromUtf8(fields.first());
        // The Hub's default .gitattributes is some thirty "*.ext" lines, matched against
        // every file: those skip the regex.
        static const QRegularExpression simpleSuffix(QStringLiteral("^\\*\\.[^*?\\[\\]\\\\/]+$"));
        if (simpleSuffix.match(rule.pattern).hasMatch()) {
            rule.suffix = rule.pattern.mid(1);
        }
        rule.regex = QRegularExpression(patternToRegex(rule.pattern));
        rule.lfs = *lfs;
        if (rule.regex.isValid()) {
            attrs.m_rules.push_back(std::move(rule));
        }
    }
    return attrs;
}

bool GitAttributes::isLfs(const QString &relativePath) const
{
    for (auto it = m_rules.rbegin(); it != m_rules.rend(); ++it) {
        const bool matches = it->suffix.isEmpty() ? it->regex.match(relativePath).hasMatch()
                                                  : relativePath.endsWith(it->suffix);
        if (matches) {
            return it->lfs;
        }
    }
    return false;
}

QStringList GitAttributes::lfsPatterns() const
{
    QStringList out;
    for (const Rule &r : m_rules) {
        if (r.lfs) {
            out << r.pattern;
        }
    }
    return out;
}

} // namespace Cardigan
