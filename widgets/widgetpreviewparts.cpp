// The inputs and outputs of WidgetPreview, one builder per shape the Hub draws.
#include "widgetpreview.h"

#include "widgetpreviewstyle.h"
#include "widgetscorebar.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#ifdef CARDIGAN_HAVE_MULTIMEDIA
#include <QAudioOutput>
#include <QMediaPlayer>
#endif

namespace Cardigan {

namespace {

using Widget = WidgetModel::Widget;

QLabel *label(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name) {
        l->setObjectName(QLatin1String(name));
    }
    return l;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    QLabel *l = label(text, parent);
    l->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    return l;
}

QPlainTextEdit *textArea(const QString &text, const QString &accessible, QWidget *parent,
                         const char *name, int lines = 4)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit *line(const QString &text, const QString &accessible, QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setCursorPosition(0);
    return edit;
}

QTableWidget *table(const WidgetTable &t, QWidget *parent)
{
    auto *w = new QTableWidget(int(t.rows.size()), int(t.columns.size()), parent);
    w->setObjectName(QStringLiteral("widgetTable"));
    w->setAccessibleName(QObject::tr("Table"));
    w->setHorizontalHeaderLabels(t.columns);
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c) {
            w->setItem(r, c, new QTableWidgetItem(t.rows[r][c]));
        }
    }
    w->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    w->setMinimumHeight(std::min(260, 40 + 26 * int(t.rows.size() + 1)));
    return w;
}

// One chat bubble: the user's on the right, the assistant's on the left, system centred.
QWidget *bubble(const WidgetMessage &m, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *text = label(m.content, row, "widgetBubble");
    text->setProperty("role", m.role);
    text->setMaximumWidth(340);
    const bool user = m.role == QLatin1String("user");
    const bool system = m.role == QLatin1String("system");
    text->setStyleSheet(WidgetPreviewStyle::bubble(m.role, parent));
    if (user || system) {
        layout->addStretch(1);
    }
    layout->addWidget(text);
    if (!user) {
        layout->addStretch(1);
    }
    return row;
}

QWidget *bars(const QList<WidgetBar> &rows, QWidget *parent)
{
    auto *chart = new QWidget(parent);
    chart->setObjectName(QStringLiteral("widgetBars"));
    auto *layout = new QVBoxLayout(chart);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    for (const WidgetBar &b : rows) {
        auto *row = new QWidget(chart);
        row->setObjectName(QStringLiteral("widgetBarRow"));
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(1);
        auto *bar = new WidgetScoreBar(b.percent, row);
        bar->setObjectName(QStringLiteral("widgetBar"));
        rowLayout->addWidget(bar);
        auto *text = new QHBoxLayout;
        text->addWidget(label(b.label, row, "widgetBarLabel"), 1);
        QLabel *score = label(b.scoreText(), row, "widgetBarScore");
        score->setFont(QFont(QStringLiteral("DejaVu Sans Mono"), score->font().pointSize() - 1));
        text->addWidget(score);
        rowLayout->addLayout(text);
        layout->addWidget(row);
    }
    return chart;
}

} // namespace

QWidget *WidgetPreview::makeMedia(const QString &src, bool audio, const QString &name)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    if (audio) {
        QLabel *file = caption(tr("Audio: %1").arg(src), box);
        file->setObjectName(QStringLiteral("widgetAudio"));
        layout->addWidget(file);
#ifdef CARDIGAN_HAVE_MULTIMEDIA
        const QFileInfo local(QDir(m_folder).filePath(src));
        const bool remote = src.startsWith(QLatin1String("https://"));
        if ((remote && m_allowRemote) || (!remote && !m_folder.isEmpty() && local.isFile())) {
            auto *player = new QMediaPlayer(box);
            player->setAudioOutput(new QAudioOutput(player));
            player->setSource(remote ? QUrl(src) : QUrl::fromLocalFile(local.filePath()));
            auto *play = new QPushButton(tr("Play"), box);
            play->setAccessibleName(tr("Play the example's audio"));
            connect(play, &QPushButton::clicked, player, [player] {
                player->playbackState() == QMediaPlayer::PlayingState ? player->pause()
                                                                      : player->play();
            });
            layout->addWidget(play, 0, Qt::AlignLeft);
        }
#endif
        return box;
    }
    auto *image = new QLabel(box);
    image->setObjectName(QLatin1String(name.toLatin1()));
    image->setAccessibleName(tr("Example image %1").arg(src));
    image->setAlignment(Qt::AlignCenter);
    image->setWordWrap(true);
    loadImage(image, src);
    layout->addWidget(image);
    return box;
}

void WidgetPreview::loadImage(QLabel *image, const QString &src)
{
    const auto setPixmap = [image](const QPixmap &pixmap) {
        // At most 360 pixels wide on screen, scaled at the screen's density so a large image
        // stays sharp on a high-DPI screen (smaller ones are shown at their size, as the Hub's
        // browser shows them).
        const qreal dpr = image->devicePixelRatioF();
        if (pixmap.width() <= 360) {
            image->setPixmap(pixmap);
            return;
        }
        QPixmap scaled = pixmap.scaledToWidth(qRound(360 * dpr), Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(dpr);
        image->setPixmap(scaled);
    };
    if (src.startsWith(QLatin1String("https://")) || src.startsWith(QLatin1String("http://"))) {
        if (!m_allowRemote) {
            image->setText(tr("Remote image not loaded: %1\n(View > Load Remote Images allows "
                              "it)")
                               .arg(src));
            return;
        }
        if (!m_network) {
            m_network = new QNetworkAccessManager(this);
        }
        image->setText(tr("Loading %1…").arg(src));
        QNetworkReply *reply = m_network->get(QNetworkRequest(QUrl(src)));
        connect(reply, &QNetworkReply::finished, image, [reply, image, src, setPixmap] {
            reply->deleteLater();
            QPixmap pixmap;
            if (reply->error() != QNetworkReply::NoError ||
                !pixmap.loadFromData(reply->readAll())) {
                image->setText(tr("Could not load %1").arg(src));
                return;
            }
            setPixmap(pixmap);
        });
        connect(image, &QObject::destroyed, reply, &QNetworkReply::abort);
        return;
    }
    // A path in the repository: only files inside the card's folder are read.
    const QString root = QFileInfo(m_folder).canonicalFilePath();
    const QString path = QFileInfo(QDir(m_folder).filePath(src)).canonicalFilePath();
    QPixmap pixmap;
    if (m_folder.isEmpty() || root.isEmpty() || path.isEmpty() || !path.startsWith(root + u'/') ||
        !pixmap.load(path)) {
        image->setText(m_folder.isEmpty()
                           ? tr("%1 (save the card in its repository to see the image)").arg(src)
                           : tr("%1: no such image in the card's folder").arg(src));
        return;
    }
    setPixmap(pixmap);
}

QWidget *WidgetPreview::makeInputs(const WidgetExample &ex)
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("widgetInputs"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const Widget w = m_model.widget;
    if (m_model.hasImageInput() || m_model.hasAudioInput()) {
        layout->addWidget(
            makeMedia(ex.src, m_model.hasAudioInput(), QStringLiteral("widgetImage")));
    }
    switch (w) {
    case Widget::QuestionAnswering:
        layout->addWidget(line(ex.text, tr("Question"), box, "widgetText"));
        layout->addWidget(caption(tr("Context"), box));
        layout->addWidget(textArea(ex.context, tr("Context"), box, "widgetContext", 6));
        break;
    case Widget::ZeroShotClassification:
    case Widget::ZeroShotImageClassification: {
        if (w == Widget::ZeroShotClassification) {
            layout->addWidget(textArea(ex.text, tr("Text to classify"), box, "widgetText"));
        }
        layout->addWidget(caption(tr("Possible class names (comma-separated)"), box));
        layout->addWidget(
            line(ex.candidateLabels, tr("Possible class names"), box, "widgetCandidateLabels"));
        if (w == Widget::ZeroShotClassification) {
            auto *multi = new QCheckBox(tr("Allow multiple true classes"), box);
            multi->setObjectName(QStringLiteral("widgetMultiClass"));
            multi->setChecked(ex.multiClass);
            layout->addWidget(multi);
        }
        break;
    }
    case Widget::SentenceSimilarity:
        layout->addWidget(caption(tr("Source Sentence"), box));
        layout->addWidget(
            line(ex.sourceSentence, tr("Source sentence"), box, "widgetSourceSentence"));
        layout->addWidget(caption(tr("Sentences to compare to"), box));
        for (const QString &s : ex.sentences) {
            layout->addWidget(line(s, tr("Sentence to compare to"), box, "widgetSentence"));
        }
        break;
    case Widget::TableQuestionAnswering:
        layout->addWidget(line(ex.text, tr("Question about the table"), box, "widgetText"));
        layout->addWidget(table(ex.table, box));
        break;
    case Widget::TabularData:
        layout->addWidget(table(ex.table, box));
        break;
    case Widget::Conversational: {
        auto *chat = new QWidget(box);
        chat->setObjectName(QStringLiteral("widgetChat"));
        auto *chatLayout = new QVBoxLayout(chat);
        QList<WidgetMessage> messages = ex.messages;
        if (messages.isEmpty()) {
            messages.append({QStringLiteral("user"), ex.text});
        }
        if (ex.output.kind == WidgetOutput::Kind::Text) {
            messages.append({QStringLiteral("assistant"), ex.output.text});
        }
        for (const WidgetMessage &m : messages) {
            chatLayout->addWidget(bubble(m, chat));
        }
        layout->addWidget(chat);
        break;
    }
    case Widget::TextGeneration: {
        // The example's output continues the prompt, in blue, as the Hub types it out.
        auto *edit = textArea(ex.text, tr("Text to continue"), box, "widgetText", 6);
        if (ex.output.kind == WidgetOutput::Kind::Text) {
            QTextCursor c(edit->document());
            c.movePosition(QTextCursor::End);
            QTextCharFormat blue;
            blue.setForeground(WidgetPreviewStyle::generatedText(this));
            c.insertText(ex.output.text, blue);
            edit->setProperty("generated", ex.output.text);
        }
        layout->addWidget(edit);
        break;
    }
    case Widget::ImageToImage:
        layout->addWidget(line(ex.prompt, tr("Text guidance"), box, "widgetPrompt"));
        break;
    case Widget::VisualQuestionAnswering:
    case Widget::TextToImage:
        layout->addWidget(line(ex.text, w == Widget::TextToImage ? tr("Prompt") : tr("Question"),
                               box, "widgetText"));
        break;
    case Widget::FillMask:
        layout->addWidget(
            caption(tr("Mask token: <mask> (the model's own token on the Hub)"), box));
        layout->addWidget(textArea(ex.text, tr("Text with a mask"), box, "widgetText"));
        break;
    default:
        if (m_model.hasTextInput()) {
            layout->addWidget(textArea(ex.text, tr("Input text"), box, "widgetText"));
        }
        break;
    }
    auto *compute = new QPushButton(w == Widget::Conversational ? tr("Send") : tr("Compute"), box);
    compute->setEnabled(false);
    compute->setToolTip(tr("Cardigan runs no model: it shows the card's example outputs."));
    layout->addWidget(compute, 0, Qt::AlignLeft);
    return box;
}

QWidget *WidgetPreview::makeOutput(const WidgetExample &ex)
{
    const WidgetOutput &out = ex.output;
    switch (out.kind) {
    case WidgetOutput::Kind::None: {
        QLabel *pending = caption(tr("No output in the card: on the Hub this example's output "
                                     "would be computed by running the model."),
                                  nullptr);
        pending->setObjectName(QStringLiteral("widgetPending"));
        return pending;
    }
    case WidgetOutput::Kind::Labels:
        return bars(out.bars, nullptr);
    case WidgetOutput::Kind::AnswerScore: {
        auto *row = new QLabel;
        row->setObjectName(QStringLiteral("widgetAnswer"));
        row->setStyleSheet(WidgetPreviewStyle::outputBox(this));
        row->setTextFormat(Qt::RichText);
        row->setText(QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">"
                                    "<code>%2</code></td></tr></table>")
                         .arg(out.answer.toHtmlEscaped(), QString::number(out.score, 'f', 3)));
        row->setProperty("answer", out.answer);
        row->setProperty("score", QString::number(out.score, 'f', 3));
        return row;
    }
    case WidgetOutput::Kind::Text:
        if (m_model.appendsOutput() || m_model.widget == Widget::Conversational) {
            return nullptr; // shown with the input
        }
        {
            QLabel *text = label(out.text, nullptr, "widgetOutputText");
            text->setStyleSheet(WidgetPreviewStyle::outputBox(this));
            return text;
        }
    case WidgetOutput::Kind::Url:
        return makeMedia(out.url, false, QStringLiteral("widgetOutputImage"));
    }
    return nullptr;
}

} // namespace Cardigan
