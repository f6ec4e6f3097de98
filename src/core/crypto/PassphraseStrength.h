// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace vkauth {

// A rough, offline estimate of how hard a passphrase is to guess, for a hint next to the field.
// It is a hint, not a rule: export accepts any non-empty passphrase.
struct PassphraseStrength
{
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong, VeryStrong };

    Level level = Level::Empty;
    int bits = 0; // estimated entropy
    QString hint; // translated: what it is and how to improve it

    static PassphraseStrength assess(const QString &passphrase);
    static QString levelName(Level level); // translated: "Very weak" ... "Very strong"
    // A new random passphrase from the system's CSPRNG: six groups of five letters and digits that
    // cannot be mistaken for each other ("k3vq8-…"), about 148 bits; "Very strong" by assess().
    static QString generate();
};

} // namespace vkauth
