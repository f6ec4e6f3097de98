// SPDX-License-Identifier: MIT
// The one error shape (issue 12.4): AuthError, ExportError and SecretError share their code names,
// translated messages, redacted details and the one "message (details)" formatter.

#include "ErrorShape.h"
#include "auth/AuthError.h"
#include "profiles/SecretStore.h"
#include "transfer/ExportError.h"

#include <QTest>

using namespace vkauth;

class TestErrorShape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatOneLine_data();
    void formatOneLine();
    void formatTwoLines();
    void namesRoundTrip();
    void fallbackForUnknownCodes();
    void detailsAreRedacted();
    void secretTimeoutNamesTheWait();
};

void TestErrorShape::formatOneLine_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("text");
    QTest::newRow("details") << "Could not reach VK."
                             << "Connection refused"
                             << "Could not reach VK. (Connection refused)";
    QTest::newRow("no details") << "Cancelled." << QString() << "Cancelled.";
    QTest::newRow("details repeat the message") << "Cancelled."
                                                << "Cancelled."
                                                << "Cancelled.";
}

void TestErrorShape::formatOneLine()
{
    QFETCH(QString, message);
    QFETCH(QString, details);
    QFETCH(QString, text);
    QCOMPARE(formatError(message, details), text);
    AuthError error;
    error.message = message;
    error.details = details;
    QCOMPARE(error.text(), text);
}

void TestErrorShape::formatTwoLines()
{
    const ExportError error = ExportError::make(ExportErrorCode::ReadFailed, QStringLiteral("/tmp/x.vkauth"));
    QCOMPARE(
        error.text(ErrorLayout::TwoLines), QStringLiteral("The file could not be read.\n(/tmp/x.vkauth)"));
    QCOMPARE(ExportError::make(ExportErrorCode::ReadFailed).text(ErrorLayout::TwoLines),
        QStringLiteral("The file could not be read."));
}

void TestErrorShape::namesRoundTrip()
{
    QCOMPARE(AuthError::make(AuthErrorCode::WrongOtp).codeName(), QStringLiteral("WRONG_OTP"));
    QVERIFY(AuthError::make(AuthErrorCode::WrongOtp).reason.isEmpty()); // a reason only where known
    QCOMPARE(ExportError::codeName(ExportErrorCode::WrongPassphrase), QStringLiteral("WRONG_PASSPHRASE"));
    QCOMPARE(SecretError::codeName(SecretErrorCode::Timeout), QStringLiteral("KEYCHAIN_TIMEOUT"));
    bool ok = false;
    QCOMPARE(ExportError::codeFromName(QStringLiteral("TRUNCATED"), &ok), ExportErrorCode::Truncated);
    QVERIFY(ok);
    QCOMPARE(SecretError::codeFromName(QStringLiteral("NOT_FOUND"), &ok), SecretErrorCode::NotFound);
    QVERIFY(ok);
    QCOMPARE(AuthError::make(AuthErrorCode::Timeout).message, QStringLiteral("VK did not answer in time."));
    QCOMPARE(SecretError::make(SecretErrorCode::NotFound).message,
        QStringLiteral("The keychain holds no secret for this profile."));
}

void TestErrorShape::fallbackForUnknownCodes()
{
    QCOMPARE(AuthError().code, AuthErrorCode::AuthorizationFailed);
    QCOMPARE(ExportError().code, ExportErrorCode::NotOurFile);
    QCOMPARE(SecretError().code, SecretErrorCode::Unavailable);
    const auto unknown = static_cast<ExportErrorCode>(999);
    QCOMPARE(ExportError::codeName(unknown), QStringLiteral("NOT_OUR_FILE"));
    QCOMPARE(ExportError::describe(unknown), ExportError::describe(ExportErrorCode::NotOurFile));
    bool ok = true;
    QCOMPARE(SecretError::codeFromName(QStringLiteral("NOPE"), &ok), SecretErrorCode::Unavailable);
    QVERIFY(!ok);
}

void TestErrorShape::detailsAreRedacted()
{
    const QString secret = QStringLiteral("vk1.a.SECRETSECRET");
    const AuthError auth = AuthError::make(AuthErrorCode::BadResponse,
        QStringLiteral("https://oauth.vk.ru/blank.html#access_token=%1").arg(secret));
    QVERIFY2(!auth.details.contains(secret), qPrintable(auth.details));
    QVERIFY(!auth.text().contains(secret));
    const ExportError exported
        = ExportError::make(ExportErrorCode::Corrupt, QStringLiteral("password=%1").arg(secret));
    QVERIFY2(!exported.details.contains(secret), qPrintable(exported.details));
}

void TestErrorShape::secretTimeoutNamesTheWait()
{
    const SecretError error = SecretError::make(SecretErrorCode::Timeout, {}, 2500);
    QVERIFY2(error.message.contains(QStringLiteral("2.5 s")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("%1")));
}

QTEST_GUILESS_MAIN(TestErrorShape)
#include "tst_errorshape.moc"
