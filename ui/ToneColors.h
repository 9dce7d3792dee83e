#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The colours of the app's banners, error bar and warnings, derived from the palette so that they
// stay readable in a light, a dark and a high-contrast theme: a tint of the palette's window colour
// as background, and the palette's text colour on it — or black or white, whichever contrasts more,
// when that falls short of WCAG's 4.5:1. Fixed light backgrounds under a dark theme's light text
// were unreadable.
namespace ToneColors {
enum class Tone { Neutral, Demo, Info, Good, Error };

struct Colors
{
    QColor background;
    QColor border;
    QColor text;
};

Colors of(Tone tone, const QPalette &palette);
// "background: …; color: …; border: 1px solid …;" for a style sheet rule.
QString declarations(Tone tone, const QPalette &palette);
// The tone's colour for text straight on the window background (a status bar warning).
QColor text(Tone tone, const QPalette &palette);
// "color: …;": the same, for a style sheet.
QString textRule(Tone tone, const QPalette &palette);
// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b);
} // namespace ToneColors
