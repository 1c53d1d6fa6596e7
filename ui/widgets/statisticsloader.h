#pragma once

#include "reports/statistics.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Reads statistics off the GUI thread: the aggregate queries take several
// hundred milliseconds on a million claims, so each runs in a worker thread
// on its own connection to the ledger (WAL lets it read beside the clerk's
// connection). At most one query runs; a newer request waits for it and
// replaces any older waiting one, and only the newest request's result is
// delivered (older ones are dropped). The destructor waits for a running
// query to end.
class StatisticsLoader : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsLoader(QObject *parent = nullptr);
    ~StatisticsLoader() override;

    // `options.today` left invalid takes the ledger's today.
    void request(rsk::Database &ledger, rsk::StatisticKind kind,
                 const rsk::StatisticsOptions &options);
    bool isBusy() const { return m_running != nullptr || m_waiting.has_value(); }

signals:
    void loaded(const rsk::Statistic &statistic, qint64 elapsedMs);
    void failed(const QString &message);

private:
    struct Request
    {
        quint64 generation = 0;
        QString location;
        rsk::StatisticKind kind = rsk::StatisticKind::NewClaimsPerMonth;
        rsk::StatisticsOptions options;
    };
    struct Outcome;
    void start(const Request &request);

    quint64 m_generation = 0;
    QThread *m_running = nullptr;
    std::optional<Request> m_waiting;
};

} // namespace rsk::ui
