#include "widgetexamplemodel.h"

#include "examplevalues.h"
#include "yamleditplan.h"
#include "yamltree.h"

#include <algorithm>

// The model following the card: the smallest row and column changes for a new `widget` value.

namespace Cardigan {

using namespace ExampleValues;

namespace {

using Seg = YamlPath::Segment;
const QString Widget = QStringLiteral("widget");

} // namespace

QStringList WidgetExampleModel::columnsFor(const YamlValue &meta,
                                           const std::vector<YamlValue> &entries) const
{
    const YamlValue *pipeline =
        meta.isMapping() ? meta.find(QStringLiteral("pipeline_tag")) : nullptr;
    const QString task = pipeline ? pipeline->toString() : QString();
    const YamlValue *tags = meta.isMapping() ? meta.find(QStringLiteral("tags")) : nullptr;
    bool conversational = false;
    if (tags &&
        (task == QLatin1String("text-generation") || task == QLatin1String("image-text-to-text"))) {
        const auto isConv = [](const YamlValue &t) {
            return t.toString() == QLatin1String("conversational");
        };
        conversational =
            isConv(*tags) ||
            (tags->isSequence() && std::any_of(tags->items().begin(), tags->items().end(), isConv));
    }
    QStringList needed;
    const auto it = taskInputs().find(task);
    if (conversational) {
        needed = {QStringLiteral("text"), QStringLiteral("messages")};
    } else if (it != taskInputs().end()) {
        needed = it.value();
    } else {
        needed = inputKeys();
        needed.removeAll(QStringLiteral("prompt"));
    }
    bool other = false;
    for (const YamlValue &e : entries) {
        if (!e.isMapping()) {
            continue;
        }
        for (const YamlValue::Entry &kv : e.entries()) {
            if (inputKeys().contains(kv.first)) {
                needed << kv.first;
            } else if (!commonKeys().contains(kv.first)) {
                other = true;
            }
        }
    }
    QStringList out;
    for (const QString &k : inputKeys()) {
        if (needed.contains(k)) {
            out << k;
        }
    }
    out << commonKeys();
    if (other) {
        out << otherKey();
    }
    return out;
}

QStringList WidgetExampleModel::rowProblems() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        QString all;
        for (int c = 0; c < columnCount(); ++c) {
            all += problem(r, c) + u'\x1f';
        }
        out << all;
    }
    return out;
}

void WidgetExampleModel::refresh()
{
    if (m_document->hasYamlError()) {
        // Keep the rows while the source is being fixed; they turn read-only.
        if (rowCount() > 0 && columnCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        m_problems.clear();
        return;
    }
    const YamlValue meta = m_document->metadata();
    const YamlValue *found = meta.isMapping() ? meta.find(Widget) : nullptr;
    const YamlValue widget = found ? *found : YamlValue();
    std::vector<YamlValue> entries;
    if (widget.isSequence()) {
        entries = widget.items();
    }
    updateColumns(columnsFor(meta, entries));
    // Unchanged examples give no signal at all: prefix and suffix cover every row.
    updateRows(entries, m_problems);
    m_widget = widget;
}

void WidgetExampleModel::updateColumns(const QStringList &columns)
{
    if (columns == m_columns) {
        return;
    }
    // Both lists follow one fixed order, so removing what went and inserting what came,
    // in place, turns one into the other.
    for (int c = int(m_columns.size()) - 1; c >= 0; --c) {
        if (!columns.contains(m_columns.at(c))) {
            beginRemoveColumns({}, c, c);
            m_columns.removeAt(c);
            endRemoveColumns();
        }
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (c >= m_columns.size() || m_columns.at(c) != columns.at(c)) {
            beginInsertColumns({}, c, c);
            m_columns.insert(c, columns.at(c));
            endInsertColumns();
        }
    }
}

void WidgetExampleModel::updateRows(const std::vector<YamlValue> &entries,
                                    const QStringList &oldProblems)
{
    const size_t n = m_entries.size();
    const size_t m = entries.size();
    size_t prefix = 0;
    while (prefix < n && prefix < m && m_entries[prefix] == entries[prefix]) {
        ++prefix;
    }
    size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           m_entries[n - 1 - suffix] == entries[m - 1 - suffix]) {
        ++suffix;
    }
    const size_t oldEnd = n - suffix;
    const size_t newEnd = m - suffix;
    const int lastColumn = columnCount() - 1;
    // One entry moved (moveItem, or a cut and paste in the source): a row move.
    if (n == m && oldEnd - prefix >= 2) {
        const auto equalRange = [](auto a, auto b, auto c) { return std::equal(a, b, c); };
        if (m_entries[prefix] == entries[newEnd - 1] &&
            equalRange(m_entries.begin() + qsizetype(prefix) + 1,
                       m_entries.begin() + qsizetype(oldEnd),
                       entries.begin() + qsizetype(prefix))) {
            beginMoveRows({}, int(prefix), int(prefix), {}, int(newEnd));
            m_entries = entries;
            endMoveRows();
        } else if (m_entries[oldEnd - 1] == entries[prefix] &&
                   equalRange(m_entries.begin() + qsizetype(prefix),
                              m_entries.begin() + qsizetype(oldEnd) - 1,
                              entries.begin() + qsizetype(prefix) + 1)) {
            beginMoveRows({}, int(oldEnd - 1), int(oldEnd - 1), {}, int(prefix));
            m_entries = entries;
            endMoveRows();
        }
    }
    if (m_entries.size() == m && !std::equal(m_entries.begin(), m_entries.end(), entries.begin())) {
        // Same count: the changed middle in place.
        for (size_t i = prefix; i < oldEnd; ++i) {
            m_entries[i] = entries[i];
        }
        if (oldEnd > prefix && lastColumn >= 0) {
            emit dataChanged(index(int(prefix), 0), index(int(oldEnd) - 1, lastColumn));
        }
    } else if (m_entries.size() != m) {
        const size_t common = std::min(oldEnd - prefix, newEnd - prefix);
        for (size_t i = prefix; i < prefix + common; ++i) {
            m_entries[i] = entries[i];
        }
        if (common > 0 && lastColumn >= 0) {
            emit dataChanged(index(int(prefix), 0), index(int(prefix + common) - 1, lastColumn));
        }
        const size_t at = prefix + common;
        if (newEnd > oldEnd) {
            beginInsertRows({}, int(at), int(at + (newEnd - oldEnd)) - 1);
            m_entries.insert(m_entries.begin() + qsizetype(at), entries.begin() + qsizetype(at),
                             entries.begin() + qsizetype(at + (newEnd - oldEnd)));
            endInsertRows();
        } else {
            beginRemoveRows({}, int(at), int(at + (oldEnd - newEnd)) - 1);
            m_entries.erase(m_entries.begin() + qsizetype(at),
                            m_entries.begin() + qsizetype(at + (oldEnd - newEnd)));
            endRemoveRows();
        }
    }
    // Problems can change without the values (a new anchor, the YAML fixed again).
    const QStringList problems = rowProblems();
    for (int r = 0; r < problems.size() && lastColumn >= 0; ++r) {
        if (r >= oldProblems.size() || problems.at(r) != oldProblems.at(r)) {
            emit dataChanged(index(r, 0), index(r, lastColumn));
        }
    }
    m_problems = problems;
}

} // namespace Cardigan
