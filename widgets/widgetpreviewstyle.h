#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace Cardigan {

// The inference widget preview's colours, as the Hub draws them in its light or dark mode;
// dark when @p widget's palette is (see ThemeManager::isDark).
namespace WidgetPreviewStyle {

QString taskChip(const QWidget *widget);
/// An answer or generated text: green box.
QString outputBox(const QWidget *widget);
/// A chat bubble of @p role ("user", "assistant", "system").
QString bubble(const QString &role, const QWidget *widget);
/// The text a generation example appends to the prompt.
QColor generatedText(const QWidget *widget);

} // namespace WidgetPreviewStyle

} // namespace Cardigan
