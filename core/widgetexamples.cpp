#include "widgetexamples.h"

#include "catalogs.h"
#include "logging.h"
#include "tr.h"
#include "yamljs.h"
#include "yamlreader.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace Cardigan {

using Widget = WidgetModel::Widget;

namespace {

const QHash<QString, Widget> &widgetsByTask()
{
    static const QHash<QString, Widget> map = {
        {QStringLiteral("text-classification"), Widget::TextClassification},
        {QStringLiteral("fill-mask"), Widget::FillMask},
        {QStringLiteral("token-classification"), Widget::TokenClassification},
        {QStringLiteral("question-answering"), Widget::QuestionAnswering},
        {QStringLiteral("table-question-answering"), Widget::TableQuestionAnswering},
        {QStringLiteral("zero-shot-classification"), Widget::ZeroShotClassification},
        {QStringLiteral("translation"), Widget::Text2TextGeneration},
        {QStringLiteral("summarization"), Widget::Summarization},
        {QStringLiteral("text2text-generation"), Widget::Text2TextGeneration},
        {QStringLiteral("text-generation"), Widget::TextGeneration},
        {QStringLiteral("conversational"), Widget::Conversational},
        {QStringLiteral("sentence-similarity"), Widget::SentenceSimilarity},
        {QStringLiteral("feature-extraction"), Widget::FeatureExtraction},
        {QStringLiteral("text-to-speech"), Widget::TextToSpeech},
        {QStringLiteral("text-to-audio"), Widget::TextToSpeech},
        {QStringLiteral("automatic-speech-recognition"), Widget::AutomaticSpeechRecognition},
        {QStringLiteral("audio-to-audio"), Widget::AudioToAudio},
        {QStringLiteral("audio-classification"), Widget::AudioClassification},
        {QStringLiteral("image-classification"), Widget::ImageClassification},
        {QStringLiteral("object-detection"), Widget::ObjectDetection},
        {QStringLiteral("image-segmentation"), Widget::ImageSegmentation},
        {QStringLiteral("image-to-image"), Widget::ImageToImage},
        {QStringLiteral("image-to-text"), Widget::ImageToText},
        {QStringLiteral("text-to-image"), Widget::TextToImage},
        {QStringLiteral("document-question-answering"), Widget::VisualQuestionAnswering},
        {QStringLiteral("visual-question-answering"), Widget::VisualQuestionAnswering},
        {QStringLiteral("zero-shot-image-classification"), Widget::ZeroShotImageClassification},
        {QStringLiteral("tabular-classification"), Widget::TabularData},
        {QStringLiteral("tabular-regression"), Widget::TabularData},
        {QStringLiteral("reinforcement-learning"), Widget::ReinforcementLearning},
    };
    return map;
}

// default-widget-inputs.json: language -> task -> [string | example mapping]. Read as YAML
// (JSON is YAML 1.2) so that mappings keep their order: a table's columns are shown as written.
const YamlValue &defaultsByLanguage()
{
    static const YamlValue defaults = [] {
        QFile f(QStringLiteral(":/catalogs/default-widget-inputs.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcPreview) << "default widget inputs missing from the resources";
            return YamlValue();
        }
        const YamlReadResult read = YamlReader::read(QString::fromUtf8(f.readAll()));
        const YamlValue *byLanguage =
            read.ok ? read.tree.value().find(QStringLiteral("by_language")) : nullptr;
        return byLanguage ? *byLanguage : YamlValue();
    }();
    return defaults;
}

QString stringAt(const YamlValue &m, const char *key)
{
    const YamlValue *v = m.find(QLatin1String(key));
    return v ? WidgetExamples::scalarText(*v) : QString();
}

bool hasScalar(const YamlValue &m, const QString &key)
{
    const YamlValue *v = m.find(key);
    return v && !v->isNull() && !v->isMapping() && !v->isSequence();
}

bool isNumber(const YamlValue *v)
{
    return v && v->type() == YamlValue::Type::Number;
}

WidgetTable tableOf(const YamlValue &v)
{
    WidgetTable t;
    if (v.isMapping()) {
        qsizetype rows = 0;
        for (const auto &[column, values] : v.entries()) {
            t.columns << column;
            rows = std::max<qsizetype>(rows,
                                       values.isSequence() ? qsizetype(values.items().size()) : 1);
        }
        for (qsizetype r = 0; r < rows; ++r) {
            QStringList row;
            for (const auto &entry : v.entries()) {
                const YamlValue &values = entry.second;
                if (values.isSequence()) {
                    row << (r < qsizetype(values.items().size())
                                ? WidgetExamples::scalarText(values.items()[size_t(r)])
                                : QString());
                } else {
                    row << (r == 0 ? WidgetExamples::scalarText(values) : QString());
                }
            }
            t.rows << row;
        }
    } else if (v.isSequence() && !v.items().empty()) {
        // The legacy array-of-arrays form: the first row names the columns.
        for (size_t r = 0; r < v.items().size(); ++r) {
            QStringList row;
            for (const YamlValue &cell : v.items()[r].items()) {
                row << WidgetExamples::scalarText(cell);
            }
            if (r == 0) {
                t.columns = row;
            } else {
                t.rows << row;
            }
        }
    }
    return t;
}

// The output in the shape @p kind (labels, answers, answer_score, text, url) as the Hub's
// validators accept it.
WidgetOutput outputOf(const YamlValue &v, const QString &kind)
{
    WidgetOutput out;
    if (kind == QLatin1String("labels") || kind == QLatin1String("answers")) {
        const QString labelKey =
            kind == QLatin1String("labels") ? QStringLiteral("label") : QStringLiteral("answer");
        bool ok = v.isSequence();
        double largest = 0;
        if (ok) {
            for (const YamlValue &item : v.items()) {
                const YamlValue *label = item.find(labelKey);
                const YamlValue *score = item.find(QStringLiteral("score"));
                if (!item.isMapping() || !label || !label->isString() || !isNumber(score)) {
                    ok = false;
                    break;
                }
                out.bars.append({label->toString(), score->toNumber(), 0});
                largest = std::max(largest, score->toNumber());
            }
        }
        if (!ok) {
            out.bars.clear();
            out.problem =
                Tr::tr("the output is not a list of {%1: string, score: number}").arg(labelKey);
            return out;
        }
        for (WidgetBar &bar : out.bars) {
            bar.percent = largest > 0 ? int(std::ceil(bar.score / largest * 80)) : 0;
        }
        out.kind = WidgetOutput::Kind::Labels;
        return out;
    }
    if (kind == QLatin1String("answer_score")) {
        const YamlValue *answer = v.find(QStringLiteral("answer"));
        const YamlValue *score = v.find(QStringLiteral("score"));
        if (!answer || !answer->isString() || !isNumber(score)) {
            out.problem = Tr::tr("the output is not {answer: string, score: number}");
            return out;
        }
        out.kind = WidgetOutput::Kind::AnswerScore;
        out.answer = answer->toString();
        out.score = score->toNumber();
        return out;
    }
    if (kind == QLatin1String("text") || kind == QLatin1String("url")) {
        const YamlValue *value = v.find(kind);
        if (!value || !value->isString()) {
            out.problem = Tr::tr("the output is not {%1: string}").arg(kind);
            return out;
        }
        out.kind =
            kind == QLatin1String("text") ? WidgetOutput::Kind::Text : WidgetOutput::Kind::Url;
        (kind == QLatin1String("text") ? out.text : out.url) = value->toString();
        return out;
    }
    out.problem = Tr::tr("this widget shows no example output");
    return out;
}

// Whether @p item has what the widget needs; @p missing names what it lacks.
bool validInputs(Widget widget, const QStringList &required, const YamlValue &item,
                 QString *missing)
{
    if (widget == Widget::Conversational) {
        const YamlValue *messages = item.find(QStringLiteral("messages"));
        if (hasScalar(item, QStringLiteral("text")) || (messages && messages->isSequence())) {
            return true;
        }
        *missing = QStringLiteral("text");
        return false;
    }
    for (const QString &key : required) {
        const YamlValue *v = item.find(key);
        const bool collection = key == QLatin1String("table") ||
                                key == QLatin1String("structured_data") ||
                                key == QLatin1String("sentences");
        const bool present = v && (collection ? (v->isMapping() || v->isSequence())
                                              : (key == QLatin1String("candidate_labels")
                                                     ? (hasScalar(item, key) || v->isSequence())
                                                     : hasScalar(item, key)));
        if (!present) {
            *missing = key;
            return false;
        }
    }
    return true;
}

WidgetExample exampleOf(const YamlValue &item)
{
    WidgetExample ex;
    ex.text = stringAt(item, "text");
    ex.context = stringAt(item, "context");
    if (const YamlValue *labels = item.find(QStringLiteral("candidate_labels"))) {
        if (labels->isSequence()) {
            QStringList parts;
            for (const YamlValue &l : labels->items()) {
                parts << WidgetExamples::scalarText(l);
            }
            ex.candidateLabels = parts.join(QLatin1String(", "));
        } else {
            ex.candidateLabels = WidgetExamples::scalarText(*labels);
        }
    }
    if (const YamlValue *multi = item.find(QStringLiteral("multi_class"))) {
        ex.multiClass = multi->type() == YamlValue::Type::Bool && multi->toBool();
    }
    ex.sourceSentence = stringAt(item, "source_sentence");
    if (const YamlValue *sentences = item.find(QStringLiteral("sentences"))) {
        for (const YamlValue &s : sentences->items()) {
            ex.sentences << WidgetExamples::scalarText(s);
        }
    }
    if (const YamlValue *table = item.find(QStringLiteral("table"))) {
        ex.table = tableOf(*table);
    } else if (const YamlValue *data = item.find(QStringLiteral("structured_data"))) {
        ex.table = tableOf(*data);
    }
    if (const YamlValue *messages = item.find(QStringLiteral("messages"))) {
        for (const YamlValue &m : messages->items()) {
            ex.messages.append({stringAt(m, "role"), stringAt(m, "content")});
        }
    }
    ex.src = stringAt(item, "src");
    ex.prompt = stringAt(item, "prompt");
    return ex;
}

QString firstString(const YamlValue *v)
{
    if (!v) {
        return QString();
    }
    if (v->isString()) {
        return v->toString();
    }
    if (v->isSequence() && !v->items().empty() && v->items().front().isString()) {
        return v->items().front().toString();
    }
    return QString();
}

bool hasTag(const YamlValue *tags, const QString &tag)
{
    if (!tags) {
        return false;
    }
    if (tags->isString()) {
        return tags->toString() == tag;
    }
    for (const YamlValue &t : tags->isSequence() ? tags->items() : std::vector<YamlValue>()) {
        if (t.isString() && t.toString() == tag) {
            return true;
        }
    }
    return false;
}

YamlValue valueOr(const YamlValue &metadata, const char *key)
{
    const YamlValue *v = metadata.isMapping() ? metadata.find(QLatin1String(key)) : nullptr;
    return v ? *v : YamlValue();
}

} // namespace

int WidgetModel::exampleForSource(int sourceIndex) const
{
    for (int i = 0; i < examples.size(); ++i) {
        if (examples[i].sourceIndex == sourceIndex) {
            return i;
        }
    }
    return -1;
}

bool WidgetModel::hasTextInput() const
{
    switch (widget) {
    case Widget::None:
    case Widget::SentenceSimilarity:
    case Widget::AutomaticSpeechRecognition:
    case Widget::AudioToAudio:
    case Widget::AudioClassification:
    case Widget::ImageClassification:
    case Widget::ObjectDetection:
    case Widget::ImageSegmentation:
    case Widget::ImageToImage:
    case Widget::ImageToText:
    case Widget::ZeroShotImageClassification:
    case Widget::TabularData:
    case Widget::ReinforcementLearning:
        return false;
    default:
        return true;
    }
}

bool WidgetModel::hasImageInput() const
{
    switch (widget) {
    case Widget::ImageClassification:
    case Widget::ObjectDetection:
    case Widget::ImageSegmentation:
    case Widget::ImageToImage:
    case Widget::ImageToText:
    case Widget::VisualQuestionAnswering:
    case Widget::ZeroShotImageClassification:
        return true;
    default:
        return false;
    }
}

bool WidgetModel::hasAudioInput() const
{
    return widget == Widget::AutomaticSpeechRecognition || widget == Widget::AudioToAudio ||
           widget == Widget::AudioClassification;
}

WidgetInputs WidgetInputs::from(const YamlValue &metadata, const QString &inferredPipeline)
{
    return {valueOr(metadata, "pipeline_tag"), valueOr(metadata, "widget"),
            valueOr(metadata, "inference"),    valueOr(metadata, "language"),
            valueOr(metadata, "tags"),         inferredPipeline};
}

bool WidgetInputs::operator==(const WidgetInputs &o) const
{
    return pipelineTag == o.pipelineTag && widget == o.widget && inference == o.inference &&
           language == o.language && tags == o.tags && inferredPipeline == o.inferredPipeline;
}

namespace WidgetExamples {

QString scalarText(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return v.toString();
    case YamlValue::Type::Number:
        return Js::numberToString(v.toNumber());
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

Widget widgetFor(const QString &pipelineTag, bool conversationalTag)
{
    if (conversationalTag && (pipelineTag == QLatin1String("text-generation") ||
                              pipelineTag == QLatin1String("image-text-to-text"))) {
        return Widget::Conversational;
    }
    return widgetsByTask().value(pipelineTag, Widget::None);
}

QStringList tasksWithWidget()
{
    QStringList tasks;
    for (auto it = widgetsByTask().begin(); it != widgetsByTask().end(); ++it) {
        if (it.key() != QLatin1String("conversational")) {
            tasks << it.key();
        }
    }
    tasks.sort();
    return tasks;
}

QList<YamlValue> defaultInputs(const QString &language, const QString &task)
{
    QList<YamlValue> out;
    const YamlValue *byTask = defaultsByLanguage().find(language);
    const YamlValue *items = byTask ? byTask->find(task) : nullptr;
    if (!items || !items->isSequence()) {
        return out;
    }
    for (const YamlValue &item : items->items()) {
        out << (item.isString() ? YamlValue::mapping({{QStringLiteral("text"), item}}) : item);
    }
    return out;
}

WidgetModel build(const YamlValue &metadata, const QString &inferredPipeline)
{
    return build(WidgetInputs::from(metadata, inferredPipeline));
}

WidgetModel build(const WidgetInputs &in)
{
    WidgetModel m;
    m.pipelineTag = in.pipelineTag.isString() ? in.pipelineTag.toString() : QString();
    if (m.pipelineTag.isEmpty() && !in.inferredPipeline.isEmpty()) {
        m.pipelineTag = in.inferredPipeline;
        m.inferred = true;
    }
    m.inferenceDisabled = in.inference.type() == YamlValue::Type::Bool && !in.inference.toBool();
    m.title = m.inferenceDisabled ? Tr::tr("Inference Examples") : Tr::tr("⚡ Inference API");
    if (m.pipelineTag.isEmpty()) {
        m.explanation = Tr::tr("The card has no pipeline_tag, and none was inferred from the "
                               "repository: the Hub shows no widget. Set pipeline_tag to the "
                               "model's task to get one.");
        return m;
    }
    m.widget = widgetFor(m.pipelineTag, hasTag(&in.tags, QStringLiteral("conversational")));
    if (m.widget == Widget::None) {
        m.explanation = Tr::tr("The Hub has no inference widget for the task \"%1\": the model "
                               "page shows no widget.")
                            .arg(m.pipelineTag);
        return m;
    }
    if (m.widget == Widget::ReinforcementLearning) {
        m.explanation = Tr::tr("The reinforcement-learning widget plays a replay.mp4 file from "
                               "the repository: add ./replay.mp4 to display a preview.");
        return m;
    }
    const QString task =
        m.widget == Widget::Conversational ? QStringLiteral("conversational") : m.pipelineTag;
    const Catalogs::WidgetTask spec = Catalogs::instance().widgetTasks.value(task);

    QList<YamlValue> items;
    QList<int> sources;
    if (in.widget.isNull()) {
        m.defaults = true;
        const QString language = firstString(&in.language);
        for (const QString &lang : {language, QStringLiteral("en")}) {
            items = defaultInputs(lang, task);
            if (!items.isEmpty()) {
                m.defaultsLanguage = lang;
                break;
            }
        }
        for (int i = 0; i < items.size(); ++i) {
            sources << -1;
        }
    } else if (!in.widget.isSequence()) {
        m.problems << Tr::tr("widget is not a list of examples: the Hub shows none");
    } else {
        for (size_t i = 0; i < in.widget.items().size(); ++i) {
            items << in.widget.items()[i];
            sources << int(i);
        }
    }

    QHash<QString, int> perGroup;
    for (int i = 0; i < items.size(); ++i) {
        const YamlValue &item = items[i];
        const QString where = sources[i] >= 0 ? Tr::tr("widget[%1]").arg(sources[i])
                                              : Tr::tr("default example %1").arg(i + 1);
        if (!item.isMapping()) {
            m.problems << Tr::tr("%1: not a mapping; the Hub skips it").arg(where);
            continue;
        }
        QString missing;
        if (!validInputs(m.widget, spec.inputs, item, &missing)) {
            m.problems << Tr::tr("%1: no \"%2\" for the %3 widget; the Hub skips it")
                              .arg(where, missing, task);
            continue;
        }
        WidgetExample ex = exampleOf(item);
        ex.sourceIndex = sources[i];
        if (const YamlValue *output = item.find(QStringLiteral("output"))) {
            ex.output = outputOf(*output, spec.output);
            if (!ex.output.problem.isEmpty()) {
                m.problems << Tr::tr("%1: %2; the Hub ignores it").arg(where, ex.output.problem);
            }
        }
        if (m.inferenceDisabled && ex.output.kind == WidgetOutput::Kind::None) {
            continue; // with inference off the Hub only shows examples that have an output
        }
        const YamlValue *group = item.find(QStringLiteral("group"));
        ex.group = group && group->isString() ? group->toString() : Tr::tr("Group 1");
        if (!m.groups.contains(ex.group)) {
            m.groups << ex.group;
        }
        const int n = ++perGroup[ex.group];
        const YamlValue *title = item.find(QStringLiteral("example_title"));
        ex.title = title && hasScalar(item, QStringLiteral("example_title"))
                       ? scalarText(*title)
                       : Tr::tr("Example %1").arg(n);
        m.examples << ex;
    }
    if (m.examples.isEmpty()) {
        m.explanation =
            m.inferenceDisabled
                ? Tr::tr("Inference is turned off for this model (inference: false) and no "
                         "example has an output: the Hub shows no example.")
                : Tr::tr("No example to show: the widget opens with empty inputs.");
    }
    return m;
}

} // namespace WidgetExamples
} // namespace Cardigan
