#include "widgetexamplemodel.h"

#include "examplevalues.h"
#include "yamleditplan.h"
#include "yamltree.h"

#include <algorithm>

// The model's edits: each one CardDocument::set / unset / moveItem, or an editGroup of them.

namespace Cardigan {

using namespace ExampleValues;

namespace {

using Seg = YamlPath::Segment;
const QString Widget = QStringLiteral("widget");

} // namespace

YamlPath WidgetExampleModel::entryPath(int row) const
{
    return YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Index, QString(), row}});
}

YamlPath WidgetExampleModel::valuePath(int row, const QString &key) const
{
    return entryPath(row).child({Seg::Kind::Key, key, 0});
}

CardDocument::EditResult WidgetExampleModel::report(const CardDocument::EditResult &result)
{
    if (!result.ok) {
        emit editRefused(result.message);
    }
    return result;
}

CardDocument::EditResult
WidgetExampleModel::applyPlan(const YamlPath &path, const YamlValue *before, const YamlValue &after)
{
    const std::vector<YamlEdit> edits = planYamlEdits(path, before, after);
    const auto run = [this](const YamlEdit &e) {
        return e.value ? m_document->set(e.path, *e.value) : m_document->unset(e.path);
    };
    if (edits.empty()) {
        return {true, false, QString()};
    }
    if (edits.size() == 1) {
        return report(run(edits.front()));
    }
    return report(m_document->editGroup([&] {
        CardDocument::EditResult last{true, false, QString()};
        for (const YamlEdit &e : edits) {
            last = run(e);
            if (!last.ok) {
                break;
            }
        }
        return last;
    }));
}

CardDocument::EditResult WidgetExampleModel::setValue(int row, const QString &key,
                                                      const YamlValue &value)
{
    const int column = columnOf(key);
    const QString p = column >= 0 ? problem(row, column) : listProblem();
    if (!p.isEmpty() || !entry(row).isMapping()) {
        return report({false, false,
                       tr("%1; nothing was changed: edit it in the source")
                           .arg(p.isEmpty() ? tr("the example is not a mapping") : p)});
    }
    const YamlValue e = entry(row);
    return applyPlan(valuePath(row, key), e.find(key), value);
}

CardDocument::EditResult WidgetExampleModel::unsetValue(int row, const QString &key)
{
    const int column = columnOf(key);
    if (const QString p = column >= 0 ? problem(row, column) : listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->unset(valuePath(row, key)));
}

CardDocument::EditResult WidgetExampleModel::addRow()
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    // The task's first one-line input, empty: what the user fills in first.
    QString first = QStringLiteral("text");
    for (const QString &k : m_columns) {
        if (k == QLatin1String("text") || k == QLatin1String("src") ||
            k == QLatin1String("source_sentence")) {
            first = k;
            break;
        }
    }
    const YamlValue example = YamlValue::mapping({{first, YamlValue::string(QString())}});
    const YamlValue meta = m_document->metadata();
    const YamlValue *widget = meta.isMapping() ? meta.find(Widget) : nullptr;
    if (!widget || widget->isNull()) {
        return report(m_document->set(YamlPath({{Seg::Kind::Key, Widget, 0}}),
                                      YamlValue::sequence({example})));
    }
    return report(m_document->set(
        YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Append, QString(), 0}}), example));
}

CardDocument::EditResult WidgetExampleModel::removeExample(int row)
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->unset(entryPath(row)));
}

CardDocument::EditResult WidgetExampleModel::duplicateRow(int row)
{
    if (const QString p = problem(row, 0); !p.isEmpty() || row < 0 || row >= rowCount()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    const YamlValue copy = entry(row);
    const int last = rowCount();
    return report(m_document->editGroup([&] {
        const CardDocument::EditResult added = m_document->set(
            YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Append, QString(), 0}}), copy);
        if (!added.ok || row + 1 == last) {
            return added;
        }
        return m_document->moveItem(YamlPath({{Seg::Kind::Key, Widget, 0}}), last, row + 1);
    }));
}

CardDocument::EditResult WidgetExampleModel::moveExample(int from, int to)
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->moveItem(YamlPath({{Seg::Kind::Key, Widget, 0}}), from, to));
}

} // namespace Cardigan
