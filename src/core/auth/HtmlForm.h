// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace vkauth {

// A form as a browser would submit it: the resolved action, the method and the entry list.
struct HtmlForm
{
    QUrl action; // resolved against the page (or its <base href>)
    QByteArray method = "GET"; // "GET" or "POST"
    QString id;
    QList<QPair<QString, QString>> fields; // in document order; a name may repeat

    bool has(const QString &name) const;
    QString value(const QString &name) const; // the first value, or empty
    void set(const QString &name, const QString &value); // replaces every entry of name, or appends
    QByteArray encoded() const; // application/x-www-form-urlencoded
};

// A parsed HTML page (gumbo, the HTML5 parsing algorithm, so malformed pages parse like in a
// browser). Lookups take a small selector: compound parts "tag", "#id", ".class" (combinable, e.g.
// "img.captcha_img") separated by spaces for descendants, e.g. "#activation_wrap a".
class HtmlPage
{
public:
    enum class Pick { First, Last };
    static constexpr qsizetype kMaxBytes = 256 * 1024; // a longer page is read up to this size
    static constexpr int kMaxDepth = 512; // elements nested deeper are not looked at

    struct FormQuery
    {
        QString selector; // matches the <form> element itself; empty = any form
        QString actionContains; // a substring of the action attribute; empty = any
        QString submitter; // name of a submit button to include (as if clicked); empty = none
    };

    // Keeps its own copy of the bytes (at most kMaxBytes): the parse tree points into them.
    HtmlPage(const QByteArray &utf8Html, const QUrl &pageUrl);
    ~HtmlPage();
    HtmlPage(const HtmlPage &) = delete;
    HtmlPage &operator=(const HtmlPage &) = delete;

    QUrl url() const { return m_pageUrl; }
    QUrl baseUrl() const; // <base href> resolved against the page URL, or the page URL

    std::optional<HtmlForm> form(const FormQuery &query = {}) const; // the first match
    QList<HtmlForm> forms() const;

    bool contains(const QString &selector) const;
    // Text content (whitespace collapsed) of the first/last matching element; empty when none.
    QString text(const QString &selector, Pick pick = Pick::First) const;
    QStringList texts(const QString &selector) const; // of every matching element, in document order
    // An image's src resolved: the matching element's src, or that of the first <img> inside it.
    QUrl imageUrl(const QString &selector, Pick pick = Pick::First) const;
    // A link's href resolved: the matching element's href, or that of the first <a> inside it.
    QUrl linkUrl(const QString &selector, Pick pick = Pick::First) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QUrl m_pageUrl;
};

} // namespace vkauth
