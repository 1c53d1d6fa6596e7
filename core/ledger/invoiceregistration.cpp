#include "ledger/invoiceregistration.h"

#include "audit/auditlog.h"
#include "ids/ocr.h"
#include "ids/swedishid.h"
#include "ledger/batchstore.h"
#include "ledger/companysettings.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "ledger/searchkey.h"
#include "users/access.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRegistration)
};

BatchStore batches(Database &db)
{
    return BatchStore(db, QLatin1String("invoices"));
}

void checkLength(QList<FieldProblem> &problems, const char *field, const QString &value, int max)
{
    if (value.size() > max)
        problems.append({QString::fromLatin1(field),
                         Tr::tr("%1 är %2 tecken, högst %3 är tillåtet")
                             .arg(QString::fromLatin1(field))
                             .arg(value.size())
                             .arg(max)});
}

QString idKindName(SwedishId::Kind k)
{
    switch (k) {
    case SwedishId::Kind::Personnummer:
        return QStringLiteral("P");
    case SwedishId::Kind::Samordningsnummer:
        return QStringLiteral("S");
    case SwedishId::Kind::Organisationsnummer:
        return QStringLiteral("O");
    }
    return {};
}

} // namespace

InvoiceValidator::InvoiceValidator(Database &db) : m_db(db)
{
    ReferenceData ref(db);
    for (const Company &c : ref.companies())
        m_companies.insert(c.number, c.name);
    for (const Routine &r : ref.routines())
        m_routines.insert(r.code);
    m_countries = CountryCodes(db).codes();
}

QList<FieldProblem> InvoiceValidator::check(InvoiceDraft &d)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    const auto company = ReferenceData::normalizeCompanyNumber(d.company);
    if (d.company.trimmed().isEmpty())
        add("company", Tr::tr("företag saknas"));
    else if (!company || !m_companies.contains(*company))
        add("company", Tr::tr("företag \"%1\" finns inte").arg(d.company));
    else if (!m_db.access().canChange(*company))
        // Issue 7: claims of a company the user may not change are neither
        // registered nor imported by that user.
        add("company", Tr::tr("du har inte behörighet att registrera fakturor i företag %1")
                           .arg(*company));
    else
        d.company = *company;

    const QString number = d.invoiceNumber.trimmed();
    bool numberOk = number.size() == 9;
    for (QChar c : number)
        numberOk = numberOk && c.isDigit() && c.unicode() < 128;
    if (number.isEmpty())
        add("invoice_number", Tr::tr("fakturanummer saknas"));
    else if (!numberOk)
        add("invoice_number",
            Tr::tr("fakturanummer \"%1\" ska vara 9 siffror").arg(d.invoiceNumber));
    else
        d.invoiceNumber = number;

    if (numberOk) {
        // DOMAIN.md: the first two digits of the invoice number are the routine.
        const QString fromNumber = number.left(2);
        if (d.routine.trimmed().isEmpty())
            d.routine = fromNumber;
        else if (d.routine.trimmed().rightJustified(2, QLatin1Char('0')) != fromNumber)
            add("routine", Tr::tr("rutin %1 stämmer inte med fakturanumrets början %2")
                               .arg(d.routine, fromNumber));
        else
            d.routine = fromNumber;
        if (!m_routines.contains(fromNumber))
            add("routine", Tr::tr("rutin %1 finns inte").arg(fromNumber));
        if (company && m_companies.contains(*company)) {
            const QString key = *company + QLatin1Char('/') + number;
            if (m_seen.contains(key))
                add("invoice_number",
                    Tr::tr("faktura %1 förekommer två gånger i indata").arg(number));
            else if (InvoiceRepository(m_db).exists(*company, number))
                add("invoice_number",
                    Tr::tr("faktura %1 finns redan i företag %2").arg(number, *company));
            m_seen.insert(key);
        }
    }

    d.idNumber = d.idNumber.trimmed();
    d.customerNumber = d.customerNumber.trimmed();
    if (d.idNumber.isEmpty() && d.customerNumber.isEmpty())
        add("id_number", Tr::tr("person-/organisationsnummer eller kundnummer krävs"));
    if (!d.idNumber.isEmpty()) {
        QString why;
        const auto id = SwedishId::parse(d.idNumber, m_db.today(), &why);
        if (!id)
            add("id_number", Tr::tr("person-/organisationsnummer: %1").arg(why));
        else
            d.idNumber = id->normalized();
    }

    d.name = d.name.trimmed();
    if (d.name.isEmpty())
        add("name", Tr::tr("namn saknas"));
    checkLength(problems, "name", d.name, limits::Name);
    checkLength(problems, "name2", d.name2, limits::Name);
    checkLength(problems, "co", d.co, limits::Co);
    checkLength(problems, "address", d.address, limits::Address);
    checkLength(problems, "postal_code", d.postalCode, limits::PostalCode);
    checkLength(problems, "city", d.city, limits::City);
    checkLength(problems, "country", d.country, 2);
    // handbook 8.2: a foreign address takes a code of the Landskoder register.
    d.country = d.country.trimmed().toUpper();
    if (d.country.size() == 2 && !m_countries.contains(d.country))
        add("country", Tr::tr("landskoden \"%1\" finns inte i registret Landskoder")
                           .arg(d.country));
    checkLength(problems, "customer_number", d.customerNumber, limits::CustomerNumber);
    checkLength(problems, "register_id", d.registerId, limits::RegisterId);
    checkLength(problems, "department", d.department, limits::Department);
    checkLength(problems, "handler", d.handler, limits::Handler);
    checkLength(problems, "description", d.description, limits::Description);

    // handbook 9 "Antal dagar till förfallodatum": without a due date, the
    // company's days for the routine give it.
    if (!d.dueDate.isValid() && d.invoiceDate.isValid() && numberOk && company
        && m_companies.contains(*company)) {
        const QString key = *company + QLatin1Char('/') + number.left(2);
        if (!m_dueDays.contains(key))
            m_dueDays.insert(key,
                             CompanySettings(m_db).dueDays(*company, number.left(2)).value_or(-1));
        if (const int days = m_dueDays.value(key); days >= 0)
            d.dueDate = CompanySettings::dueDateAfter(d.invoiceDate, days);
    }
    if (!d.invoiceDate.isValid())
        add("invoice_date", Tr::tr("fakturadatum saknas eller är ogiltigt"));
    if (!d.dueDate.isValid())
        add("due_date", Tr::tr("förfallodag saknas eller är ogiltig"));
    if (d.invoiceDate.isValid() && d.dueDate.isValid() && d.dueDate < d.invoiceDate)
        add("due_date", Tr::tr("förfallodagen %1 ligger före fakturadatum %2")
                            .arg(d.dueDate.toString(Qt::ISODate),
                                 d.invoiceDate.toString(Qt::ISODate)));

    const qint64 absOre = d.amount.ore() < 0 ? -d.amount.ore() : d.amount.ore();
    if (absOre > Money::MaxAbsOre)
        add("amount", Tr::tr("beloppet har fler än 10 siffror"));
    else if (d.amount.isZero())
        add("amount", Tr::tr("beloppet får inte vara 0"));

    if (numberOk) {
        if (d.ocr.trimmed().isEmpty()) {
            d.ocr = Ocr::ocrForInvoice(number);
        } else {
            QString why;
            d.ocr = d.ocr.trimmed();
            if (!Ocr::validateOcr(d.ocr, Ocr::OcrCheck::Either, &why))
                add("ocr", Tr::tr("OCR-referens \"%1\": %2").arg(d.ocr, why));
        }
    }

    if (d.lines.isEmpty()) {
        d.lines.append({1, d.description, d.amount, QString()});
    } else {
        Money sum;
        for (int i = 0; i < d.lines.size(); ++i) {
            InvoiceLine &line = d.lines[i];
            line.lineNo = i + 1;
            checkLength(problems, "line_text", line.text, limits::LineText);
            checkLength(problems, "line_account", line.account, limits::Account);
            const auto next = Money::checkedAdd(sum, line.amount);
            sum = next.value_or(sum);
        }
        if (sum != d.amount)
            add("lines", Tr::tr("fakturaraderna summerar till %1 men beloppet är %2")
                             .arg(sum.toString(), d.amount.toString()));
    }
    return problems;
}

qint64 InvoiceRegistration::createBatch(const QString &company, const QString &description)
{
    const auto number = ReferenceData::normalizeCompanyNumber(company);
    if (!number || !ReferenceData(m_db).company(*number))
        throw LedgerError::refused(Tr::tr("Företag \"%1\" finns inte.").arg(company));
    UnitOfWork work(m_db);
    const qint64 id = batches(m_db).create(*number, description, description);
    work.commit();
    return id;
}

void InvoiceRegistration::requireOpenBatch(qint64 batchId)
{
    batches(m_db).requireOpen(
        batchId, Tr::tr("Bunt %1 finns inte.").arg(batchId),
        Tr::tr("Bunt %1 är redan godkänd och kan inte ändras.").arg(batchId));
}

int InvoiceRegistration::addLine(qint64 batchId, const InvoiceDraft &input)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    InvoiceValidator validator(m_db);
    // Lines already in the batch count as seen, so a duplicate is caught now.
    for (InvoiceDraft existing : lines(batchId))
        validator.check(existing);
    InvoiceDraft draft = input;
    const auto problems = validator.check(draft);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &p : problems)
            messages << p.message;
        throw LedgerError::refused(messages.join(QStringLiteral("; ")));
    }
    const int lineNo = batches(m_db).appendLine(batchId, toJson(draft));
    work.commit();
    return lineNo;
}

void InvoiceRegistration::removeLine(qint64 batchId, int lineNo)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    if (!batches(m_db).removeLine(batchId, lineNo))
        throw LedgerError::notFound(Tr::tr("Rad %1 finns inte i bunt %2.").arg(lineNo).arg(batchId));
    AuditLog(m_db).recordDelete(QStringLiteral("batch_line"),
                                QStringLiteral("%1/%2").arg(batchId).arg(lineNo), QString());
    work.commit();
}

QList<InvoiceDraft> InvoiceRegistration::lines(qint64 batchId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT payload FROM batch_line WHERE batch_id = ? ORDER BY line_no"),
        {batchId});
    QList<InvoiceDraft> out;
    while (q.next())
        out.append(fromJson(q.value(0).toString()));
    return out;
}

int InvoiceRegistration::approve(qint64 batchId)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    const QList<InvoiceDraft> drafts = lines(batchId);
    if (drafts.isEmpty())
        throw LedgerError::refused(Tr::tr("Bunt %1 är tom.").arg(batchId));
    // The ledger may have changed since the lines were added: check again.
    InvoiceValidator validator(m_db);
    QStringList messages;
    QList<InvoiceDraft> checked;
    for (int i = 0; i < drafts.size(); ++i) {
        InvoiceDraft d = drafts.at(i);
        for (const FieldProblem &p : validator.check(d))
            messages << Tr::tr("rad %1: %2").arg(i + 1).arg(p.message);
        checked.append(d);
    }
    if (!messages.isEmpty())
        throw LedgerError::refused(Tr::tr("Bunt %1 kan inte godkännas: %2")
                                       .arg(batchId)
                                       .arg(messages.join(QStringLiteral("; "))));
    for (const InvoiceDraft &d : checked)
        insertInvoice(d, batchId);
    m_db.run(QStringLiteral("UPDATE batch SET status = 'approved', approved_by = ?, "
                            "approved_at = ? WHERE id = ?"),
             {m_db.user(), m_db.nowStamp(), batchId});
    AuditLog(m_db).recordChange(QStringLiteral("batch"), QString::number(batchId),
                                QStringLiteral("status"), QStringLiteral("open"),
                                QStringLiteral("approved"));
    work.commit();
    return checked.size();
}

QMap<int, QList<FieldProblem>> InvoiceRegistration::registerAll(QList<InvoiceDraft> drafts,
                                                                const QString &description,
                                                                const Progress &progress)
{
    const int total = 2 * int(drafts.size());
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress && (done % 500 == 0 || done == total) && !progress(done, total))
            throw LedgerError::refused(
                Tr::tr("Importen avbröts; ingen faktura har registrerats."));
    };
    QMap<int, QList<FieldProblem>> problems;
    InvoiceValidator validator(m_db);
    for (int i = 0; i < drafts.size(); ++i) {
        const auto p = validator.check(drafts[i]);
        if (!p.isEmpty())
            problems.insert(i, p);
        step();
    }
    if (!problems.isEmpty() || drafts.isEmpty())
        return problems;
    // A batch belongs to one company: a file for several companies makes one
    // approved batch each, all in the same unit of work.
    QMap<QString, QList<int>> byCompany;
    for (int i = 0; i < drafts.size(); ++i)
        byCompany[drafts.at(i).company].append(i);
    UnitOfWork work(m_db);
    for (auto it = byCompany.constBegin(); it != byCompany.constEnd(); ++it) {
        const qint64 batchId = m_db.insertReturningId(
            QStringLiteral("INSERT INTO batch (kind, company, description, status, created_by, "
                           "created_at, approved_by, approved_at) VALUES "
                           "('invoices', ?, ?, 'approved', ?, ?, ?, ?) RETURNING id"),
            {it.key(), description, m_db.user(), m_db.nowStamp(), m_db.user(), m_db.nowStamp()});
        AuditLog(m_db).recordInsert(
            QStringLiteral("batch"), QString::number(batchId),
            Tr::tr("%1: %2 fakturor").arg(description).arg(it.value().size()));
        for (int i : it.value()) {
            insertInvoice(drafts.at(i), batchId);
            step();
        }
    }
    work.commit();
    return problems;
}

qint64 InvoiceRegistration::customerFor(const InvoiceDraft &d)
{
    // A customer is found by customer number, else by person/org number,
    // within the company; a new one gets the next customer number.
    QVariant id;
    if (!d.customerNumber.isEmpty())
        id = m_db.scalar(QStringLiteral("SELECT id FROM customer WHERE company = ? AND "
                                        "customer_number = ?"),
                         {d.company, d.customerNumber});
    else
        id = m_db.scalar(QStringLiteral("SELECT id FROM customer WHERE company = ? AND "
                                        "id_number = ? ORDER BY id LIMIT 1"),
                         {d.company, d.idNumber});
    if (id.isValid())
        return id.toLongLong();
    QString customerNumber = d.customerNumber;
    if (customerNumber.isEmpty()) {
        const qint64 next =
            m_db.scalar(QStringLiteral("SELECT next_value FROM number_series WHERE name = "
                                       "'customer'"))
                .toLongLong();
        m_db.run(QStringLiteral("UPDATE number_series SET next_value = next_value + 1 WHERE "
                                "name = 'customer'"));
        customerNumber = QString::number(next);
    }
    QString kind;
    if (!d.idNumber.isEmpty()) {
        if (const auto sid = SwedishId::parse(d.idNumber, m_db.today(), nullptr))
            kind = idKindName(sid->kind());
    }
    return m_db.insertReturningId(
        QStringLiteral("INSERT INTO customer (company, customer_number, id_number, id_kind, name, "
                       "name2, co, address, postal_code, city, country, changed_by, changed_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {d.company, customerNumber, d.idNumber, kind, d.name, d.name2, d.co, d.address,
         d.postalCode, d.city, d.country, m_db.user(), m_db.nowStamp()});
}

qint64 InvoiceRegistration::insertInvoice(const InvoiceDraft &d, qint64 batchId)
{
    const qint64 customerId = customerFor(d);
    const QString customerNumber =
        m_db.scalar(QStringLiteral("SELECT customer_number FROM customer WHERE id = ?"),
                    {customerId})
            .toString();
    const QString stamp = m_db.nowStamp();
    const qint64 invoiceId = m_db.insertReturningId(
        QStringLiteral(
            "INSERT INTO invoice (company, invoice_number, routine, customer_id, customer_number, "
            "id_number, id_search, name, name_key, name2, name2_key, co, address, address_key, "
            "postal_code, city, country, invoice_date, due_date, ocr, register_id, department, "
            "handler, description, amount_ore, capital_open_ore, balance_ore, batch_id, "
            "created_by, created_at, changed_by, changed_at) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {d.company, d.invoiceNumber, d.routine, customerId, customerNumber, d.idNumber,
         idSearchKey(d.idNumber), d.name, searchKey(d.name), d.name2, searchKey(d.name2), d.co,
         d.address, searchKey(d.address), d.postalCode, d.city, d.country, dateArg(d.invoiceDate),
         dateArg(d.dueDate), d.ocr, d.registerId, d.department, d.handler, d.description,
         d.amount.ore(), d.amount.ore(), d.amount.ore(), batchId, m_db.user(), stamp, m_db.user(),
         stamp});
    QSqlQuery line = m_db.prepare(QStringLiteral(
        "INSERT INTO invoice_line (invoice_id, line_no, text, amount_ore, account) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const InvoiceLine &l : d.lines)
        m_db.exec(line, {invoiceId, l.lineNo, l.text, l.amount.ore(), l.account});
    AuditLog(m_db).recordInsert(QStringLiteral("invoice"), d.company + QLatin1Char('/') +
                                    d.invoiceNumber,
                                Tr::tr("registrerad, belopp %1").arg(d.amount.toString()),
                                QStringLiteral("batch %1").arg(batchId));
    return invoiceId;
}

QString InvoiceRegistration::toJson(const InvoiceDraft &d)
{
    QJsonArray lines;
    for (const InvoiceLine &l : d.lines)
        lines.append(QJsonObject{{QStringLiteral("text"), l.text},
                                 {QStringLiteral("amount_ore"), QString::number(l.amount.ore())},
                                 {QStringLiteral("account"), l.account}});
    const QJsonObject o{
        {QStringLiteral("company"), d.company},
        {QStringLiteral("invoice_number"), d.invoiceNumber},
        {QStringLiteral("routine"), d.routine},
        {QStringLiteral("customer_number"), d.customerNumber},
        {QStringLiteral("id_number"), d.idNumber},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("name2"), d.name2},
        {QStringLiteral("co"), d.co},
        {QStringLiteral("address"), d.address},
        {QStringLiteral("postal_code"), d.postalCode},
        {QStringLiteral("city"), d.city},
        {QStringLiteral("country"), d.country},
        {QStringLiteral("invoice_date"), d.invoiceDate.toString(Qt::ISODate)},
        {QStringLiteral("due_date"), d.dueDate.toString(Qt::ISODate)},
        // öre as a string: JSON numbers are doubles, money is not.
        {QStringLiteral("amount_ore"), QString::number(d.amount.ore())},
        {QStringLiteral("ocr"), d.ocr},
        {QStringLiteral("register_id"), d.registerId},
        {QStringLiteral("department"), d.department},
        {QStringLiteral("handler"), d.handler},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("lines"), lines},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

InvoiceDraft InvoiceRegistration::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    InvoiceDraft d;
    d.company = o.value(QStringLiteral("company")).toString();
    d.invoiceNumber = o.value(QStringLiteral("invoice_number")).toString();
    d.routine = o.value(QStringLiteral("routine")).toString();
    d.customerNumber = o.value(QStringLiteral("customer_number")).toString();
    d.idNumber = o.value(QStringLiteral("id_number")).toString();
    d.name = o.value(QStringLiteral("name")).toString();
    d.name2 = o.value(QStringLiteral("name2")).toString();
    d.co = o.value(QStringLiteral("co")).toString();
    d.address = o.value(QStringLiteral("address")).toString();
    d.postalCode = o.value(QStringLiteral("postal_code")).toString();
    d.city = o.value(QStringLiteral("city")).toString();
    d.country = o.value(QStringLiteral("country")).toString();
    d.invoiceDate = QDate::fromString(o.value(QStringLiteral("invoice_date")).toString(), Qt::ISODate);
    d.dueDate = QDate::fromString(o.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    d.amount = Money::fromOre(o.value(QStringLiteral("amount_ore")).toString().toLongLong());
    d.ocr = o.value(QStringLiteral("ocr")).toString();
    d.registerId = o.value(QStringLiteral("register_id")).toString();
    d.department = o.value(QStringLiteral("department")).toString();
    d.handler = o.value(QStringLiteral("handler")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    int n = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        d.lines.append({++n, l.value(QStringLiteral("text")).toString(),
                        Money::fromOre(l.value(QStringLiteral("amount_ore")).toString().toLongLong()),
                        l.value(QStringLiteral("account")).toString()});
    }
    return d;
}

} // namespace rsk
