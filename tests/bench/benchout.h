#pragma once

// What every benchmark prints: one line per measurement, "BENCH " and a JSON object,
// read by scripts/bench. Plain executables, no Qt Test: numbers, not pass or fail.

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace Bench {

/// The @p q quantile (0..1) of @p samples, nearest rank.
inline double quantile(std::vector<double> samples, double q)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(q * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

inline void print(const QJsonObject &o)
{
    std::printf("BENCH %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// A latency line: p50, p99 and max of @p ms (milliseconds).
inline void latency(const QString &name, const QString &size, const std::vector<double> &ms,
                    QJsonObject extra = {})
{
    extra.insert(QStringLiteral("bench"), name);
    extra.insert(QStringLiteral("size"), size);
    extra.insert(QStringLiteral("n"), int(ms.size()));
    extra.insert(QStringLiteral("p50"), quantile(ms, 0.5));
    extra.insert(QStringLiteral("p99"), quantile(ms, 0.99));
    extra.insert(QStringLiteral("max"), ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()));
    print(extra);
}

inline QString kb(qsizetype bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / 1048576.0, 0, 'f', 1)
                                : QStringLiteral("%1 KB").arg(bytes / 1024.0, 0, 'f', 1);
}

} // namespace Bench
