// SPDX-License-Identifier: MIT
#include "auth/HtmlForm.h"

#include <QTest>

using namespace vkauth;

using Fields = QList<QPair<QString, QString>>;

class TestHtmlForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data();
    void fields();
    void selection_data();
    void selection();
    void missingForm_data();
    void missingForm();
    void action_data();
    void action();
    void submitter();
    void textAndImages_data();
    void textAndImages();
    void links();
    void encoding();
    void setReplaces();
};

static const QUrl kPage(QStringLiteral("https://m.vk.ru/login?act=authcheck&sid=1"));

void TestHtmlForm::fields_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<Fields>("expected");

    QTest::newRow("inputs with and without value") << QByteArray(
        "<form><input name=a value=1><input name=b><input type=hidden name=c value='x y'></form>")
                                                   << Fields {{"a", "1"}, {"b", ""}, {"c", "x y"}};
    QTest::newRow("unnamed and disabled skipped") << QByteArray(
        "<form><input value=1><input name='' value=2><input name=d value=3 disabled>"
        "<input name=e value=4></form>") << Fields {{"e", "4"}};
    QTest::newRow("checkbox and radio only when checked")
        << QByteArray("<form><input type=checkbox name=remember checked><input type=checkbox name=no value=1>"
                      "<input type=radio name=r value=a><input type=radio name=r value=b checked></form>")
        << Fields {{"remember", "on"}, {"r", "b"}};
    QTest::newRow("buttons, reset, image and submit excluded") << QByteArray(
        "<form><input type=submit name=s value=Go><button name=b value=1>B</button>"
        "<input type=reset name=r><input type=button name=x><input type=image name=i src=a.png>"
        "<input name=keep value=k></form>") << Fields {{"keep", "k"}};
    QTest::newRow("select single: selected, else first enabled")
        << QByteArray("<form><select name=one><option value=1>A<option value=2 selected>B</select>"
                      "<select name=two><option disabled>X<option>  Text  value </option></select></form>")
        << Fields {{"one", "2"}, {"two", "Text value"}};
    QTest::newRow("select multiple") << QByteArray(
        "<form><select name=m multiple><option value=1 selected><option value=2>"
        "<option value=3 selected><option value=4 selected disabled></select>"
        "<select name=none multiple><option value=1></select></form>")
                                     << Fields {{"m", "1"}, {"m", "3"}};
    QTest::newRow("textarea keeps text")
        << QByteArray("<form><textarea name=t>line one\nline &amp; two</textarea></form>")
        << Fields {{"t", "line one\nline & two"}};
    QTest::newRow("entities decoded")
        << QByteArray("<form><input name='a&amp;b' value='&lt;&quot;&#x41;&copy;&nbsp;'></form>")
        << Fields {{"a&b", QStringLiteral("<\"A\u00a9\u00a0")}};
    QTest::newRow("nested elements inside the form")
        << QByteArray("<form><div><table><tr><td><p><input name=deep value=1></p></td></tr></table></div>"
                      "<fieldset><span><select name=s><option>v</select></span></fieldset></form>")
        << Fields {{"deep", "1"}, {"s", "v"}};
    QTest::newRow("disabled fieldset, legend exception")
        << QByteArray("<form><fieldset disabled><legend><input name=inlegend value=1></legend>"
                      "<input name=off value=2></fieldset><input name=on value=3></form>")
        << Fields {{"inlegend", "1"}, {"on", "3"}};
    QTest::newRow("form attribute") << QByteArray(
        "<form id=f><input name=in value=1></form><input form=f name=out value=2>"
        "<input name=stray value=3>")
                                    << Fields {{"in", "1"}, {"out", "2"}};
    QTest::newRow("malformed: unclosed tags and quotes") << QByteArray(
        "<html><body><form method=post><div><input name=a value=1><p><input name=b value=\"2>"
        "<input name=c value=3") << Fields {{"a", "1"}};
    QTest::newRow("malformed: nested form is ignored like in a browser") << QByteArray(
        "<form id=outer><input name=a value=1><form id=inner><input name=b value=2></form>"
        "<input name=c value=3></form>") << Fields {{"a", "1"}, {"b", "2"}};
    QTest::newRow("utf-8 values") << QByteArray(
        "<form><input name=\xd0\xb8\xd0\xbc\xd1\x8f value=\"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\"></form>")
                                  << Fields {{QStringLiteral("\u0438\u043c\u044f"),
                                         QStringLiteral("\u0418\u0432\u0430\u043d")}};
}

void TestHtmlForm::fields()
{
    QFETCH(QByteArray, html);
    QFETCH(Fields, expected);
    const HtmlPage page(html, kPage);
    const auto form = page.form();
    QVERIFY(form.has_value());
    QCOMPARE(form->fields, expected);
}

void TestHtmlForm::selection_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("actionContains");
    QTest::addColumn<QString>("expectedId");

    QTest::newRow("first") << QString() << QString() << QStringLiteral("search");
    QTest::newRow("by id") << QStringLiteral("#login") << QString() << QStringLiteral("login");
    QTest::newRow("by class") << QStringLiteral(".auth") << QString() << QStringLiteral("login");
    QTest::newRow("by tag and class") << QStringLiteral("form.captcha") << QString() << QStringLiteral("cap");
    QTest::newRow("descendant") << QStringLiteral("#box form") << QString() << QStringLiteral("cap");
    QTest::newRow("by action") << QString() << QStringLiteral("act=security") << QStringLiteral("sec");
    // class="..." is split on HTML's whitespace (tab, newline, form feed, return, space), runs of it too.
    QTest::newRow("classes split on tab and newline")
        << QStringLiteral("form.one.two") << QString() << QStringLiteral("multi");
    QTest::newRow("last class before a return")
        << QStringLiteral(".three") << QString() << QStringLiteral("multi");
}

void TestHtmlForm::selection()
{
    QFETCH(QString, selector);
    QFETCH(QString, actionContains);
    QFETCH(QString, expectedId);
    const QByteArray html = "<form id=search action=/search></form>"
                            "<form id=login class='x auth y' method=POST action=/login></form>"
                            "<div id=box><form id=cap class=captcha></form></div>"
                            "<form id=sec action='/login?act=security&amp;hash=1'></form>"
                            "<form id=multi class=\"\tone\n  two\fthree\r\"></form>";
    const HtmlPage page(html, kPage);
    const auto form = page.form({selector, actionContains, {}});
    QVERIFY(form.has_value());
    QCOMPARE(form->id, expectedId);
    QCOMPARE(page.forms().size(), 5);
    // A class matches whole, never a part of one.
    QVERIFY(!page.form({QStringLiteral(".tw"), {}, {}}).has_value());
}

void TestHtmlForm::missingForm_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("selector");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("no form") << QByteArray("<html><body><input name=a></body></html>") << QString();
    QTest::newRow("garbage") << QByteArray("\x00\xff<<<>>>&&&;", 12) << QString();
    QTest::newRow("no such id") << QByteArray("<form id=a></form>") << QStringLiteral("#b");
    QTest::newRow("selector matches a non-form")
        << QByteArray("<div id=a><form></form></div>") << QStringLiteral("#a");
}

void TestHtmlForm::missingForm()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, selector);
    const HtmlPage page(html, kPage);
    QVERIFY(!page.form({selector, {}, {}}).has_value());
}

void TestHtmlForm::action_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QUrl>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("absolute") << QByteArray(
        "<form action='https://login.vk.ru/?act=login&amp;soft=1' method=post>")
                              << QUrl(QStringLiteral("https://login.vk.ru/?act=login&soft=1"))
                              << QByteArray("POST");
    QTest::newRow("path") << QByteArray("<form action=/login?act=authcheck_code>")
                          << QUrl(QStringLiteral("https://m.vk.ru/login?act=authcheck_code"))
                          << QByteArray("GET");
    QTest::newRow("relative") << QByteArray("<form action=check method=PoSt>")
                              << QUrl(QStringLiteral("https://m.vk.ru/check")) << QByteArray("POST");
    QTest::newRow("missing = the page") << QByteArray("<form>") << kPage << QByteArray("GET");
    QTest::newRow("empty = the page") << QByteArray("<form action='  '>") << kPage << QByteArray("GET");
    QTest::newRow("protocol relative") << QByteArray("<form action=//login.vk.ru/x>")
                                       << QUrl(QStringLiteral("https://login.vk.ru/x")) << QByteArray("GET");
    QTest::newRow("base href") << QByteArray("<head><base href='https://vk.ru/a/'></head><form action=b>")
                               << QUrl(QStringLiteral("https://vk.ru/a/b")) << QByteArray("GET");
}

void TestHtmlForm::action()
{
    QFETCH(QByteArray, html);
    QFETCH(QUrl, action);
    QFETCH(QByteArray, method);
    const HtmlPage page(html, kPage);
    const auto form = page.form();
    QVERIFY(form.has_value());
    QCOMPARE(form->action, action);
    QCOMPARE(form->method, method);
}

void TestHtmlForm::submitter()
{
    const QByteArray html
        = "<form><input name=a value=1><input type=submit name=go value=Go>"
          "<button name=other value=o>O</button><button type=button name=plain value=p></button></form>";
    const HtmlPage page(html, kPage);
    QCOMPARE(page.form({{}, {}, QStringLiteral("go")})->fields, (Fields {{"a", "1"}, {"go", "Go"}}));
    QCOMPARE(page.form({{}, {}, QStringLiteral("other")})->fields, (Fields {{"a", "1"}, {"other", "o"}}));
    QCOMPARE(page.form({{}, {}, QStringLiteral("plain")})->fields, (Fields {{"a", "1"}}));
}

void TestHtmlForm::textAndImages_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QUrl>("image");
    QTest::newRow("phone prefix and suffix")
        << QStringLiteral(".field_prefix") << QStringLiteral("+7 999") << QStringLiteral("67") << QUrl();
    QTest::newRow("by id") << QStringLiteral("#title") << QStringLiteral("Security & check")
                           << QStringLiteral("Security & check") << QUrl();
    QTest::newRow("img with the class") << QStringLiteral(".captcha_img") << QString() << QString()
                                        << QUrl(QStringLiteral("https://m.vk.ru/captcha.php?sid=5&s=1"));
    QTest::newRow("img inside the class") << QStringLiteral(".captcha") << QString() << QString()
                                          << QUrl(QStringLiteral("https://api.vk.ru/captcha.php?sid=7"));
    QTest::newRow("missing") << QStringLiteral(".nothing") << QString() << QString() << QUrl();
}

void TestHtmlForm::textAndImages()
{
    QFETCH(QString, selector);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QUrl, image);
    const QByteArray html = "<h1 id=title>Security <b>&amp;</b>\n check</h1>"
                            "<div><span class='field_prefix'> +7 999 </span><input name=code>"
                            "<span class=\"x field_prefix\">67</span></div>"
                            "<img class=captcha_img src='/captcha.php?sid=5&amp;s=1'>"
                            "<div class=captcha><p><img src='https://api.vk.ru/captcha.php?sid=7'></p></div>"
                            "<script>var field_prefix = 1;</script>";
    const HtmlPage page(html, kPage);
    QCOMPARE(page.text(selector), first);
    QCOMPARE(page.text(selector, HtmlPage::Pick::Last), last);
    QCOMPARE(page.imageUrl(selector), image);
}

void TestHtmlForm::links()
{
    const QByteArray html = "<div id=activation_wrap><p>Confirm</p><a class=button "
                            "href='/login?act=validate_done&amp;h=2'>Go</a>"
                            "<a href=/second>2</a></div><a href=/outside>o</a>";
    const HtmlPage page(html, kPage);
    QCOMPARE(page.linkUrl(QStringLiteral("#activation_wrap a")),
        QUrl(QStringLiteral("https://m.vk.ru/login?act=validate_done&h=2")));
    QCOMPARE(page.linkUrl(QStringLiteral("#activation_wrap")),
        QUrl(QStringLiteral("https://m.vk.ru/login?act=validate_done&h=2")));
    QCOMPARE(page.linkUrl(QStringLiteral("#activation_wrap a"), HtmlPage::Pick::Last),
        QUrl(QStringLiteral("https://m.vk.ru/second")));
    QVERIFY(page.linkUrl(QStringLiteral("#nowhere a")).isEmpty());
    QVERIFY(page.contains(QStringLiteral("a.button")));
    QVERIFY(!page.contains(QStringLiteral("p.button")));
}

void TestHtmlForm::encoding()
{
    HtmlForm form;
    form.fields = {{"a b", "1+1=2&c"}, {"code", QStringLiteral("\u0439")}, {"empty", ""}};
    QCOMPARE(form.encoded(), QByteArray("a%20b=1%2B1%3D2%26c&code=%D0%B9&empty="));
}

void TestHtmlForm::setReplaces()
{
    HtmlForm form;
    form.fields = {{"a", "1"}, {"code", "x"}, {"b", "2"}, {"code", "y"}};
    form.set(QStringLiteral("code"), QStringLiteral("123"));
    QCOMPARE(form.fields, (Fields {{"a", "1"}, {"code", "123"}, {"b", "2"}}));
    form.set(QStringLiteral("captcha_key"), QStringLiteral("k"));
    QCOMPARE(form.value(QStringLiteral("captcha_key")), QStringLiteral("k"));
    QVERIFY(form.has(QStringLiteral("a")));
    QVERIFY(!form.has(QStringLiteral("zzz")));
}

QTEST_GUILESS_MAIN(TestHtmlForm)
#include "tst_htmlform.moc"
