// SPDX-License-Identifier: MIT
// The profile index read in-process, warm, each way: ProfileIndex::parse (the streaming IndexReader)
// and ProfileIndex::parseWithQt (QJsonDocument + Profile::fromJson, the reader before it), and the
// dates that "vkauth-cli list" prints, by hand (IsoDate::toIsoString) and by QDateTime::toString.
// Medians of RUNS (default 9) in milliseconds, one line each.
//   bench_index FILE [RUNS]
#include "profiles/IsoDate.h"
#include "profiles/ProfileIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace vkauth;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(times.size() / 2)) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 2 ? args.at(2).toInt() : 9;
    QFile file(args.value(1));
    if (args.size() < 2 || runs < 1 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: bench_index FILE [RUNS]\n");
        return 2;
    }
    const QByteArray content = file.readAll();
    QString problem;
    const auto profiles = ProfileIndex::parse(content, &problem);
    if (!profiles) {
        std::fprintf(stderr, "bench_index: %s\n", qPrintable(problem));
        return 1;
    }
    qsizetype count = 0;
    const double fast = medianMs(runs, [&] { count += ProfileIndex::parse(content, &problem)->size(); });
    const double qt = medianMs(runs, [&] { count += ProfileIndex::parseWithQt(content, &problem)->size(); });
    const double handDates = medianMs(runs, [&] {
        for (const Profile &p : *profiles)
            count += IsoDate::toIsoString(p.obtainedAt).size();
    });
    const double qtDates = medianMs(runs, [&] {
        for (const Profile &p : *profiles)
            count += p.obtainedAt.toString(Qt::ISODate).size();
    });
    std::printf("profiles %lld\nread %.2f\nread_qt %.2f\ndates %.2f\ndates_qt %.2f\n",
        static_cast<long long>(profiles->size()), fast, qt, handDates, qtDates);
    return count > 0 ? 0 : 1;
}
