// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets (tests/fuzz, docs/robustness.md).

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace vkauth::fuzz {

// The input as a QByteArray that owns a copy (libFuzzer's buffer is only valid during the call).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A broken invariant is a finding, like a crash: libFuzzer saves the input.
inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace vkauth::fuzz
