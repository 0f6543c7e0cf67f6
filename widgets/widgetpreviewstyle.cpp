#include "widgetpreviewstyle.h"

#include "thememanager.h"

#include <QApplication>
#include <QWidget>

namespace Cardigan::WidgetPreviewStyle {

namespace {

bool dark(const QWidget *widget)
{
    return ThemeManager::isDark(widget ? widget->palette() : QApplication::palette());
}

} // namespace

QString taskChip(const QWidget *widget)
{
    return dark(widget) ? QStringLiteral("QLabel { background: #1e1b4b; color: #c7d2fe; border: "
                                         "1px solid #3730a3; border-radius: 6px; padding: 1px "
                                         "8px; }")
                        : QStringLiteral("QLabel { background: #eef2ff; color: #312e81; border: "
                                         "1px solid #c7d2fe; border-radius: 6px; padding: 1px "
                                         "8px; }");
}

QString outputBox(const QWidget *widget)
{
    return dark(widget) ? QStringLiteral("QLabel { background: #052e22; color: #a7f3d0; border: "
                                         "1px solid #065f46; border-radius: 6px; padding: 6px "
                                         "10px; }")
                        : QStringLiteral("QLabel { background: #ecfdf5; color: #065f46; border: "
                                         "1px solid #a7f3d0; border-radius: 6px; padding: 6px "
                                         "10px; }");
}

QString bubble(const QString &role, const QWidget *widget)
{
    const bool d = dark(widget);
    if (role == QLatin1String("user")) {
        return d ? QStringLiteral("QLabel { background: #172554; color: #dbeafe; "
                                  "border-radius: 10px; padding: 4px 10px; }")
                 : QStringLiteral("QLabel { background: #eff6ff; color: #1e3a8a; "
                                  "border-radius: 10px; padding: 4px 10px; }");
    }
    if (role == QLatin1String("system")) {
        return d ? QStringLiteral("QLabel { color: #9ca3af; font-style: italic; }")
                 : QStringLiteral("QLabel { color: #6b7280; font-style: italic; }");
    }
    return d ? QStringLiteral("QLabel { background: #1f2937; color: #e5e7eb; "
                              "border-radius: 10px; padding: 4px 10px; }")
             : QStringLiteral("QLabel { background: #f3f4f6; color: #111827; "
                              "border-radius: 10px; padding: 4px 10px; }");
}

QColor generatedText(const QWidget *widget)
{
    return dark(widget) ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
}

} // namespace Cardigan::WidgetPreviewStyle
