#include "examplevalues.h"

#include "widgetexamplemodel.h"

#include <algorithm>

namespace Cardigan::ExampleValues {

const QStringList &inputKeys()
{
    static const QStringList keys = {QStringLiteral("text"),
                                     QStringLiteral("src"),
                                     QStringLiteral("prompt"),
                                     QStringLiteral("context"),
                                     QStringLiteral("candidate_labels"),
                                     QStringLiteral("multi_class"),
                                     QStringLiteral("source_sentence"),
                                     QStringLiteral("sentences"),
                                     QStringLiteral("table"),
                                     QStringLiteral("structured_data"),
                                     QStringLiteral("messages")};
    return keys;
}

// The keys every example may have besides its inputs (`parameters` is edited in the source).
const QStringList &commonKeys()
{
    static const QStringList keys = {QStringLiteral("example_title"), QStringLiteral("group"),
                                     QStringLiteral("output")};
    return keys;
}

// What each task's widget reads (shared/spec/data/widget-inputs.json).
const QHash<QString, QStringList> &taskInputs()
{
    static const QHash<QString, QStringList> map = [] {
        QHash<QString, QStringList> m;
        const QStringList text = {QStringLiteral("text")};
        for (const char *t :
             {"text-classification", "fill-mask", "token-classification", "summarization",
              "translation", "text2text-generation", "text-generation", "feature-extraction",
              "text-to-speech", "text-to-audio", "text-to-image"}) {
            m.insert(QString::fromLatin1(t), text);
        }
        const QStringList src = {QStringLiteral("src")};
        for (const char *t :
             {"automatic-speech-recognition", "audio-to-audio", "audio-classification",
              "voice-activity-detection", "image-classification", "object-detection",
              "image-segmentation", "image-to-text"}) {
            m.insert(QString::fromLatin1(t), src);
        }
        const QStringList srcPrompt = {QStringLiteral("src"), QStringLiteral("prompt")};
        m.insert(QStringLiteral("image-to-image"), srcPrompt);
        m.insert(QStringLiteral("image-to-video"), srcPrompt);
        const QStringList srcText = {QStringLiteral("src"), QStringLiteral("text")};
        m.insert(QStringLiteral("document-question-answering"), srcText);
        m.insert(QStringLiteral("visual-question-answering"), srcText);
        m.insert(QStringLiteral("question-answering"),
                 {QStringLiteral("text"), QStringLiteral("context")});
        m.insert(QStringLiteral("table-question-answering"),
                 {QStringLiteral("text"), QStringLiteral("table")});
        m.insert(QStringLiteral("zero-shot-classification"),
                 {QStringLiteral("text"), QStringLiteral("candidate_labels"),
                  QStringLiteral("multi_class")});
        m.insert(QStringLiteral("zero-shot-image-classification"),
                 {QStringLiteral("src"), QStringLiteral("candidate_labels"),
                  QStringLiteral("multi_class")});
        m.insert(QStringLiteral("sentence-similarity"),
                 {QStringLiteral("source_sentence"), QStringLiteral("sentences")});
        const QStringList tabular = {QStringLiteral("structured_data")};
        m.insert(QStringLiteral("tabular-classification"), tabular);
        m.insert(QStringLiteral("tabular-regression"), tabular);
        return m;
    }();
    return map;
}

QString typeName(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return WidgetExampleModel::tr("empty");
    case YamlValue::Type::Bool:
        return WidgetExampleModel::tr("a boolean");
    case YamlValue::Type::Number:
        return WidgetExampleModel::tr("a number");
    case YamlValue::Type::String:
        return WidgetExampleModel::tr("a string");
    case YamlValue::Type::Timestamp:
        return WidgetExampleModel::tr("a date");
    case YamlValue::Type::Sequence:
        return WidgetExampleModel::tr("a list");
    case YamlValue::Type::Mapping:
        return WidgetExampleModel::tr("a mapping");
    }
    return QString();
}

QString scalarText(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return v.toString();
    case YamlValue::Type::Null:
        return QString();
    default:
        return QString::fromUtf8(v.toJson()).simplified();
    }
}

QString oneLine(const QString &s)
{
    QString out = s;
    out.replace(u'\n', QStringLiteral(" \u23ce "));
    return out.size() > 200 ? out.left(199) + QChar(0x2026) : out;
}

bool isStringList(const YamlValue &v)
{
    if (!v.isSequence()) {
        return false;
    }
    return std::all_of(v.items().begin(), v.items().end(),
                       [](const YamlValue &i) { return i.isString(); });
}

bool isCell(const YamlValue &v)
{
    return v.isString() || v.type() == YamlValue::Type::Number;
}

bool isTable(const YamlValue &v)
{
    if (!v.isMapping() || v.isBinary()) {
        return false;
    }
    for (const YamlValue::Entry &e : v.entries()) {
        if (!e.second.isSequence() ||
            !std::all_of(e.second.items().begin(), e.second.items().end(), isCell)) {
            return false;
        }
    }
    return true;
}

bool onlyStrings(const YamlValue &map, const QStringList &keys)
{
    if (!map.isMapping() || map.isBinary() || map.entries().size() != size_t(keys.size())) {
        return false;
    }
    for (const QString &k : keys) {
        const YamlValue *v = map.find(k);
        if (!v || !v->isString()) {
            return false;
        }
    }
    return true;
}

bool isMessages(const YamlValue &v)
{
    return v.isSequence() && std::all_of(v.items().begin(), v.items().end(), [](const auto &m) {
               return onlyStrings(m, {QStringLiteral("role"), QStringLiteral("content")});
           });
}

bool isScored(const YamlValue &m, const QString &labelKey)
{
    const YamlValue *label = m.isMapping() ? m.find(labelKey) : nullptr;
    const YamlValue *score = m.isMapping() ? m.find(QStringLiteral("score")) : nullptr;
    return label && score && m.entries().size() == 2 && label->isString() &&
           score->type() == YamlValue::Type::Number;
}

bool isOutput(const YamlValue &v)
{
    if (v.isSequence()) {
        return std::all_of(v.items().begin(), v.items().end(),
                           [](const YamlValue &i) { return isScored(i, QStringLiteral("label")); });
    }
    return isScored(v, QStringLiteral("answer")) || onlyStrings(v, {QStringLiteral("text")}) ||
           onlyStrings(v, {QStringLiteral("url")});
}

QString score(const YamlValue &v)
{
    const YamlValue *s = v.find(QStringLiteral("score"));
    return s ? QString::number(s->toNumber(), 'f', 3) : QString();
}

} // namespace Cardigan::ExampleValues
