#include "widgets/statisticsloader.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace rsk::ui {

struct StatisticsLoader::Outcome
{
    rsk::Statistic statistic;
    QString error;
    qint64 elapsedMs = 0;
};

StatisticsLoader::StatisticsLoader(QObject *parent) : QObject(parent) {}

StatisticsLoader::~StatisticsLoader()
{
    m_waiting.reset();
    if (m_running) {
        // Its finished() is queued to this object and dies with it.
        m_running->wait();
        delete m_running;
    }
}

void StatisticsLoader::request(Database &ledger, StatisticKind kind,
                               const StatisticsOptions &options)
{
    Request r;
    r.generation = ++m_generation;
    r.location = ledger.location();
    r.kind = kind;
    r.options = options;
    if (!r.options.today.isValid())
        r.options.today = ledger.today();
    if (m_running)
        m_waiting = r;
    else
        start(r);
}

void StatisticsLoader::start(const Request &request)
{
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([request, outcome] {
        QElapsedTimer timer;
        timer.start();
        try {
            const auto db = Database::open(request.location, Database::OpenMode::OpenExisting);
            outcome->statistic = Statistics(*db).compute(request.kind, request.options);
        } catch (const LedgerError &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
        outcome->elapsedMs = timer.elapsed();
    });
    m_running = thread;
    connect(thread, &QThread::finished, this,
            [this, thread, generation = request.generation, outcome] {
                thread->deleteLater();
                m_running = nullptr;
                if (m_waiting) {
                    const Request next = *m_waiting;
                    m_waiting.reset();
                    start(next);
                }
                if (generation != m_generation)
                    return; // a newer request is on its way
                if (outcome->error.isEmpty())
                    emit loaded(outcome->statistic, outcome->elapsedMs);
                else
                    emit failed(outcome->error);
            });
    thread->start();
}

} // namespace rsk::ui
