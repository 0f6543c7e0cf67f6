#include "widgethtml.h"

#include "htmlescape.h"
#include "tr.h"
#include "widgetexamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Cardigan {

namespace {

using Widget = WidgetModel::Widget;

QString esc(const QString &s)
{
    return Html::escape(s);
}

QString input(const QString &label, const QString &value, const char *cls = "widget-input")
{
    QString html = QStringLiteral("<div class=\"%1\">").arg(QLatin1String(cls));
    if (!label.isEmpty()) {
        html += QStringLiteral("<span class=\"widget-input-label\">%1</span>").arg(esc(label));
    }
    return html +
           QStringLiteral("<div class=\"widget-input-value\">%1</div></div>").arg(esc(value));
}

QString table(const WidgetTable &t)
{
    QString html = QStringLiteral("<table class=\"widget-table\"><tr>");
    for (const QString &c : t.columns) {
        html += QStringLiteral("<th>%1</th>").arg(esc(c));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// An image or audio file: embedded when it is in the card's folder, else named.
QString media(const QString &src, const QString &folder, bool audio)
{
    const QString data = WidgetHtml::embeddedFile(folder, src);
    if (data.isEmpty()) {
        return QStringLiteral("<div class=\"widget-media-missing\">%1</div>")
            .arg(esc(Tr::tr("%1 (not embedded: only files in the card's folder are)").arg(src)));
    }
    if (audio) {
        return QStringLiteral("<audio class=\"widget-audio\" controls src=\"%1\"></audio>"
                              "<div class=\"widget-media-name\">%2</div>")
            .arg(data, esc(src));
    }
    return QStringLiteral("<img class=\"widget-image\" src=\"%1\" alt=\"%2\">").arg(data, esc(src));
}

QString bars(const QList<WidgetBar> &rows)
{
    QString html = QStringLiteral("<div class=\"widget-bars\">");
    for (const WidgetBar &b : rows) {
        html += QStringLiteral("<div class=\"widget-bar-row\"><div class=\"widget-bar\" "
                               "style=\"width: %1%\"></div><span class=\"widget-label\">%2</span>"
                               "<span class=\"widget-score\">%3</span></div>")
                    .arg(b.percent)
                    .arg(esc(b.label), b.scoreText());
    }
    return html + QStringLiteral("</div>");
}

QString inputs(const WidgetModel &m, const WidgetExample &ex, const QString &folder)
{
    QString html;
    if (m.hasImageInput() || m.hasAudioInput()) {
        html += media(ex.src, folder, m.hasAudioInput());
    }
    switch (m.widget) {
    case Widget::QuestionAnswering:
        html += input(Tr::tr("Question"), ex.text) + input(Tr::tr("Context"), ex.context);
        break;
    case Widget::ZeroShotClassification:
    case Widget::ZeroShotImageClassification:
        if (m.widget == Widget::ZeroShotClassification) {
            html += input(QString(), ex.text);
        }
        html += input(Tr::tr("Possible class names (comma-separated)"), ex.candidateLabels);
        if (m.widget == Widget::ZeroShotClassification) {
            html += QStringLiteral("<div class=\"widget-input\"><label><input type=\"checkbox\" "
                                   "disabled%1> %2</label></div>")
                        .arg(ex.multiClass ? QStringLiteral(" checked") : QString(),
                             esc(Tr::tr("Allow multiple true classes")));
        }
        break;
    case Widget::SentenceSimilarity:
        html += input(Tr::tr("Source Sentence"), ex.sourceSentence);
        for (const QString &s : ex.sentences) {
            html += input(QString(), s);
        }
        break;
    case Widget::TableQuestionAnswering:
        html += input(QString(), ex.text) + table(ex.table);
        break;
    case Widget::TabularData:
        html += table(ex.table);
        break;
    case Widget::Conversational: {
        html += QStringLiteral("<div class=\"widget-chat\">");
        QList<WidgetMessage> messages = ex.messages;
        if (messages.isEmpty()) {
            messages.append({QStringLiteral("user"), ex.text});
        }
        if (ex.output.kind == WidgetOutput::Kind::Text) {
            messages.append({QStringLiteral("assistant"), ex.output.text});
        }
        for (const WidgetMessage &msg : messages) {
            html += QStringLiteral("<div class=\"widget-bubble widget-bubble-%1\">%2</div>")
                        .arg(msg.role == QLatin1String("user") ||
                                     msg.role == QLatin1String("assistant") ||
                                     msg.role == QLatin1String("system")
                                 ? msg.role
                                 : QStringLiteral("user"),
                             esc(msg.content));
        }
        html += QStringLiteral("</div>");
        break;
    }
    case Widget::TextGeneration:
        html += QStringLiteral("<div class=\"widget-input\"><div class=\"widget-input-value\">%1%2"
                               "</div></div>")
                    .arg(esc(ex.text),
                         ex.output.kind == WidgetOutput::Kind::Text
                             ? QStringLiteral("<span class=\"widget-generated\">%1</span>")
                                   .arg(esc(ex.output.text))
                             : QString());
        break;
    case Widget::ImageToImage:
        if (!ex.prompt.isEmpty()) {
            html += input(Tr::tr("Text guidance"), ex.prompt);
        }
        break;
    case Widget::VisualQuestionAnswering:
        html += input(Tr::tr("Question"), ex.text);
        break;
    case Widget::FillMask:
        html += input(QString(), ex.text);
        break;
    default:
        if (m.hasTextInput()) {
            html += input(QString(), ex.text);
        }
        break;
    }
    return html;
}

QString output(const WidgetModel &m, const WidgetExample &ex, const QString &folder)
{
    const WidgetOutput &out = ex.output;
    switch (out.kind) {
    case WidgetOutput::Kind::None:
        return QStringLiteral("<div class=\"widget-pending\">%1</div>")
            .arg(esc(Tr::tr("No output in the card: the Hub would compute it by running the "
                            "model.")));
    case WidgetOutput::Kind::Labels:
        return bars(out.bars);
    case WidgetOutput::Kind::AnswerScore:
        return QStringLiteral("<div class=\"widget-answer\"><span class=\"widget-label\">%1</span>"
                              "<span class=\"widget-score\">%2</span></div>")
            .arg(esc(out.answer), QString::number(out.score, 'f', 3));
    case WidgetOutput::Kind::Text:
        if (m.appendsOutput() || m.widget == Widget::Conversational) {
            return QString(); // shown inline with the input
        }
        return QStringLiteral("<div class=\"widget-text\">%1</div>").arg(esc(out.text));
    case WidgetOutput::Kind::Url: {
        const QString data = WidgetHtml::embeddedFile(folder, out.url);
        if (data.isEmpty()) {
            return QStringLiteral("<div class=\"widget-media-missing\">%1</div>")
                .arg(esc(Tr::tr("Output image %1 (not embedded: only files in the card's "
                                "folder are)")
                             .arg(out.url)));
        }
        return QStringLiteral("<img class=\"widget-image widget-output-image\" src=\"%1\" "
                              "alt=\"%2\">")
            .arg(data, esc(out.url));
    }
    }
    return QString();
}

} // namespace

QString WidgetHtml::embeddedFile(const QString &folder, const QString &relativePath)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("flac"), QStringLiteral("audio/flac")},
        {QStringLiteral("wav"), QStringLiteral("audio/wav")},
        {QStringLiteral("mp3"), QStringLiteral("audio/mpeg")},
        {QStringLiteral("ogg"), QStringLiteral("audio/ogg")},
    };
    if (folder.isEmpty() || relativePath.isEmpty() || relativePath.contains(u':')) {
        return QString(); // a URL (https:, data:, ...) or nothing to look in
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QFileInfo file(QDir(folder).filePath(relativePath));
    const QString path = file.canonicalFilePath();
    const QString type = types.value(file.suffix().toLower());
    if (root.isEmpty() || path.isEmpty() || type.isEmpty() || !path.startsWith(root + u'/') ||
        file.size() > 8 * 1024 * 1024) {
        return QString();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QStringLiteral("data:%1;base64,%2")
        .arg(type, QString::fromLatin1(f.readAll().toBase64()));
}

QString WidgetHtml::render(const WidgetModel &m, const QString &cardFolder)
{
    QString html = QStringLiteral("<section class=\"widget\"><div class=\"widget-header\">"
                                  "<h2 class=\"widget-title\">%1</h2>")
                       .arg(esc(m.title));
    if (!m.pipelineTag.isEmpty()) {
        html += QStringLiteral("<span class=\"widget-task\">%1</span>").arg(esc(m.pipelineTag));
    }
    html += QStringLiteral("</div>");
    if (!m.explanation.isEmpty()) {
        html += QStringLiteral("<p class=\"widget-explanation\">%1</p>").arg(esc(m.explanation));
    }
    if (m.defaults && !m.examples.isEmpty()) {
        html += QStringLiteral("<p class=\"widget-note\">%1</p>")
                    .arg(esc(Tr::tr("The card has no widget examples: these are the Hub's "
                                    "default inputs for \"%1\".")
                                 .arg(m.defaultsLanguage)));
    }
    for (const WidgetExample &ex : m.examples) {
        const QString group = m.groups.size() > 1 ? ex.group + QStringLiteral(" · ") : QString();
        html += QStringLiteral("<div class=\"widget-example\"><h3 class=\"widget-example-title\">"
                               "%1%2</h3>")
                    .arg(esc(group), esc(ex.title));
        html += inputs(m, ex, cardFolder) + output(m, ex, cardFolder) + QStringLiteral("</div>");
    }
    return html + QStringLiteral("</section>");
}

} // namespace Cardigan
