// SPDX-License-Identifier: MIT
// What the fuzz targets found (docs/robustness.md, tests/fuzz): each finding's input is kept in its
// target's corpus (tests/fuzz/corpus/<target>/finding-*) and replayed here through the same checks,
// with a small hand-made case of the same fault.
#include "auth/HtmlForm.h"

#include <QFile>
#include <QTest>

using namespace vkauth;

class TestFuzzFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidBaseHrefIsIgnored_data();
    void invalidBaseHrefIsIgnored();
};

void TestFuzzFindings::invalidBaseHrefIsIgnored_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("hand-made") << QByteArray(
        "<html><head><base href=\"https://m.ype=\"></head><body><form action=\"/login?act=x\">"
        "<input name=\"a\" value=\"b\"></form></body></html>");
    QFile finding(
        QStringLiteral(VKAUTH_SOURCE_DIR "/tests/fuzz/corpus/html_form/finding-invalid-base-href.html"));
    QVERIFY(finding.open(QIODevice::ReadOnly));
    QTest::newRow("fuzz_html_form finding") << finding.readAll();
}

// fuzz_html_form: a <base href> that is not a valid URL made baseUrl() invalid, and with it every form
// action and link resolved against it. Browsers ignore such a base; so does HtmlPage now.
void TestFuzzFindings::invalidBaseHrefIsIgnored()
{
    QFETCH(QByteArray, html);
    const QUrl pageUrl(QStringLiteral("https://m.vk.com/login?act=authcheck"));
    const HtmlPage page(html, pageUrl);
    QCOMPARE(page.baseUrl(), pageUrl);
    for (const HtmlForm &form : page.forms())
        QVERIFY2(form.action.isValid(), qPrintable(form.action.toString()));
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
