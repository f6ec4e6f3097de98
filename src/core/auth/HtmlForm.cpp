// SPDX-License-Identifier: MIT
#include "auth/HtmlForm.h"

#include "net/HttpSession.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <cctype>
#include <functional>
#include <vector>

namespace vkauth {

namespace {

struct Compound
{
    QString tag; // lower case; empty = any
    QString id;
    QStringList classes;
};

QList<Compound> parseSelector(const QString &selector)
{
    static const QRegularExpression part(QStringLiteral("([#.]?)([A-Za-z0-9_-]+)"));
    QList<Compound> result;
    for (const QString &word : selector.split(u' ', Qt::SkipEmptyParts)) {
        Compound compound;
        auto it = part.globalMatch(word);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString kind = match.captured(1);
            if (kind == u"#")
                compound.id = match.captured(2);
            else if (kind == u".")
                compound.classes.append(match.captured(2));
            else
                compound.tag = match.captured(2).toLower();
        }
        result.append(compound);
    }
    return result;
}

bool isElement(const GumboNode *node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

QString tagName(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

std::optional<QString> attr(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return std::nullopt;
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!a)
        return std::nullopt;
    return QString::fromUtf8(a->value);
}

QString attrOr(const GumboNode *node, const char *name, const QString &fallback = {})
{
    return attr(node, name).value_or(fallback);
}

bool matches(const GumboNode *node, const Compound &compound)
{
    if (!isElement(node))
        return false;
    if (!compound.tag.isEmpty() && tagName(node) != compound.tag)
        return false;
    if (!compound.id.isEmpty() && attrOr(node, "id") != compound.id)
        return false;
    if (!compound.classes.isEmpty()) {
        // class="a b": split on HTML's ASCII whitespace (a regex built here per element was 3/4 of
        // the time of reading a page, measured under the html_form fuzzer).
        const QString value = attrOr(node, "class");
        const auto isSpace
            = [](QChar ch) { return ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\f' || ch == u'\r'; };
        QList<QStringView> classes;
        for (qsizetype i = 0; i < value.size();) {
            while (i < value.size() && isSpace(value.at(i)))
                ++i;
            const qsizetype start = i;
            while (i < value.size() && !isSpace(value.at(i)))
                ++i;
            if (i > start)
                classes.append(QStringView(value).mid(start, i - start));
        }
        for (const QString &c : compound.classes) {
            if (!classes.contains(QStringView(c)))
                return false;
        }
    }
    return true;
}

bool matchesSelector(const GumboNode *node, const QList<Compound> &selector)
{
    if (selector.isEmpty() || !matches(node, selector.last()))
        return false;
    qsizetype index = selector.size() - 2;
    for (const GumboNode *up = node->parent; up && index >= 0; up = up->parent) {
        if (matches(up, selector.at(index)))
            --index;
    }
    return index < 0;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElement(node))
        return &node->v.element.children;
    return nullptr;
}

// Visits elements in document order, without recursion (a deeply nested page must not exhaust the
// stack) and no deeper than kMaxDepth below the start (VK's pages nest a few dozen levels).
void walk(const GumboNode *node, const std::function<void(const GumboNode *)> &visit)
{
    struct Frame
    {
        const GumboNode *node;
        int depth;
    };
    std::vector<Frame> stack {{node, 0}};
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        if (isElement(frame.node))
            visit(frame.node);
        const GumboVector *children = childrenOf(frame.node);
        if (!children || frame.depth >= HtmlPage::kMaxDepth)
            continue;
        for (unsigned int i = children->length; i > 0; --i)
            stack.push_back({static_cast<const GumboNode *>(children->data[i - 1]), frame.depth + 1});
    }
}

QList<const GumboNode *> select(const GumboNode *root, const QString &selector)
{
    const QList<Compound> compounds = parseSelector(selector);
    QList<const GumboNode *> found;
    walk(root, [&](const GumboNode *node) {
        if (matchesSelector(node, compounds))
            found.append(node);
    });
    return found;
}

void appendText(const GumboNode *root, QString *out)
{
    struct Frame
    {
        const GumboNode *node;
        int depth;
    };
    std::vector<Frame> stack {{root, 0}};
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        const GumboNode *node = frame.node;
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            out->append(QString::fromUtf8(node->v.text.text));
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            if (node->v.element.tag == GUMBO_TAG_SCRIPT || node->v.element.tag == GUMBO_TAG_STYLE
                || frame.depth >= HtmlPage::kMaxDepth)
                break;
            for (unsigned int i = node->v.element.children.length; i > 0; --i)
                stack.push_back(
                    {static_cast<const GumboNode *>(node->v.element.children.data[i - 1]), frame.depth + 1});
            break;
        default:
            break;
        }
    }
}

QString rawText(const GumboNode *node)
{
    QString text;
    appendText(node, &text);
    return text;
}

bool isAncestor(const GumboNode *ancestor, const GumboNode *node)
{
    for (const GumboNode *up = node->parent; up; up = up->parent) {
        if (up == ancestor)
            return true;
    }
    return false;
}

const GumboNode *firstChildElement(const GumboNode *node, GumboTag tag)
{
    for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(node->v.element.children.data[i]);
        if (isElement(child) && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

// Disabled itself, or inside a disabled <fieldset> but not inside that fieldset's first <legend>.
bool isDisabled(const GumboNode *node)
{
    if (attr(node, "disabled"))
        return true;
    for (const GumboNode *up = node->parent; up; up = up->parent) {
        if (isElement(up) && up->v.element.tag == GUMBO_TAG_FIELDSET && attr(up, "disabled")) {
            const GumboNode *legend = firstChildElement(up, GUMBO_TAG_LEGEND);
            if (!legend || !isAncestor(legend, node))
                return true;
        }
    }
    return false;
}

void addSelectValues(const GumboNode *select, const QString &name, QList<QPair<QString, QString>> *fields)
{
    QList<const GumboNode *> options;
    walk(select, [&](const GumboNode *node) {
        if (node->v.element.tag == GUMBO_TAG_OPTION)
            options.append(node);
    });
    const auto valueOf = [](const GumboNode *option) {
        return attr(option, "value").value_or(rawText(option).simplified());
    };
    const auto enabled = [](const GumboNode *option) {
        return !attr(option, "disabled")
            && !(option->parent && option->parent->v.element.tag == GUMBO_TAG_OPTGROUP
                && attr(option->parent, "disabled"));
    };
    if (attr(select, "multiple")) {
        for (const GumboNode *option : options) {
            if (attr(option, "selected") && enabled(option))
                fields->append({name, valueOf(option)});
        }
        return;
    }
    // A single select shows the last option marked selected, or else its first enabled option.
    const GumboNode *chosen = nullptr;
    for (const GumboNode *option : options) {
        if (attr(option, "selected"))
            chosen = option;
    }
    if (!chosen) {
        for (const GumboNode *option : options) {
            if (enabled(option)) {
                chosen = option;
                break;
            }
        }
    }
    if (chosen && enabled(chosen))
        fields->append({name, valueOf(chosen)});
}

void addControl(const GumboNode *node, const QString &submitter, QList<QPair<QString, QString>> *fields)
{
    const QString name = attrOr(node, "name");
    if (name.isEmpty() || isDisabled(node))
        return;
    switch (node->v.element.tag) {
    case GUMBO_TAG_INPUT: {
        const QString type = attrOr(node, "type", QStringLiteral("text")).trimmed().toLower();
        if (type == u"submit") {
            if (name == submitter)
                fields->append({name, attrOr(node, "value")});
        } else if (type == u"checkbox" || type == u"radio") {
            if (attr(node, "checked"))
                fields->append({name, attrOr(node, "value", QStringLiteral("on"))});
        } else if (type == u"file") {
            fields->append({name, QString()});
        } else if (type != u"reset" && type != u"button" && type != u"image") {
            fields->append({name, attrOr(node, "value")});
        }
        return;
    }
    case GUMBO_TAG_BUTTON: {
        const QString type = attrOr(node, "type", QStringLiteral("submit")).trimmed().toLower();
        if (type == u"submit" && name == submitter)
            fields->append({name, attrOr(node, "value")});
        return;
    }
    case GUMBO_TAG_SELECT:
        addSelectValues(node, name, fields);
        return;
    case GUMBO_TAG_TEXTAREA:
        fields->append({name, rawText(node)});
        return;
    default:
        return;
    }
}

bool isControl(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

// The form's entry list: controls inside it, plus controls elsewhere that name it in their form
// attribute, in document order.
HtmlForm buildForm(const GumboNode *root, const GumboNode *node, const QUrl &pageUrl, const QUrl &baseUrl,
    const QString &submitter)
{
    HtmlForm form;
    form.id = attrOr(node, "id");
    form.method
        = attrOr(node, "method").trimmed().toLower() == u"post" ? QByteArray("POST") : QByteArray("GET");
    const QString action = attrOr(node, "action").trimmed();
    form.action = action.isEmpty() ? pageUrl : baseUrl.resolved(QUrl(action));
    walk(root, [&](const GumboNode *control) {
        if (!isControl(control))
            return;
        const auto owner = attr(control, "form");
        const bool owned = owner ? (!form.id.isEmpty() && *owner == form.id) : isAncestor(node, control);
        if (owned)
            addControl(control, submitter, &form.fields);
    });
    return form;
}

} // namespace

bool HtmlForm::has(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString HtmlForm::value(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

void HtmlForm::set(const QString &name, const QString &value)
{
    bool replaced = false;
    for (qsizetype i = 0; i < fields.size();) {
        if (fields[i].first != name) {
            ++i;
        } else if (!replaced) {
            fields[i].second = value;
            replaced = true;
            ++i;
        } else {
            fields.removeAt(i);
        }
    }
    if (!replaced)
        fields.append({name, value});
}

QByteArray HtmlForm::encoded() const
{
    return HttpSession::formEncode(fields);
}

// Where to cut a page so that gumbo never sees more than maxDepth nested elements: gumbo's tree
// building scans the stack of open elements for every tag, so a page nesting thousands of elements
// costs seconds (issue 13 item 8). A rough scan: start tags of non-void elements open, end tags close,
// script/style/comment contents are skipped. Pages as deep as VK's (a few dozen) are never cut.
static qsizetype depthCut(const QByteArray &html, int maxDepth)
{
    static const QList<QByteArray> voids {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"};
    const char *data = html.constData();
    const qsizetype size = html.size();
    int depth = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != '<' || i + 1 >= size)
            continue;
        const char next = data[i + 1];
        if (next == '!') {
            const qsizetype end = html.indexOf("-->", i);
            if (html.mid(i, 4) == "<!--" && end >= 0)
                i = end + 2;
            continue;
        }
        if (next == '/') {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(next)))
            continue;
        qsizetype nameEnd = i + 1;
        while (nameEnd < size && std::isalnum(static_cast<unsigned char>(data[nameEnd])))
            ++nameEnd;
        const QByteArray name = html.mid(i + 1, nameEnd - i - 1).toLower();
        const qsizetype close = html.indexOf('>', nameEnd);
        if (close < 0)
            break;
        if (name == "script" || name == "style") {
            const qsizetype end = html.indexOf("</" + name, close);
            if (end < 0)
                break;
            i = end;
            ++depth; // its end tag follows
            continue;
        }
        if (!voids.contains(name) && data[close - 1] != '/' && ++depth > maxDepth)
            return i;
        i = close;
    }
    return size;
}

struct HtmlPage::Private
{
    QByteArray bytes; // gumbo does not copy: its nodes point into these bytes, kept for the page's life
    GumboOutput *output = nullptr;
    ~Private()
    {
        if (output)
            gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
    const GumboNode *root() const { return output->document; }
    const GumboNode *pick(const QString &selector, Pick which) const
    {
        const auto found = select(root(), selector);
        if (found.isEmpty())
            return nullptr;
        return which == Pick::First ? found.first() : found.last();
    }
};

HtmlPage::HtmlPage(const QByteArray &utf8Html, const QUrl &pageUrl)
    : d(std::make_unique<Private>())
    , m_pageUrl(pageUrl)
{
    d->bytes = utf8Html.left(kMaxBytes);
    d->bytes.truncate(depthCut(d->bytes, kMaxDepth));
    d->bytes.detach(); // our own copy, whatever the caller does with theirs
    d->output
        = gumbo_parse_with_options(&kGumboDefaultOptions, d->bytes.constData(), size_t(d->bytes.size()));
}

HtmlPage::~HtmlPage() = default;

QUrl HtmlPage::baseUrl() const
{
    const auto bases = select(d->root(), QStringLiteral("base"));
    for (const GumboNode *base : bases) {
        if (const auto href = attr(base, "href")) {
            // A base that does not parse is ignored, as browsers do: the page's own address stays.
            const QUrl resolved = m_pageUrl.resolved(QUrl(href->trimmed()));
            return resolved.isValid() ? resolved : m_pageUrl;
        }
    }
    return m_pageUrl;
}

QList<HtmlForm> HtmlPage::forms() const
{
    QList<HtmlForm> result;
    const QUrl base = baseUrl();
    for (const GumboNode *node : select(d->root(), QStringLiteral("form")))
        result.append(buildForm(d->root(), node, m_pageUrl, base, {}));
    return result;
}

std::optional<HtmlForm> HtmlPage::form(const FormQuery &query) const
{
    const QString selector = query.selector.isEmpty() ? QStringLiteral("form") : query.selector;
    for (const GumboNode *node : select(d->root(), selector)) {
        if (node->v.element.tag != GUMBO_TAG_FORM)
            continue;
        if (!query.actionContains.isEmpty() && !attrOr(node, "action").contains(query.actionContains))
            continue;
        return buildForm(d->root(), node, m_pageUrl, baseUrl(), query.submitter);
    }
    return std::nullopt;
}

bool HtmlPage::contains(const QString &selector) const
{
    return d->pick(selector, Pick::First) != nullptr;
}

QString HtmlPage::text(const QString &selector, Pick pick) const
{
    const GumboNode *node = d->pick(selector, pick);
    return node ? rawText(node).simplified() : QString();
}

QStringList HtmlPage::texts(const QString &selector) const
{
    QStringList result;
    for (const GumboNode *node : select(d->root(), selector))
        result.append(rawText(node).simplified());
    return result;
}

QUrl HtmlPage::imageUrl(const QString &selector, Pick pick) const
{
    const GumboNode *node = d->pick(selector, pick);
    if (!node)
        return {};
    if (node->v.element.tag != GUMBO_TAG_IMG) {
        const auto images = select(node, QStringLiteral("img"));
        if (images.isEmpty())
            return {};
        node = images.first();
    }
    const auto src = attr(node, "src");
    return src ? baseUrl().resolved(QUrl(src->trimmed())) : QUrl();
}

QUrl HtmlPage::linkUrl(const QString &selector, Pick pick) const
{
    const GumboNode *node = d->pick(selector, pick);
    if (!node)
        return {};
    if (node->v.element.tag != GUMBO_TAG_A) {
        const auto links = select(node, QStringLiteral("a"));
        if (links.isEmpty())
            return {};
        node = links.first();
    }
    const auto href = attr(node, "href");
    return href ? baseUrl().resolved(QUrl(href->trimmed())) : QUrl();
}

} // namespace vkauth
