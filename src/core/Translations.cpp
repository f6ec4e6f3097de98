// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "vkauth.translations", QtInfoMsg)

namespace vkauth {

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

bool installFrom(const QLocale &locale, const QString &name, const QStringList &folders)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            qCDebug(lcTranslations) << "loaded" << translator->filePath();
            QCoreApplication::installTranslator(translator.get());
            installed().append(translator.release());
            return true;
        }
    }
    return false;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translations::install(const QString &language)
{
    removeInstalled();
    const QLocale source(available().constFirst());
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(wanted);

    // Ours decides the language (the source language's file carries its plural forms); Qt's own
    // strings follow it, so a dialog is never half-translated.
    const QString folder = QStringLiteral(":/i18n");
    if (!installFrom(wanted, QStringLiteral("vkauth"), {folder}))
        installFrom(source, QStringLiteral("vkauth"), {folder});
    const QString used = installed().isEmpty() ? QString() : installed().constLast()->language();
    const QLocale locale = used.isEmpty() ? source : QLocale(used);
    const QString code = QLocale::languageToCode(locale.language());
    if (locale.language() == source.language())
        return code;
    const QStringList qtFolders {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    if (!installFrom(locale, QStringLiteral("qtbase"), qtFolders))
        qCInfo(lcTranslations) << "Qt's own translations for" << code << "not found in" << qtFolders;
    return code;
}

QString Translations::nativeName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.at(0).toUpper() + name.mid(1);
}

} // namespace vkauth
