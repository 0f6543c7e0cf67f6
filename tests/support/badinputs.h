#pragma once

#include <QByteArray>

// Inputs that try to break a reader, shared by the core and the window's bad-input tests.
namespace Cardigan::BadInputs {

// @p piece @p n times.
inline QByteArray repeated(const QByteArray &piece, int n)
{
    QByteArray out;
    out.reserve(piece.size() * n);
    for (int i = 0; i < n; ++i) {
        out += piece;
    }
    return out;
}

// Billion laughs: nine levels of ten aliases each expand to 10^9 strings.
inline QByteArray aliasBomb()
{
    QByteArray yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray prev = "*a" + QByteArray::number(i - 1);
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" +
                repeated(prev + ", ", 9) + prev + "]\n";
    }
    return "---\n" + yaml + "---\n# Laughs\n";
}

} // namespace Cardigan::BadInputs
