#pragma once

#include "yamlvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Cardigan {

/// One row of a label/score chart, with its bar as the Hub draws it.
struct WidgetBar
{
    QString label;
    double score = 0;
    int percent = 0; ///< ceil(score / largest score * 80): the top row fills 80% of the width
    /// The score as the Hub prints it: three decimals.
    QString scoreText() const { return QString::number(score, 'f', 3); }
};

/// An example's `output`, in the shapes the Hub's validators accept.
struct WidgetOutput
{
    enum class Kind {
        None,        ///< no output: the Hub would compute it
        Labels,      ///< [{label, score}, ...] (also [{answer, score}, ...] for visual QA)
        AnswerScore, ///< {answer, score}
        Text,        ///< {text}
        Url,         ///< {url}
    };
    Kind kind = Kind::None;
    QList<WidgetBar> bars; ///< Labels, in YAML order (the Hub never sorts)
    QString answer;        ///< AnswerScore
    double score = 0;      ///< AnswerScore
    QString text;          ///< Text
    QString url;           ///< Url: https://, or a path in the repository
    /// Why an `output` the card has is not used (wrong shape for the task); empty otherwise.
    QString problem;
};

/// A chat message of a conversational example.
struct WidgetMessage
{
    QString role; ///< user, assistant or system
    QString content;
};

/// A column -> values table (`table`, `structured_data`), cells as the Hub prints them.
struct WidgetTable
{
    QStringList columns;
    QList<QStringList> rows;
    bool isEmpty() const { return columns.isEmpty(); }
};

/// One example the widget offers, with its inputs filled in.
struct WidgetExample
{
    int sourceIndex = -1; ///< index in the card's `widget:` list; -1 for a default example
    QString title;        ///< `example_title`, or "Example N" by position
    QString group;        ///< `group`, or "Group 1"
    QString text;         ///< text, question or prompt
    QString context;
    QString candidateLabels; ///< comma-separated, as the input shows them
    bool multiClass = false;
    QString sourceSentence;
    QStringList sentences;
    WidgetTable table; ///< `table` or `structured_data`
    QList<WidgetMessage> messages;
    QString src;    ///< image or audio: a URL or a path in the repository
    QString prompt; ///< image-to-image guidance
    WidgetOutput output;
};

/**
 * What the Hub's inference widget shows for a card: which widget (from pipeline_tag, or
 * conversational for a text-generation model tagged so), its title, and the examples the
 * dropdown offers, each with its inputs and output. Built from the metadata alone (GUI-free,
 * reentrant); the widget preview panel and `cardigan render` both draw it.
 */
struct WidgetModel
{
    /// The widget components of the Hub (huggingface.js packages/widgets, last public version).
    enum class Widget {
        None, ///< the task has no widget, or there is no pipeline_tag
        TextClassification,
        FillMask,
        TokenClassification,
        QuestionAnswering,
        TableQuestionAnswering,
        ZeroShotClassification,
        TextGeneration,      ///< text-generation: output appended to the prompt
        Text2TextGeneration, ///< translation, text2text-generation: output in a green box
        Summarization,
        Conversational,
        SentenceSimilarity,
        FeatureExtraction,
        TextToSpeech,
        AutomaticSpeechRecognition,
        AudioToAudio,
        AudioClassification,
        ImageClassification,
        ObjectDetection,
        ImageSegmentation,
        ImageToImage,
        ImageToText,
        TextToImage,
        VisualQuestionAnswering, ///< also document-question-answering
        ZeroShotImageClassification,
        TabularData, ///< tabular-classification, tabular-regression
        ReinforcementLearning,
    };

    QString pipelineTag;   ///< the task chip
    bool inferred = false; ///< the pipeline tag came from the repository, not the card
    Widget widget = Widget::None;
    bool inferenceDisabled = false; ///< `inference: false`
    QString title;                  ///< "⚡ Inference API" or "Inference Examples"
    bool defaults = false;          ///< no `widget:` in the card: the Hub's default inputs
    QString defaultsLanguage;       ///< the language whose defaults were used
    QList<WidgetExample> examples;  ///< valid examples in card order
    QStringList groups;             ///< in first-seen order; more than one: a group menu
    /// A plain explanation when there is nothing to show (no task, no widget, no examples).
    QString explanation;
    /// Examples the Hub would skip, and why ("Example 2: no `text`").
    QStringList problems;

    bool hasWidget() const { return widget != Widget::None; }
    /// The index in examples of the card's `widget[sourceIndex]`, or -1.
    int exampleForSource(int sourceIndex) const;
    /// Kinds of input the widget has (for the panel and the page).
    bool hasTextInput() const;
    bool hasImageInput() const;
    bool hasAudioInput() const;
    /// Whether the task's output is appended to the prompt (text generation).
    bool appendsOutput() const { return widget == Widget::TextGeneration; }
};

/// The metadata keys the widget depends on: when none of them changed, nothing to rebuild.
struct WidgetInputs
{
    YamlValue pipelineTag;
    YamlValue widget;
    YamlValue inference;
    YamlValue language;
    YamlValue tags;
    QString inferredPipeline;

    static WidgetInputs from(const YamlValue &metadata, const QString &inferredPipeline = {});
    bool operator==(const WidgetInputs &o) const;
    bool operator!=(const WidgetInputs &o) const { return !(*this == o); }
};

namespace WidgetExamples {

/// The widget for @p metadata; @p inferredPipeline is used when the card has no pipeline_tag.
WidgetModel build(const YamlValue &metadata, const QString &inferredPipeline = {});
WidgetModel build(const WidgetInputs &inputs);

/// The widget component for a pipeline tag (conversational when @p conversationalTag is set
/// and the task is text-generation or image-text-to-text).
WidgetModel::Widget widgetFor(const QString &pipelineTag, bool conversationalTag = false);

/// Pipeline tags that have a widget (conversational is chosen by tag, not listed).
QStringList tasksWithWidget();

/// The Hub's default example inputs for @p task in @p language (empty when none).
QList<YamlValue> defaultInputs(const QString &language, const QString &task);

/// A YAML scalar as the widget's input shows it (numbers as JavaScript prints them).
QString scalarText(const YamlValue &v);

} // namespace WidgetExamples
} // namespace Cardigan
