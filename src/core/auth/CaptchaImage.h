// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace vkauth {

class HttpSession;
class Prompt;

// The one fetch of a captcha picture, for every flow that meets a captcha (password sign-in,
// account verification): through the flow's session (its timeout, size cap, URL policy and cookies).
namespace CaptchaImage {
// `done` gets the picture's bytes, or nothing when it could not be had (not http(s), an error, a
// status other than 200): the front then says so and offers another. Called later, never at once
// for a fetchable URL; at once (empty) for one that is not.
void fetch(HttpSession *session, const QUrl &url, const std::function<void(const QByteArray &)> &done);
// A new picture for an open captcha prompt (the front asked for one); nothing if it closed meanwhile
// or `stillCurrent` says the flow moved on.
void refresh(HttpSession *session, Prompt *prompt, const std::function<bool()> &stillCurrent);
} // namespace CaptchaImage

} // namespace vkauth
