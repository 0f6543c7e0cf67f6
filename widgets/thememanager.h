#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include "appsettings.h"

namespace Cardigan {

/*
 * Applies AppSettings::theme() to the whole application and says whether what the user
 * sees is dark. Light and Dark set the Fusion style and a complete palette (every role of
 * every colour group, so nothing falls back to the platform's colours); System restores
 * the platform's style and palette and follows them when they change. Qt 6.4 has no
 * colour-scheme hint, so "dark" means a window colour of lightness under 128.
 */
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    static ThemeManager *instance();

    /// Whether the application's colours are dark now.
    bool isDark() const { return m_dark; }

    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ThemeManager(QObject *parent);
    void apply(AppSettings::Theme theme);
    void updateDark();

    QString m_systemStyle;  ///< the style the platform gave us, restored by System
    bool m_changed = false; ///< we replaced the platform's style and palette
    bool m_applying = false;
    bool m_dark = false;
};

} // namespace Cardigan
