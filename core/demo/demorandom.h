#pragma once

#include <QList>
#include <QtGlobal>

namespace rsk::demo {

// The demo generator's random numbers: splitmix64 (Steele, Lea, Flood 2014).
// Our own generator rather than std::mt19937 + std::*_distribution or
// QRandomGenerator::global(), because the standard distributions differ
// between library implementations and the global generator is seeded at
// random: the same seed must give the same ledger on every machine. Integer
// arithmetic only (no floating point), for the same reason.
class Random
{
public:
    // `stream` separates independent sequences drawn from one seed, so that
    // e.g. the population does not change when the billing draws change.
    explicit Random(quint64 seed, quint64 stream = 0)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + stream * 0xD1B54A32D192ED03ULL
                  + 0x2545F4914F6CDD1DULL)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi] (the modulo bias is below 2^-40 for our ranges).
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo + 1));
    }

    // Uniform in [0, n).
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return int(next() % 1000) < perMille; }

private:
    quint64 m_state;
};

// A weighted choice among n items: cumulative weights, binary search.
class WeightedPick
{
public:
    void add(int weight)
    {
        m_cumulative.append((m_cumulative.isEmpty() ? 0 : m_cumulative.last()) + weight);
    }
    int size() const { return int(m_cumulative.size()); }
    int pick(Random &r) const
    {
        const qint64 x = r.between(0, m_cumulative.last() - 1);
        int lo = 0;
        int hi = int(m_cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (m_cumulative.at(mid) > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    QList<qint64> m_cumulative;
};

} // namespace rsk::demo
