#include "thememanager.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Cardigan {

namespace {

const QPalette::ColorGroup groups[] = {QPalette::Active, QPalette::Inactive, QPalette::Disabled};

// Every role set explicitly: a role left unset would be resolved against the platform's
// palette and could put a light colour into the dark theme.
QPalette complete(const QPalette &source)
{
    QPalette palette;
    for (QPalette::ColorGroup group : groups) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole) {
                continue;
            }
            const auto r = QPalette::ColorRole(role);
            palette.setBrush(group, r, source.brush(group, r));
        }
    }
    return palette;
}

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    AppSettings *settings = AppSettings::instance();
    connect(settings, &AppSettings::themeChanged, this, &ThemeManager::apply);
    qApp->installEventFilter(this);
    apply(settings->theme());
}

ThemeManager *ThemeManager::instance()
{
    static ThemeManager *manager = nullptr;
    if (!manager) {
        manager = new ThemeManager(QCoreApplication::instance());
        QObject::connect(manager, &QObject::destroyed, [] { manager = nullptr; });
    }
    return manager;
}

bool ThemeManager::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeManager::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = complete(fusion ? fusion->standardPalette() : QPalette(Qt::white));
    p.setColor(QPalette::Link, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::LinkVisited, QColor(0x6d, 0x28, 0xd9));
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    }
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0xb0, 0xb4, 0xbb));
    return p;
}

QPalette ThemeManager::darkPalette()
{
    // Greys of the Hub's dark mode: the page is gray-950, panels gray-900/800.
    const QColor window(0x1a, 0x1f, 0x2b);
    const QColor base(0x11, 0x18, 0x27);
    const QColor button(0x26, 0x2e, 0x3d);
    const QColor text(0xe5, 0xe7, 0xeb);
    const QColor disabledText(0x6b, 0x72, 0x80);
    QPalette p;
    for (QPalette::ColorGroup group : groups) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, disabled ? window : base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x18, 0x20, 0x30));
        p.setColor(group, QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText,
                   disabled ? QColor(0x4b, 0x55, 0x63) : QColor(0x9c, 0xa3, 0xaf));
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, QColor(0xf8, 0x71, 0x71));
        p.setColor(group, QPalette::Light, QColor(0x3b, 0x45, 0x57));
        p.setColor(group, QPalette::Midlight, QColor(0x31, 0x3a, 0x4a));
        p.setColor(group, QPalette::Mid, QColor(0x1f, 0x26, 0x33));
        p.setColor(group, QPalette::Dark, QColor(0x0f, 0x13, 0x1c));
        p.setColor(group, QPalette::Shadow, QColor(0x05, 0x07, 0x0b));
        p.setColor(group, QPalette::Highlight,
                   disabled ? QColor(0x37, 0x41, 0x51) : QColor(0x25, 0x63, 0xeb));
        p.setColor(group, QPalette::HighlightedText,
                   disabled ? QColor(0x9c, 0xa3, 0xaf) : QColor(Qt::white));
        p.setColor(group, QPalette::Link, QColor(0x60, 0xa5, 0xfa));
        p.setColor(group, QPalette::LinkVisited, QColor(0xa7, 0x8b, 0xfa));
    }
    return p;
}

void ThemeManager::apply(AppSettings::Theme theme)
{
    m_applying = true;
    if (theme == AppSettings::Theme::System) {
        if (m_changed) {
            // Back to what the platform gives: its style, and a palette that is not ours
            // (an empty palette resets the application's to the platform's).
            if (!m_systemStyle.isEmpty()) {
                QApplication::setStyle(m_systemStyle);
            }
            QApplication::setPalette(QPalette());
            m_changed = false;
        }
    } else {
        if (!QApplication::style() ||
            QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive)) {
            QApplication::setStyle(QStringLiteral("Fusion"));
        }
        QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                                   : lightPalette());
        m_changed = true;
    }
    m_applying = false;
    updateDark();
}

void ThemeManager::updateDark()
{
    const bool dark = isDark(QApplication::palette());
    if (dark != m_dark) {
        m_dark = dark;
        emit darkChanged(dark);
    }
}

bool ThemeManager::eventFilter(QObject *watched, QEvent *event)
{
    // The platform's colours changed (System follows them); darkChanged is only emitted
    // when the answer changes, however many windows are told.
    if (!m_applying && (event->type() == QEvent::ApplicationPaletteChange ||
                        event->type() == QEvent::ThemeChange)) {
        updateDark();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Cardigan
