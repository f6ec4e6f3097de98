// SPDX-License-Identifier: MIT
#include "signin/SignInDialog.h"
#include "ui_SignInDialog.h"

#include "auth/AppRefusal.h"
#include "signin/FormScrollArea.h"
#include "signin/ScopeDescriptions.h"
#include "signin/ScopePresets.h"
#include "signin/SignInFailurePanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace vkauth::gui {

namespace {

constexpr int kScopeColumns = 4;
const char *const kInvalid = "invalid";

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property(kInvalid).toBool() == invalid)
        return;
    widget->setProperty(kInvalid, invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_failure = new SignInFailurePanel(this);
    m_ui->mainLayout->insertWidget(0, m_failure);
    // At large text sizes the form scrolls and the buttons stay on screen (issue 14).
    wrapInFittingScrollArea(m_ui->mainLayout, m_ui->buttonBox)
        ->setObjectName(QStringLiteral("formScrollArea"));
    connect(m_failure, &SignInFailurePanel::useAppRequested, this, &SignInDialog::setApp);
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"] {"
                                 " border: 1px solid #c62828; border-radius: 2px; padding: 1px; }"
                                 "QLabel#errorLabel { color: #c62828; }"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    // The method as visible choices (issue 14), two per line; arrow keys move between them.
    const std::pair<SignInRequest::Method, QString> methods[] = {
        {SignInRequest::Method::Password, tr("Password (official app)")},
        {SignInRequest::Method::BrowserUser, tr("Browser: a user token")},
        {SignInRequest::Method::BrowserCommunity, tr("Browser: community tokens")},
        {SignInRequest::Method::VkId, tr("VK ID (your app)")},
        {SignInRequest::Method::VerificationLink, tr("Verification link from VK")},
    };
    m_methods = new QButtonGroup(this);
    for (const auto &[value, text] : methods) {
        auto *button = new QRadioButton(text, m_ui->methodChoices);
        button->setObjectName(QStringLiteral("method_%1").arg(int(value)));
        const int at = int(m_methods->buttons().size());
        m_ui->methodGrid->addWidget(button, at / 2, at % 2);
        m_methods->addButton(button, int(value));
    }
    const QList<QAbstractButton *> choices = m_methods->buttons();
    for (qsizetype i = 0; i + 1 < choices.size(); ++i)
        setTabOrder(choices[i], choices[i + 1]);
    setTabOrder(choices.last(), m_ui->appCombo);
    m_methods->button(int(SignInRequest::Method::Password))->setChecked(true);
    m_ui->methodLabel->setBuddy(m_methods->checkedButton());
    m_ui->openInCombo->addItem(tr("This app's window"), false);
    m_ui->openInCombo->addItem(tr("Your browser (the answer comes to 127.0.0.1)"), true);
    m_ui->domainCombo->addItem(QStringLiteral("vk.ru"), int(VkDomain::VkRu));
    m_ui->domainCombo->addItem(QStringLiteral("vk.com"), int(VkDomain::VkCom));
    m_ui->errorLabel->hide();
    setAdvancedVisible(false);

    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_ui->methodLabel->setBuddy(m_methods->checkedButton());
        fillApps();
        rebuildScopes();
        updateVisibility();
    });
    connect(m_ui->appCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateVisibility);
    connect(m_ui->useSuggestedAppButton, &QPushButton::clicked, this, [this] {
        if (const auto app = AppCredentials::byKey(m_ui->useSuggestedAppButton->property("key").toString()))
            setApp(*app);
    });
    connect(m_ui->presetCombo, &QComboBox::activated, this, &SignInDialog::applyPreset);
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &SignInDialog::setAdvancedVisible);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    const auto revalidate = [this] {
        if (m_showProblemsLive)
            showProblems(validate());
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    connect(m_ui->headersEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_ui->appCombo, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_methods, &QButtonGroup::idToggled, this, revalidate);
    connect(m_ui->domainCombo, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_ui->openInCombo, &QComboBox::currentIndexChanged, this, revalidate);

    fillApps();
    rebuildScopes();
    updateVisibility();
}

SignInDialog::~SignInDialog() = default;

SignInRequest::Method SignInDialog::method() const
{
    return SignInRequest::Method(m_methods->checkedId());
}

void SignInDialog::setMethod(SignInRequest::Method method)
{
    if (QAbstractButton *button = m_methods->button(int(method)))
        button->setChecked(true);
}

ScopeKind SignInDialog::scopeKind() const
{
    return method() == SignInRequest::Method::BrowserCommunity ? ScopeKind::Community : ScopeKind::User;
}

void SignInDialog::fillApps()
{
    const bool browser = method() == SignInRequest::Method::BrowserUser
        || method() == SignInRequest::Method::BrowserCommunity;
    // A choice carries over between the two browser methods; otherwise each list starts at its first app.
    const QString previous = m_ui->appCombo->property("browser").toBool() == browser
            || m_ui->appCombo->currentData().toString() == u"custom"
        ? m_ui->appCombo->currentData().toString()
        : QString();
    const QSignalBlocker blocker(m_ui->appCombo);
    m_ui->appCombo->clear();
    m_ui->appCombo->setProperty("browser", browser);
    QList<AppCredentials> apps;
    if (browser)
        apps << AppCredentials::browserApps();
    apps << AppCredentials::official();
    for (const AppCredentials &app : std::as_const(apps))
        m_ui->appCombo->addItem(tr("%1 (%2)").arg(app.displayName, app.clientId), app.key);
    m_ui->appCombo->addItem(tr("Custom app…"), QStringLiteral("custom"));
    const int index = m_ui->appCombo->findData(previous);
    m_ui->appCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void SignInDialog::rebuildScopes()
{
    const ScopeKind kind = scopeKind();
    if (!m_scopeBoxes.isEmpty() && m_scopeBoxes.first()->property("kind").toInt() == int(kind))
        return;
    qDeleteAll(m_scopeBoxes);
    m_scopeBoxes.clear();
    const auto &table = Scopes::table(kind);
    QWidget *previous = m_ui->presetCombo;
    for (int i = 0; i < table.size(); ++i) {
        const QString name = QString::fromLatin1(table[i].name);
        auto *box = new QCheckBox(name, m_ui->scopesBox);
        box->setObjectName(QStringLiteral("scope_") + name);
        box->setProperty("kind", int(kind));
        box->setProperty("bit", table[i].bit);
        const QString description = describeScope(kind, name);
        box->setToolTip(description.isEmpty() ? tr("VK's permission \"%1\"").arg(name) : description);
        box->setStatusTip(box->toolTip());
        m_ui->scopeGrid->addWidget(box, i / kScopeColumns, i % kScopeColumns);
        connect(box, &QCheckBox::toggled, this, &SignInDialog::syncPresetAndMask);
        setTabOrder(previous, box);
        previous = box;
        m_scopeBoxes << box;
    }
    setTabOrder(previous, m_ui->advancedToggle);
    fillPresets();
    applyPreset(1);
}

void SignInDialog::fillPresets()
{
    const QSignalBlocker blocker(m_ui->presetCombo);
    m_ui->presetCombo->clear();
    m_ui->presetCombo->addItem(tr("Custom"), -1);
    for (int i = 0; i < int(std::size(kPresets)); ++i) {
        if (kPresets[i].kind == scopeKind())
            m_ui->presetCombo->addItem(tr(kPresets[i].name), i);
    }
}

void SignInDialog::applyPreset(int index)
{
    const int preset = m_ui->presetCombo->itemData(index).toInt();
    if (preset < 0)
        return;
    setScopeMask(presetMask(kPresets[preset]));
}

void SignInDialog::syncPresetAndMask()
{
    if (m_syncing)
        return;
    const quint32 mask = scopeMask();
    int match = 0;
    for (int i = 1; i < m_ui->presetCombo->count(); ++i) {
        if (presetMask(kPresets[m_ui->presetCombo->itemData(i).toInt()]) == mask) {
            match = i;
            break;
        }
    }
    m_ui->presetCombo->setCurrentIndex(match);
    m_ui->maskLabel->setText(tr("Mask: %1").arg(mask));
    updateAppWarning();
}

void SignInDialog::updateAppWarning()
{
    const auto app
        = method() == SignInRequest::Method::VerificationLink || method() == SignInRequest::Method::VkId
        ? std::nullopt
        : selectedApp();
    const bool refused = app && app->key != u"custom" && !app->works();
    // The row has no label: the widget itself is shown or hidden. QFormLayout::setRowVisible() on this
    // row crashed tst_signinappwarning now and then (Qt 6.4; heap damage seen in a later rebuildScopes).
    m_ui->appWarningWidget->setVisible(refused);
    if (!refused)
        return;
    const QString status = app->since.isEmpty()
        ? AppCredentials::statusText(app->status)
        : tr("%1 since %2").arg(AppCredentials::statusText(app->status), app->since);
    QString text = tr("VK refuses sign-ins with this app (%1).").arg(status);
    if (!app->note.isEmpty())
        text += u' ' + app->note;
    m_ui->appWarningLabel->setText(text);
    const quint32 userScope = scopeKind() == ScopeKind::User ? scopeMask() : 0;
    const auto suggested
        = AppRefusal::suggestion(*app, userScope, method() == SignInRequest::Method::Password);
    m_ui->useSuggestedAppButton->setVisible(suggested.has_value());
    if (suggested) {
        m_ui->useSuggestedAppButton->setText(tr("Use %1").arg(suggested->displayName));
        m_ui->useSuggestedAppButton->setProperty("key", suggested->key);
    }
}

quint32 SignInDialog::scopeMask() const
{
    quint32 mask = 0;
    for (const QCheckBox *box : m_scopeBoxes) {
        if (box->isChecked())
            mask |= box->property("bit").toUInt();
    }
    return mask;
}

void SignInDialog::updateVisibility()
{
    const SignInRequest::Method m = method();
    const bool password = m == SignInRequest::Method::Password;
    const bool link = m == SignInRequest::Method::VerificationLink;
    const bool vkId = m == SignInRequest::Method::VkId;
    const bool custom = !link && !vkId && m_ui->appCombo->currentData().toString() == u"custom";
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->appCombo, !link && !vkId);
    form->setRowVisible(m_ui->customIdEdit, custom);
    form->setRowVisible(m_ui->customSecretEdit, custom && password);
    form->setRowVisible(m_ui->linkEdit, link);
    form->setRowVisible(m_ui->loginEdit, !vkId);
    form->setRowVisible(m_ui->passwordEdit, password);
    form->setRowVisible(m_ui->phoneEdit, password || link);
    form->setRowVisible(m_ui->groupIdsEdit, m == SignInRequest::Method::BrowserCommunity);
    form->setRowVisible(m_ui->apiVersionEdit, !link && !vkId);
    for (QWidget *field :
        {static_cast<QWidget *>(m_ui->vkIdClientEdit), static_cast<QWidget *>(m_ui->redirectEdit),
            static_cast<QWidget *>(m_ui->vkIdScopeEdit), static_cast<QWidget *>(m_ui->openInCombo)})
        form->setRowVisible(field, vkId);
    m_ui->scopesBox->setVisible(!link && !vkId);
    updateAppWarning();
    m_ui->loginEdit->setPlaceholderText(password ? tr("e-mail or phone number")
            : link                               ? tr("e-mail or phone number, if VK asks for it")
                                                 : tr("optional: filled in on VK's page"));
    m_ui->phoneEdit->setPlaceholderText(tr("optional, for VK's phone check: +7 999 123-45-67"));
    updateOkButton();
    adjustSize();
}

// The button names what happens next: a password is sent, or VK's page opens.
void SignInDialog::updateOkButton()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (method()) {
    case SignInRequest::Method::Password:
        ok->setText(tr("&Sign in"));
        break;
    case SignInRequest::Method::BrowserUser:
    case SignInRequest::Method::BrowserCommunity:
        ok->setText(tr("Open VK's pa&ge"));
        break;
    case SignInRequest::Method::VkId:
        ok->setText(tr("Open VK ID's pa&ge"));
        break;
    case SignInRequest::Method::VerificationLink:
        ok->setText(tr("&Continue"));
        break;
    }
}

// Focus on the first field still to fill (a login typed before: the password), else on the button.
void SignInDialog::focusFirstEmptyField()
{
    for (QLineEdit *edit : {m_ui->customIdEdit, m_ui->vkIdClientEdit, m_ui->redirectEdit, m_ui->linkEdit,
             m_ui->loginEdit, m_ui->passwordEdit, m_ui->groupIdsEdit}) {
        if (edit->isVisibleTo(this) && edit->text().trimmed().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    applyFocusOnShow();
}

void SignInDialog::applyFocusOnShow()
{
    switch (std::exchange(m_focusOnShow, FocusOnShow::Nothing)) {
    case FocusOnShow::FirstEmptyField:
        focusFirstEmptyField();
        break;
    case FocusOnShow::Password:
        // Typing replaces the password that did not work; everything else stays as it was.
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        m_ui->passwordEdit->selectAll();
        break;
    case FocusOnShow::Nothing:
        break;
    }
}

void SignInDialog::showFailure(const AuthError &error, const std::optional<AppCredentials> &suggested)
{
    m_failure->showError(error, suggested);
    adjustSize();
    m_focusOnShow = method() == SignInRequest::Method::Password && !m_ui->passwordEdit->text().isEmpty()
        ? FocusOnShow::Password
        : FocusOnShow::FirstEmptyField;
    if (isVisible())
        applyFocusOnShow();
}

SignInFailurePanel *SignInDialog::failurePanel() const
{
    return m_failure;
}

void SignInDialog::setAdvancedVisible(bool visible)
{
    m_ui->advancedWidget->setVisible(visible);
    m_ui->advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    adjustSize();
}

std::optional<AppCredentials> SignInDialog::selectedApp() const
{
    const QString key = m_ui->appCombo->currentData().toString();
    if (key != u"custom")
        return AppCredentials::byKey(key);
    return AppCredentials::custom(
        m_ui->customIdEdit->text().trimmed(), m_ui->customSecretEdit->text().trimmed());
}

std::optional<QList<HttpHeader>> SignInDialog::headers() const
{
    QList<HttpHeader> result;
    const QString userAgent = m_ui->userAgentEdit->text().trimmed();
    if (!userAgent.isEmpty())
        result.append({QByteArrayLiteral("User-Agent"), userAgent.toUtf8()});
    for (const QString &raw : m_ui->headersEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (raw.trimmed().isEmpty())
            continue;
        const auto header = SignInRequest::parseHeader(raw);
        if (!header)
            return std::nullopt;
        result.append(*header);
    }
    return result;
}

QWidget *SignInDialog::fieldOf(SignInProblem::Field field) const
{
    using Field = SignInProblem::Field;
    switch (field) {
    case Field::App:
        return method() == SignInRequest::Method::VkId ? m_ui->vkIdClientEdit : m_ui->customIdEdit;
    case Field::RedirectUri:
        return m_ui->redirectEdit;
    case Field::AppSecret:
        return m_ui->customSecretEdit;
    case Field::Link:
        return m_ui->linkEdit;
    case Field::Login:
        return m_ui->loginEdit;
    case Field::Password:
        return m_ui->passwordEdit;
    case Field::Phone:
        return m_ui->phoneEdit;
    case Field::GroupIds:
        return m_ui->groupIdsEdit;
    case Field::ApiVersion:
        return m_ui->apiVersionEdit;
    case Field::Timeout:
        return m_ui->timeoutSpin;
    case Field::Headers:
        return m_ui->headersEdit;
    case Field::Domain:
        break;
    }
    return m_ui->domainCombo;
}

// SignInRequest's rules, plus what only the form can see: text that did not read as a phone number
// or as headers (request() keeps only what it could read).
QList<SignInDialog::Problem> SignInDialog::validate() const
{
    using Field = SignInProblem::Field;
    QList<SignInProblem> found;
    const SignInRequest::Method m = method();
    const QString phone = m_ui->phoneEdit->text().trimmed();
    if ((m == SignInRequest::Method::Password || m == SignInRequest::Method::VerificationLink)
        && !phone.isEmpty() && !SignInRequest::isPhone(phone))
        found.append({Field::Phone, SignInRequest::describe(Field::Phone)});
    if (!headers())
        found.append({Field::Headers, SignInRequest::describe(Field::Headers)});
    found += request().validate();
    std::stable_sort(found.begin(), found.end(),
        [](const SignInProblem &a, const SignInProblem &b) { return a.field < b.field; });
    QList<Problem> problems;
    QSet<Field> seen;
    for (const SignInProblem &p : std::as_const(found)) {
        if (seen.contains(p.field))
            continue;
        seen.insert(p.field);
        problems.append({fieldOf(p.field), p.message});
    }
    return problems;
}

QStringList SignInDialog::problems() const
{
    QStringList messages;
    for (const Problem &p : validate())
        messages << p.message;
    return messages;
}

void SignInDialog::showProblems(const QList<Problem> &problems)
{
    QStringList messages;
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field->property(kInvalid).toBool())
            setInvalid(field, false);
    }
    for (const Problem &p : problems) {
        setInvalid(p.field, true);
        messages << p.message;
    }
    m_ui->errorLabel->setText(messages.join(u'\n'));
    m_ui->errorLabel->setVisible(!messages.isEmpty());
}

SignInRequest SignInDialog::request() const
{
    SignInRequest r;
    r.method = method();
    r.app = selectedApp().value_or(AppCredentials {});
    r.login = m_ui->loginEdit->text().trimmed();
    static const QRegularExpression notDigit(QStringLiteral("\\D"));
    r.phone = m_ui->phoneEdit->text().remove(notDigit);
    r.password = m_ui->passwordEdit->text();
    r.scope = scopeMask();
    r.apiVersion = m_ui->apiVersionEdit->text().trimmed();
    if (r.method == SignInRequest::Method::BrowserCommunity)
        r.groupIds = SignInRequest::parseGroupIds(m_ui->groupIdsEdit->text()).value_or(QList<qint64> {});
    r.verificationLink = QUrl(m_ui->linkEdit->text().trimmed(), QUrl::StrictMode);
    r.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    r.headers = headers().value_or(QList<HttpHeader> {});
    r.domain = VkDomain(m_ui->domainCombo->currentData().toInt());
    if (r.method == SignInRequest::Method::VkId) {
        r.vkIdApp.clientId = m_ui->vkIdClientEdit->text().trimmed();
        r.vkIdApp.redirectUri = QUrl(m_ui->redirectEdit->text().trimmed(), QUrl::StrictMode);
        static const QRegularExpression spaces(QStringLiteral("[\\s,]+"));
        r.vkIdApp.scopes = m_ui->vkIdScopeEdit->text().split(spaces, Qt::SkipEmptyParts);
        r.systemBrowser = m_ui->openInCombo->currentData().toBool();
    }
    return r;
}

void SignInDialog::setRequest(const SignInRequest &r)
{
    setMethod(r.method);
    setApp(r.app);
    setScopeMask(r.scope);
    m_ui->loginEdit->setText(r.login);
    m_ui->phoneEdit->setText(r.phone);
    if (!r.apiVersion.isEmpty())
        m_ui->apiVersionEdit->setText(r.apiVersion);
    QStringList ids;
    for (const qint64 id : r.groupIds)
        ids << QString::number(id);
    m_ui->groupIdsEdit->setText(ids.join(QStringLiteral(", ")));
    m_ui->linkEdit->setText(r.verificationLink.toString());
    m_ui->timeoutSpin->setValue(r.timeoutMs / 1000);
    m_ui->domainCombo->setCurrentIndex(qMax(0, m_ui->domainCombo->findData(int(r.domain))));
    QStringList headerLines;
    m_ui->userAgentEdit->clear();
    for (const auto &[name, value] : r.headers) {
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0 && m_ui->userAgentEdit->text().isEmpty())
            m_ui->userAgentEdit->setText(QString::fromUtf8(value));
        else
            headerLines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    }
    m_ui->headersEdit->setPlainText(headerLines.join(u'\n'));
    // Whatever the method, the VK ID app last used is at hand when VK ID is chosen.
    m_ui->vkIdClientEdit->setText(r.vkIdApp.clientId);
    m_ui->redirectEdit->setText(r.vkIdApp.redirectUri.toString());
    if (!r.vkIdApp.scopes.isEmpty())
        m_ui->vkIdScopeEdit->setText(r.vkIdApp.scopes.join(u' '));
    m_ui->openInCombo->setCurrentIndex(r.systemBrowser ? 1 : 0);
}

void SignInDialog::setApp(const AppCredentials &app)
{
    const int index = app.key == u"custom" ? -1 : m_ui->appCombo->findData(app.key);
    if (index >= 0) {
        m_ui->appCombo->setCurrentIndex(index);
        return;
    }
    if (app.clientId.isEmpty())
        return;
    m_ui->appCombo->setCurrentIndex(m_ui->appCombo->findData(QStringLiteral("custom")));
    m_ui->customIdEdit->setText(app.clientId);
    m_ui->customSecretEdit->setText(app.clientSecret);
}

void SignInDialog::setScopeMask(quint32 mask)
{
    m_syncing = true;
    for (QCheckBox *box : std::as_const(m_scopeBoxes))
        box->setChecked(mask & box->property("bit").toUInt());
    m_syncing = false;
    syncPresetAndMask();
}

void SignInDialog::accept()
{
    const QList<Problem> found = validate();
    showProblems(found);
    if (!found.isEmpty()) {
        m_showProblemsLive = true;
        if (m_ui->advancedWidget->isAncestorOf(found.first().field))
            m_ui->advancedToggle->setChecked(true);
        found.first().field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_failure->clear();
    QDialog::accept();
}

void SignInDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_ui->passwordEdit->clear();
    QDialog::done(result);
}

} // namespace vkauth::gui
