#include "ui/ToneColors.h"

#include <cmath>

namespace {
constexpr double Readable = 4.5; // WCAG 2, AA, normal text

QColor tint(ToneColors::Tone tone)
{
    switch (tone) {
    case ToneColors::Tone::Neutral:
        return QColor(0x80, 0x80, 0x80);
    case ToneColors::Tone::Demo:
        return QColor(0xe8, 0xb0, 0x20);
    case ToneColors::Tone::Info:
        return QColor(0x3b, 0x78, 0xe7);
    case ToneColors::Tone::Good:
        return QColor(0x1e, 0x8e, 0x3e);
    case ToneColors::Tone::Error:
        return QColor(0xd9, 0x30, 0x25);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor readableOn(const QColor &background, const QColor &preferred)
{
    if (ToneColors::contrast(preferred, background) >= Readable)
        return preferred;
    return ToneColors::contrast(Qt::black, background) >= ToneColors::contrast(Qt::white, background)
        ? QColor(Qt::black)
        : QColor(Qt::white);
}
} // namespace

double ToneColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ToneColors::Colors ToneColors::of(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    Colors c;
    c.background = mix(window, tint(tone), 0.22);
    c.border = mix(window, tint(tone), 0.6);
    c.text = readableOn(c.background, palette.color(QPalette::WindowText));
    return c;
}

QString ToneColors::declarations(Tone tone, const QPalette &palette)
{
    const Colors c = of(tone, palette);
    return QStringLiteral("background: %1; color: %2; border: 1px solid %3;")
        .arg(c.background.name(), c.text.name(), c.border.name());
}

QColor ToneColors::text(Tone tone, const QPalette &palette)
{
    // The tone's own colour, moved toward the window text until it reads on the window.
    const QColor window = palette.color(QPalette::Window);
    const QColor towards = palette.color(QPalette::WindowText);
    for (int step = 0; step <= 10; ++step) {
        const QColor c = mix(tint(tone), towards, step / 10.0);
        if (contrast(c, window) >= Readable)
            return c;
    }
    return readableOn(window, towards);
}

QString ToneColors::textRule(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}
