// SPDX-License-Identifier: MIT
// The HTML page/form reader (auth/HtmlForm): every lookup the flows make, on any bytes.
#include "FuzzSupport.h"
#include "auth/HtmlForm.h"

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const HtmlPage page(
        fuzz::bytes(data, size), QUrl(QStringLiteral("https://m.vk.com/login?act=authcheck")));
    fuzz::check(page.baseUrl().isValid() || page.baseUrl().isEmpty(), "baseUrl is valid or empty");
    for (const HtmlForm &form : page.forms()) {
        fuzz::check(form.method == "GET" || form.method == "POST", "method is GET or POST");
        (void)form.encoded();
        if (!form.fields.isEmpty())
            fuzz::check(form.has(form.fields.first().first), "a listed field is found");
    }
    (void)page.form({QStringLiteral("form#login"), QStringLiteral("act=login"), QStringLiteral("submit")});
    (void)page.form({{}, QStringLiteral("authcheck"), {}});
    (void)page.contains(QStringLiteral("div.service_msg_warning"));
    (void)page.text(QStringLiteral(".service_msg"), HtmlPage::Pick::Last);
    (void)page.texts(QStringLiteral(".field_prefix"));
    (void)page.imageUrl(QStringLiteral(".captcha_img"));
    (void)page.imageUrl(QStringLiteral("img.captcha_img"), HtmlPage::Pick::Last);
    (void)page.linkUrl(QStringLiteral("#activation_wrap a"));
    return 0;
}
