#pragma once

#include "yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Cardigan {

/// What the widget example table knows about example values: the keys, the tasks' inputs
/// and which value shapes it can show and edit faithfully.
namespace ExampleValues {

/// Every input key the Hub's widgets read, in the order the table shows them.
const QStringList &inputKeys();
/// example_title, group, output: the keys every example may have besides its inputs.
const QStringList &commonKeys();
/// The input keys of each task's widget (shared/spec/data/widget-inputs.json).
const QHash<QString, QStringList> &taskInputs();

QString typeName(const YamlValue &v);
/// A scalar as text (strings as they are, others as JSON); empty for null.
QString scalarText(const YamlValue &v);
/// @p s on one line (line breaks shown as ⏎), cut at 200 characters.
QString oneLine(const QString &s);
QString score(const YamlValue &scored);

bool isStringList(const YamlValue &v);
bool isCell(const YamlValue &v);
/// A mapping of column -> list of strings or numbers.
bool isTable(const YamlValue &v);
bool onlyStrings(const YamlValue &map, const QStringList &keys);
/// [{role, content}] with strings only.
bool isMessages(const YamlValue &v);
bool isScored(const YamlValue &m, const QString &labelKey);
/// One of the Hub's output shapes: [{label, score}], {answer, score}, {text}, {url}.
bool isOutput(const YamlValue &v);

} // namespace ExampleValues
} // namespace Cardigan
