// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"

#include <QString>

namespace vkauth::cli {

// Documented in the README ("Exit codes"); scripts rely on them, so never renumber.
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // unknown command, bad flag, bad value
    AuthRefused = 3, // VK said no: wrong password, captcha/2FA failed, blocked, denied
    Network = 4, // could not reach VK, timeout, reply not understood
    Keychain = 5, // the OS keychain is unavailable or refused
    NotFound = 6, // no such profile
    Cancelled = 7, // the user cancelled, or no answer could be read
    NeedsBrowser = 8, // VK asks for a step only a web browser can pass (the "not robot" check)
    Ambiguous = 9, // PROFILE matches several profiles (the error lists them)
    NotAllValid = 10, // check --all: at least one profile's token does not work (the table says which)
};

// The table of exit codes, as --help shows it: "Exit codes:" and one line per code (from kExitCodes).
QString exitCodeTable();

// How a flow's error ends the process.
ExitCode exitCodeFor(AuthErrorCode code);

} // namespace vkauth::cli
