// SPDX-License-Identifier: MIT
#include "crypto/PassphraseStrength.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

namespace vkauth {
namespace {

// Character pool a guesser would have to cover.
double poolSize(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        if (c.unicode() >= 128)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
}

// Characters that add little: repeats of the previous one, or steps of a run like "abc" / "123".
int predictableCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int step = text.at(i).unicode() - text.at(i - 1).unicode();
        if (step == 0 || step == 1 || step == -1)
            ++count;
    }
    return count;
}

} // namespace

PassphraseStrength PassphraseStrength::assess(const QString &passphrase)
{
    PassphraseStrength result;
    if (passphrase.isEmpty()) {
        result.hint = QCoreApplication::translate("PassphraseStrength", "Enter a passphrase.");
        return result;
    }
    const double perChar = std::log2(qMax(2.0, poolSize(passphrase)));
    const qsizetype distinct = QSet<QChar>(passphrase.begin(), passphrase.end()).size();
    const double effective = double(passphrase.size()) - 0.75 * predictableCount(passphrase);
    const double cappedLength = qMin(effective, double(distinct) * 2.0);
    result.bits = int(qMax(0.0, cappedLength) * perChar);

    if (result.bits < 28)
        result.level = Level::VeryWeak;
    else if (result.bits < 45)
        result.level = Level::Weak;
    else if (result.bits < 60)
        result.level = Level::Fair;
    else if (result.bits < 80)
        result.level = Level::Strong;
    else
        result.level = Level::VeryStrong;

    switch (result.level) {
    case Level::Empty:
        break;
    case Level::VeryWeak:
    case Level::Weak:
        result.hint = QCoreApplication::translate("PassphraseStrength",
            "Easy to guess. Use four or more random words, or a longer mix of characters.");
        break;
    case Level::Fair:
        result.hint = QCoreApplication::translate(
            "PassphraseStrength", "Could be stronger: add a word or a few characters.");
        break;
    case Level::Strong:
    case Level::VeryStrong:
        result.hint = QCoreApplication::translate("PassphraseStrength",
            "Good. Keep it somewhere safe: "
            "without it the file cannot be opened.");
        break;
    }
    return result;
}

QString PassphraseStrength::levelName(Level level)
{
    switch (level) {
    case Level::Empty:
        return QCoreApplication::translate("PassphraseStrength", "Empty");
    case Level::VeryWeak:
        return QCoreApplication::translate("PassphraseStrength", "Very weak");
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Weak");
    case Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair");
    case Level::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong");
    case Level::VeryStrong:
        return QCoreApplication::translate("PassphraseStrength", "Very strong");
    }
    return {};
}

QString PassphraseStrength::generate()
{
    // 31 symbols (almost 5 bits each): no 0/o, 1/l/i, to be read aloud or copied by hand.
    static const QLatin1String alphabet("abcdefghjkmnpqrstuvwxyz23456789");
    QString out;
    for (int group = 0; group < 6; ++group) {
        if (group > 0)
            out += u'-';
        for (int i = 0; i < 5; ++i)
            out += QChar(alphabet[int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))]);
    }
    return out;
}

} // namespace vkauth
