// SPDX-License-Identifier: MIT
// Times export + import of 1,000 profiles at the format level (no keychain), for each format, and
// the Argon2id key derivation alone. Prints a Markdown table (medians of several runs).
//   bench_export [profiles=1000] [runs=5]
#include "crypto/EncryptedBundle.h"
#include "transfer/ExportFormats.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace vkauth;

namespace {

QList<TransferEntry> makeEntries(int count)
{
    QList<TransferEntry> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.kind = i % 3 == 2 ? TokenKind::Community : TokenKind::User;
        p.vkId = 100000 + i;
        p.appKey = QStringLiteral("android");
        p.appClientId = QStringLiteral("2274003");
        p.appName = QStringLiteral("VK for Android");
        p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
        p.name = QStringLiteral("Profile %1").arg(i);
        p.scope = 140492191u;
        p.obtainedAt = QDateTime::currentDateTimeUtc();
        p.email = QStringLiteral("user%1@example.org").arg(i);
        p.hasTrustedHash = true;
        list << TransferEntry {p,
            ProfileSecrets {QStringLiteral("vk1.a.%1").arg(QString(200, QLatin1Char('t'))),
                QStringLiteral("trusted-%1").arg(i)}};
    }
    return list;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    if (count <= 0 || runs <= 0 || !EncryptedBundle::initCrypto()) {
        std::fprintf(stderr, "usage: bench_export [profiles=1000] [runs=5]\n");
        return 2;
    }
    const QList<TransferEntry> entries = makeEntries(count);
    const QString passphrase = QStringLiteral("orbit candle meadow fiscal");

    QList<double> kdf;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto key = EncryptedBundle::deriveKey(passphrase, EncryptedBundle::newHeader());
        kdf << timer.nsecsElapsed() / 1e6;
        if (!key.ok())
            return 1;
    }
    const KdfParams params = KdfParams::defaults();
    std::printf("Argon2id (opslimit %llu, memlimit %llu MiB), one derivation: %.1f ms (median of %d)\n\n",
        static_cast<unsigned long long>(params.opsLimit),
        static_cast<unsigned long long>(params.memLimit >> 20), median(kdf), runs);
    std::printf("| format (%d profiles) | file size | export | import |\n|---|---:|---:|---:|\n", count);
    for (const ExportFormat format :
        {ExportFormat::Encrypted, ExportFormat::Json, ExportFormat::Env, ExportFormat::Metadata}) {
        QList<double> exportMs, importMs;
        qsizetype size = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const auto content = ExportFormats::serialize(entries, format, passphrase);
            exportMs << timer.nsecsElapsed() / 1e6;
            timer.restart();
            const auto back = ExportFormats::parse(content.value, passphrase);
            importMs << timer.nsecsElapsed() / 1e6;
            if (!content.ok() || !back.ok() || back.value.size() != count) {
                std::fprintf(stderr, "round trip failed for %s\n", qPrintable(ExportFormats::name(format)));
                return 1;
            }
            size = content.value.size();
        }
        std::printf("| %s | %lld KiB | %.1f ms | %.1f ms |\n", qPrintable(ExportFormats::name(format)),
            static_cast<long long>(size / 1024), median(exportMs), median(importMs));
    }
    return 0;
}
