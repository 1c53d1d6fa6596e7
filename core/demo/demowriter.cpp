#include "demo/demowriter.h"

#include "demo/demolog.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>

namespace rsk::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

// What the rows say made them: a user name no clerk has, so a demo ledger's
// rows are told apart from real ones in every list (handbook 6.1 shows it).
const char *kDemoUser = "demo";

const char *kBatchTexts[RoutineCount] = {
    "Diverse fakturor",       "Debitering hemtjänst",
    "Debitering barnomsorg",  "Debitering vatten och avlopp",
    "Debitering renhållning", "Hyresdebitering",
};

} // namespace

BulkLoadSettings::BulkLoadSettings(Database &db) : m_db(db)
{
    if (db.engine() != Engine::SQLite)
        return;
    m_synchronous = db.scalar(QStringLiteral("PRAGMA synchronous")).toInt();
    m_cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    if (!db.inWork()) {
        const QString mode = db.scalar(QStringLiteral("PRAGMA journal_mode")).toString();
        // Refused (the mode stays "wal") while another connection is open.
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
            && db.scalar(QStringLiteral("PRAGMA journal_mode=DELETE"))
                       .toString()
                       .compare(QLatin1String("delete"), Qt::CaseInsensitive)
                   == 0)
            m_journalMode = mode;
    }
    // A crash during generation loses only the demo (it is one transaction
    // that never committed), so no fsync is needed until it is done.
    m_threads = db.scalar(QStringLiteral("PRAGMA threads")).toInt();
    m_tempStore = db.scalar(QStringLiteral("PRAGMA temp_store")).toInt();
    // Every insert inside the transaction keeps a statement journal (foreign
    // keys are on); on the default temp store that is a temporary file written
    // to ~10 times per invoice. In memory it costs nothing.
    db.run(QStringLiteral("PRAGMA temp_store=MEMORY"));
    db.run(QStringLiteral("PRAGMA synchronous=OFF"));
    db.run(QStringLiteral("PRAGMA cache_size=-1048576")); // 1 GiB
    // CREATE INDEX sorts with helper threads (the indexes are rebuilt at the end).
    db.run(QStringLiteral("PRAGMA threads=%1").arg(qBound(1, QThread::idealThreadCount(), 4)));
    m_active = true;
}

BulkLoadSettings::~BulkLoadSettings()
{
    if (!m_active)
        return;
    try {
        m_db.run(QStringLiteral("PRAGMA synchronous=%1").arg(m_synchronous));
        m_db.run(QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
        m_db.run(QStringLiteral("PRAGMA threads=%1").arg(m_threads));
        m_db.run(QStringLiteral("PRAGMA temp_store=%1").arg(m_tempStore));
        if (!m_journalMode.isEmpty() && !m_db.inWork())
            m_db.run(QStringLiteral("PRAGMA journal_mode=%1").arg(m_journalMode));
    } catch (const LedgerError &) {
        // The connection is going away with its settings; nothing to restore.
    }
}

DayStrings::DayStrings(int fromJulianDay, int toJulianDay) : m_from(fromJulianDay)
{
    const int n = qMax(0, toJulianDay - fromJulianDay + 1);
    m_dates.reserve(n);
    m_stamps.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QString d = QDate::fromJulianDay(m_from + i).toString(Qt::ISODate);
        m_dates.push_back(d);
        m_stamps.push_back(d + QStringLiteral("T06:00:00Z"));
    }
}

QString DayStrings::date(int day) const
{
    const int i = day - m_from;
    if (i >= 0 && i < int(m_dates.size()))
        return m_dates[i];
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QString DayStrings::stamp(int day) const
{
    const int i = day - m_from;
    if (i >= 0 && i < int(m_stamps.size()))
        return m_stamps[i];
    return date(day) + QStringLiteral("T06:00:00Z");
}

DemoWriter::DemoWriter(Database &db, const DayStrings &days, int today)
    : m_db(db), m_days(days), m_today(today)
{
    m_user = QLatin1String(kDemoUser);
    m_source = QStringLiteral("demo");
    m_company[0] = QStringLiteral("001");
    m_company[1] = QStringLiteral("002");
    for (int r = 0; r < RoutineCount; ++r)
        m_routineCode[r] = QLatin1String(routineInfo(r).code);
    m_method[0] = QStringLiteral("B");
    m_method[1] = QStringLiteral("5");
    m_nullText = QVariant(QMetaType(QMetaType::QString));
    m_empty = QStringLiteral("");
    m_nullInt = QVariant(QMetaType(QMetaType::Int));

    m_customer = db.prepare(QStringLiteral(
        "INSERT INTO customer (company, customer_number, id_number, id_kind, name, name2, co, "
        "address, postal_code, city, country, protected_identity, changed_by, changed_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    m_batch = db.prepare(QStringLiteral(
        "INSERT INTO batch (kind, company, description, status, created_by, created_at, "
        "approved_by, approved_at) VALUES ('invoices', ?, ?, 'approved', ?, ?, ?, ?) "
        "RETURNING id"));
    m_invoice = db.prepare(QStringLiteral(
        "INSERT INTO invoice (company, invoice_number, routine, customer_id, customer_number, "
        "id_number, id_search, id_number2, id_search2, name, name_key, name2, name2_key, co, "
        "address, address_key, postal_code, city, country, invoice_date, due_date, ocr, "
        "register_id, department, handler, description, amount_ore, capital_open_ore, "
        "balance_ore, paid_ore, dunning_code, dunning_code_until, final_paid_date, batch_id, "
        "created_by, created_at, changed_by, changed_at, version) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "RETURNING id"));
    QString lineSql = QStringLiteral("INSERT INTO invoice_line (invoice_id, line_no, text, "
                                     "amount_ore, account) VALUES (?,?,?,?,?)");
    for (QSqlQuery &q : m_lines) {
        q = db.prepare(lineSql);
        lineSql += QStringLiteral(", (?,?,?,?,?)");
    }
    m_transaction = db.prepare(QStringLiteral(
        "INSERT INTO ledger_transaction (invoice_id, transaction_date, registered_date, "
        "booked_date, method, amount_ore, effect_ore, capital_part_ore, source, created_by, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (QSqlQuery *q :
         {&m_customer, &m_batch, &m_invoice, &m_lines[0], &m_lines[1], &m_lines[2], &m_transaction})
        q->setForwardOnly(true);
}

DemoWriter::~DemoWriter()
{
    finish();
}

void DemoWriter::finish()
{
    for (QSqlQuery *q :
         {&m_customer, &m_batch, &m_invoice, &m_lines[0], &m_lines[1], &m_lines[2], &m_transaction})
        q->finish();
}

void DemoWriter::exec(QSqlQuery &q)
{
    if (!q.exec())
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Databasfel när demodata skrevs: %1").arg(q.lastError().text()));
}

void DemoWriter::dropIndexes()
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('invoice', 'invoice_line', 'ledger_transaction') ORDER BY name"));
    while (q.next())
        m_droppedIndexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    // Names come from the catalogue, not from input; quoted all the same.
    for (const auto &index : std::as_const(m_droppedIndexes))
        m_db.run(QStringLiteral("DROP INDEX \"%1\"").arg(index.first));
}

void DemoWriter::recreateIndexes()
{
    finish();
    for (const auto &index : std::as_const(m_droppedIndexes)) {
        QElapsedTimer timer;
        timer.start();
        m_db.run(index.second);
        qCDebug(lcDemo) << "index" << index.first << timer.elapsed() << "ms";
    }
    m_droppedIndexes.clear();
}

qint64 DemoWriter::writeCustomer(const Household &h, int company, const QString &customerNumber,
                                 int firstDay)
{
    QSqlQuery &q = m_customer;
    int i = 0;
    q.bindValue(i++, m_company[company]);
    q.bindValue(i++, customerNumber);
    q.bindValue(i++, text(h.idNumber));
    q.bindValue(i++, text(h.idKind));
    q.bindValue(i++, text(h.name));
    q.bindValue(i++, text(h.name2));
    q.bindValue(i++, text(h.co));
    q.bindValue(i++, text(h.address));
    q.bindValue(i++, text(h.postalCode));
    q.bindValue(i++, text(h.city));
    q.bindValue(i++, m_empty);
    q.bindValue(i++, int(h.protectedIdentity));
    q.bindValue(i++, m_user);
    q.bindValue(i++, m_days.stamp(firstDay));
    exec(q);
    q.next();
    return q.value(0).toLongLong();
}

qint64 DemoWriter::batchFor(int routine, int day)
{
    const quint64 key = (quint64(routine) << 32) | quint32(day);
    const auto it = m_batches.constFind(key);
    if (it != m_batches.constEnd())
        return *it;
    QSqlQuery &q = m_batch;
    const QString stamp = m_days.stamp(day);
    q.bindValue(0, m_company[routineInfo(routine).company]);
    q.bindValue(1, QLatin1String(kBatchTexts[routine]) + QLatin1Char(' ') + m_days.date(day));
    q.bindValue(2, m_user);
    q.bindValue(3, stamp);
    q.bindValue(4, m_user);
    q.bindValue(5, stamp);
    exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    m_batches.insert(key, id);
    return id;
}

void DemoWriter::writeInvoice(const Household &h, const QString &invoiceNumber, const QString &ocr,
                              const Bill &b, qint64 batchId)
{
    const int company = routineInfo(b.routine).company;
    const qint64 open = b.capitalOpenOre();
    const int finalPaid = b.finalPaidDay();
    const int lastChange = b.paymentCount > 0 ? b.payments[b.paymentCount - 1].day : b.invoiceDay;

    QSqlQuery &q = m_invoice;
    int i = 0;
    q.bindValue(i++, m_company[company]);
    q.bindValue(i++, invoiceNumber);
    q.bindValue(i++, m_routineCode[b.routine]);
    q.bindValue(i++, h.customerId[company]);
    q.bindValue(i++, text(h.customerNumber[company]));
    q.bindValue(i++, text(h.idNumber));
    q.bindValue(i++, text(h.idSearch));
    q.bindValue(i++, text(h.idNumber2));
    q.bindValue(i++, text(h.idSearch2));
    q.bindValue(i++, text(h.name));
    q.bindValue(i++, text(h.nameKey));
    q.bindValue(i++, text(h.name2));
    q.bindValue(i++, text(h.name2Key));
    q.bindValue(i++, text(h.co));
    q.bindValue(i++, text(h.address));
    q.bindValue(i++, text(h.addressKey));
    q.bindValue(i++, text(h.postalCode));
    q.bindValue(i++, text(h.city));
    q.bindValue(i++, m_empty);
    q.bindValue(i++, m_days.date(b.invoiceDay));
    q.bindValue(i++, m_days.date(b.dueDay));
    q.bindValue(i++, ocr);
    q.bindValue(i++, text(b.registerId));
    q.bindValue(i++, text(b.department));
    q.bindValue(i++, text(b.handler));
    q.bindValue(i++, text(b.description));
    q.bindValue(i++, b.amountOre);
    q.bindValue(i++, open);
    q.bindValue(i++, open); // no fees on demo claims: the balance is the capital
    q.bindValue(i++, b.paidOre());
    q.bindValue(i++, b.dunningCode > 0 ? QVariant(b.dunningCode) : m_nullInt);
    q.bindValue(i++, b.dunningUntil > 0 ? QVariant(m_days.date(b.dunningUntil)) : m_nullText);
    q.bindValue(i++, finalPaid > 0 ? QVariant(m_days.date(finalPaid)) : m_nullText);
    q.bindValue(i++, batchId);
    q.bindValue(i++, m_user);
    q.bindValue(i++, m_days.stamp(b.invoiceDay));
    q.bindValue(i++, m_user);
    q.bindValue(i++, m_days.stamp(lastChange));
    q.bindValue(i++, 1 + b.paymentCount); // each posting bumps the version
    exec(q);
    q.next();
    const qint64 invoiceId = q.value(0).toLongLong();

    QSqlQuery &lines = m_lines[qBound(1, b.lineCount, 3) - 1];
    for (int n = 0; n < b.lineCount; ++n) {
        const BillLine &l = b.lines[n];
        lines.bindValue(5 * n, invoiceId);
        lines.bindValue(5 * n + 1, n + 1);
        lines.bindValue(5 * n + 2, text(l.text));
        lines.bindValue(5 * n + 3, l.ore);
        lines.bindValue(5 * n + 4, text(l.account));
    }
    if (b.lineCount > 0)
        exec(lines);
    m_lineCount += b.lineCount;

    for (int n = 0; n < b.paymentCount; ++n) {
        const BillPayment &p = b.payments[n];
        // posting.h settle() with no fees: a payment (K) lowers the capital,
        // a refund (D) raises it.
        const qint64 effect = p.method == 'B' ? -p.ore : p.ore;
        const QString date = m_days.date(p.day);
        QSqlQuery &t = m_transaction;
        t.bindValue(0, invoiceId);
        t.bindValue(1, date);
        t.bindValue(2, date);
        t.bindValue(3, p.day < m_today ? QVariant(date) : m_nullText);
        t.bindValue(4, m_method[p.method == 'B' ? 0 : 1]);
        t.bindValue(5, p.ore);
        t.bindValue(6, effect);
        t.bindValue(7, effect);
        t.bindValue(8, m_source);
        t.bindValue(9, m_user);
        t.bindValue(10, m_days.stamp(p.day));
        exec(t);
    }
    m_transactions += b.paymentCount;
}

} // namespace rsk::demo
