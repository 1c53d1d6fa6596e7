#include "ledger/invoicechange.h"

#include "audit/auditlog.h"
#include "dates/dateparse.h"
#include "dunning/dunningcodes.h"
#include "ids/swedishid.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "ledger/searchkey.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceChangeService)
};

namespace f = invoicefield;

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}

// Optimistic locking (issue 7): the claim changed since the clerk read it.
// "Fakturan har ändrats av anna kl. 14:05 — ladda om": changed_at (UTC, ISO)
// in local time, with the date when it was not today.
QString staleMessage(const Invoice &now)
{
    QDateTime t = QDateTime::fromString(now.changedAt, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // PostgreSQL drops the Z
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    const QDateTime local = t.toLocalTime();
    const QString when = !t.isValid() ? now.changedAt
                         : local.date() == QDate::currentDate()
                             ? Tr::tr("kl. %1").arg(local.toString(QStringLiteral("HH:mm")))
                             : Tr::tr("den %1 kl. %2")
                                   .arg(local.toString(QStringLiteral("yyyy-MM-dd")),
                                        local.toString(QStringLiteral("HH:mm")));
    return Tr::tr("Fakturan har ändrats av %1 %2 — ladda om (F7 Ångra läser in den igen). "
                  "Dina ändringar av faktura %3 är inte sparade.")
        .arg(now.changedBy, when, now.invoiceNumber);
}

void add(QList<ChangeProblem> &problems, const char *field, const QString &message,
         bool warning = false)
{
    problems.append({QString::fromLatin1(field), message, warning});
}

void checkLength(QList<ChangeProblem> &problems, const char *field, const QString &label,
                 const QString &value, int max)
{
    if (value.size() > max)
        add(problems, field,
            Tr::tr("%1 är %2 tecken, högst %3 är tillåtet.")
                .arg(label)
                .arg(value.size())
                .arg(max));
}

bool isAsciiLetters(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

} // namespace

InvoiceChange InvoiceChange::of(const Invoice &c)
{
    InvoiceChange x;
    x.idNumber = c.idNumber;
    x.co = c.co;
    x.address = c.address;
    x.postalCode = c.postalCode;
    x.city = c.city;
    x.country = c.country;
    x.dueDate = c.dueDate;
    x.department = c.department;
    x.handler = c.handler;
    x.description = c.description;
    x.reminder1Date = c.reminder1Date;
    x.reminder2Date = c.reminder2Date;
    x.collectionDate = c.collectionDate;
    x.residualDate = c.residualDate;
    x.threatDate = c.threatDate;
    x.paymentOrderDate = c.paymentOrderDate;
    x.paymentPlanDate = c.paymentPlanDate;
    x.reminderFee = c.reminderFeeUndebited;
    x.collectionFee = c.collectionFeeUndebited;
    x.watchText = c.watchText;
    x.dunningCode = c.dunningCode;
    x.dunningCodeUntil = c.dunningCode == 0 ? QDate() : c.dunningCodeUntil;
    return x;
}

QVariantMap InvoiceChange::columns() const
{
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    return {
        {key(f::IdNumber), idNumber},
        {key(f::Co), co},
        {key(f::Address), address},
        {key(f::PostalCode), postalCode},
        {key(f::City), city},
        {key(f::Country), country},
        {key(f::DueDate), dateValue(dueDate)},
        {key(f::Department), department},
        {key(f::Handler), handler},
        {key(f::Description), description},
        {key(f::Reminder1Date), dateValue(reminder1Date)},
        {key(f::Reminder2Date), dateValue(reminder2Date)},
        {key(f::CollectionDate), dateValue(collectionDate)},
        {key(f::ResidualDate), dateValue(residualDate)},
        {key(f::ThreatDate), dateValue(threatDate)},
        {key(f::PaymentOrderDate), dateValue(paymentOrderDate)},
        {key(f::PaymentPlanDate), dateValue(paymentPlanDate)},
        {key(f::ReminderFee), reminderFee.ore()},
        {key(f::CollectionFee), collectionFee.ore()},
        {key(f::WatchText), watchText},
        {key(f::DunningCode), dunningCode == 0 ? QVariant() : QVariant(dunningCode)},
        {key(f::DunningCodeUntil), dunningCode == 0 ? QVariant() : dateValue(dunningCodeUntil)},
    };
}

bool InvoiceChangeService::hasBlocking(const QList<ChangeProblem> &problems)
{
    for (const ChangeProblem &p : problems)
        if (!p.warning)
            return true;
    return false;
}

QList<ChangeProblem> InvoiceChangeService::validate(const Invoice &current, InvoiceChange &change)
{
    QList<ChangeProblem> problems;
    checkReceiver(current, change, problems);
    checkDates(current, change, problems);
    checkFees(current, change, problems);
    checkDunningCode(current, change, problems);
    return problems;
}

void InvoiceChangeService::checkReceiver(const Invoice &current, InvoiceChange &c,
                                         QList<ChangeProblem> &problems)
{
    for (QString *s : {&c.idNumber, &c.co, &c.address, &c.postalCode, &c.city, &c.country,
                       &c.department, &c.handler, &c.description, &c.watchText})
        *s = s->trimmed();
    c.country = c.country.toUpper();

    // handbook 6.1: "Denna uppgift kan ändras eller fyllas i om den saknas".
    if (c.idNumber.isEmpty()) {
        if (!current.idNumber.isEmpty())
            add(problems, f::IdNumber,
                Tr::tr("Person-/organisationsnumret kan ändras eller fyllas i, men inte tas "
                       "bort."));
    } else if (c.idNumber != current.idNumber) {
        QString why;
        if (const auto id = SwedishId::parse(c.idNumber, m_db.today(), &why))
            c.idNumber = id->normalized();
        else
            add(problems, f::IdNumber, Tr::tr("Person-/organisationsnummer: %1").arg(why));
    }

    checkLength(problems, f::Co, Tr::tr("C/o-namnet"), c.co, limits::Co);
    checkLength(problems, f::Address, Tr::tr("Adressen"), c.address, limits::Address);
    checkLength(problems, f::City, Tr::tr("Orten"), c.city, limits::City);
    checkLength(problems, f::Handler, Tr::tr("Handläggaren"), c.handler, limits::Handler);
    checkLength(problems, f::Description, Tr::tr("\"Fakturan avser\""), c.description,
                limits::Description);
    checkLength(problems, f::WatchText, Tr::tr("Betalningsbevakningen"), c.watchText,
                MaxWatchText);
    checkLength(problems, f::Department, Tr::tr("Förv/avd"), c.department, limits::Department);

    if (c.country != current.country && !c.country.isEmpty()
        && (c.country.size() != 2 || !isAsciiLetters(c.country)))
        add(problems, f::Country,
            Tr::tr("Landskoden \"%1\" ska vara två bokstäver, t.ex. NO eller DK.")
                .arg(c.country));
    else if (c.country != current.country && !c.country.isEmpty()
             && !CountryCodes(m_db).find(c.country)) // handbook 8.2
        add(problems, f::Country,
            Tr::tr("Landskoden \"%1\" finns inte i registret Landskoder.").arg(c.country));
    if ((c.postalCode != current.postalCode || c.country != current.country)
        && !c.postalCode.isEmpty()) {
        if (c.country.isEmpty() || c.country == QLatin1String("SE")) {
            // A Swedish postal code is five digits, written "123 45".
            QString digits = c.postalCode;
            digits.remove(QLatin1Char(' '));
            bool allDigits = digits.size() == 5;
            for (QChar ch : digits)
                allDigits = allDigits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
            if (allDigits)
                c.postalCode = digits.left(3) + QLatin1Char(' ') + digits.mid(3);
            else
                add(problems, f::PostalCode,
                    Tr::tr("Postnumret \"%1\" ska vara fem siffror (123 45); ange landskod för "
                           "en utländsk adress.")
                        .arg(c.postalCode));
        } else {
            checkLength(problems, f::PostalCode, Tr::tr("Postnumret"), c.postalCode,
                        limits::PostalCode);
        }
    }

    if (!c.dueDate.isValid())
        add(problems, f::DueDate, Tr::tr("Förfallodag saknas."));
    else if (c.dueDate != current.dueDate && c.dueDate < current.invoiceDate)
        add(problems, f::DueDate,
            Tr::tr("Förfallodagen %1 ligger före fakturadatum %2.")
                .arg(isoDate(c.dueDate), isoDate(current.invoiceDate)));

    // handbook 6.1 Förv/Avd: "Den kod som registreras måste finnas i registret
    // över förvaltning/avdelning i diverse debitering". The ledger keeps no
    // such register, so the codes in use on the company's claims stand in.
    if (c.department != current.department && !c.department.isEmpty()
        && c.department.size() <= limits::Department
        && !m_db.scalar(QStringLiteral("SELECT 1 FROM invoice WHERE company = ? AND "
                                       "department = ? AND id <> ? LIMIT 1"),
                        {current.company, c.department, current.id})
                .isValid())
        add(problems, f::Department,
            Tr::tr("Förv/avd \"%1\" används inte på någon annan faktura i företag %2.")
                .arg(c.department, current.company));
}

void InvoiceChangeService::checkDates(const Invoice &current, const InvoiceChange &c,
                                      QList<ChangeProblem> &problems)
{
    struct Step
    {
        const char *field;
        QString label;
        QDate was;
        QDate is;
    };
    const Step steps[] = {
        {f::Reminder1Date, Tr::tr("Påminnelse 1"), current.reminder1Date, c.reminder1Date},
        {f::Reminder2Date, Tr::tr("Påminnelse 2"), current.reminder2Date, c.reminder2Date},
        {f::CollectionDate, Tr::tr("Inkassokrav"), current.collectionDate, c.collectionDate},
        {f::ResidualDate, Tr::tr("Restkrav"), current.residualDate, c.residualDate},
        {f::ThreatDate, Tr::tr("Hot om betalningsföreläggande"), current.threatDate,
         c.threatDate},
        {f::PaymentOrderDate, Tr::tr("Betalningsföreläggande"), current.paymentOrderDate,
         c.paymentOrderDate},
        {f::PaymentPlanDate, Tr::tr("Amorteringsplan"), current.paymentPlanDate,
         c.paymentPlanDate},
    };
    const QDate today = m_db.today();
    for (const Step &s : steps) {
        if (s.is == s.was || !s.is.isValid())
            continue;
        // The dates say when a letter went out: never ahead of today.
        if (s.is > today)
            add(problems, s.field,
                Tr::tr("%1 %2 ligger efter dagens datum %3.")
                    .arg(s.label, isoDate(s.is), isoDate(today)));
        else if (s.is < current.invoiceDate)
            add(problems, s.field,
                Tr::tr("%1 %2 ligger före fakturadatum %3.")
                    .arg(s.label, isoDate(s.is), isoDate(current.invoiceDate)));
    }
    const auto order = [&](const Step &first, const Step &second) {
        if (first.is == first.was && second.is == second.was)
            return;
        if (!second.is.isValid())
            return;
        if (!first.is.isValid())
            add(problems, second.field,
                Tr::tr("%1 kräver datum för %2.").arg(second.label, first.label.toLower()));
        else if (second.is < first.is)
            add(problems, second.field,
                Tr::tr("%1 (%2) ligger före %3 (%4).")
                    .arg(second.label, isoDate(second.is), first.label.toLower(),
                         isoDate(first.is)));
    };
    order(steps[0], steps[1]); // reminder 2 follows reminder 1 (7.7)
    order(steps[2], steps[3]); // the residual demand follows the collection demand (2.1)
}

std::optional<InvoiceChangeService::StepLetter>
InvoiceChangeService::letterFor(const Invoice &claim, const char *step, const QDate &date)
{
    // The letter the run that set this date printed (not an undone run).
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT l.fee_ore, l.fee_debited FROM dunning_letter l "
                       "JOIN dunning_run r ON r.id = l.run_id WHERE l.invoice_id = ? "
                       "AND l.step = ? AND r.run_date = ? AND r.undone_at IS NULL "
                       "ORDER BY l.id DESC LIMIT 1"),
        {claim.id, QString::fromLatin1(step), dateArg(date)});
    if (!q.next())
        return std::nullopt;
    return StepLetter{Money::fromOre(q.value(0).toLongLong()), q.value(1).toBool()};
}

void InvoiceChangeService::checkFees(const Invoice &current, const InvoiceChange &c,
                                     QList<ChangeProblem> &problems)
{
    struct Fee
    {
        const char *field;
        QString label;
        Money was;      // printed, not debited
        Money is;
        Money debited;  // debited total of this fee
        Money open;     // what of the debited fee is still owed
        QString method; // the fee type a manual annulment uses
        struct Date
        {
            const char *field;
            const char *step;
            QDate was;
            QDate is;
        };
        QList<Date> dates;
    };
    const Fee fees[] = {
        {f::ReminderFee, Tr::tr("Påminnelseavgiften"), current.reminderFeeUndebited,
         c.reminderFee, current.reminderFee, current.reminderFeeOpen, QStringLiteral("P"),
         {{f::Reminder1Date, "reminder1", current.reminder1Date, c.reminder1Date},
          {f::Reminder2Date, "reminder2", current.reminder2Date, c.reminder2Date}}},
        {f::CollectionFee, Tr::tr("Inkassoavgiften"), current.collectionFeeUndebited,
         c.collectionFee, current.collectionFee, current.collectionFeeOpen, QStringLiteral("K"),
         {{f::CollectionDate, "collection", current.collectionDate, c.collectionDate}}},
    };
    for (const Fee &fee : fees) {
        if (fee.is != fee.was) {
            if (fee.is.isNegative())
                add(problems, fee.field, Tr::tr("%1 kan inte vara negativ.").arg(fee.label));
            else if (fee.is > fee.was)
                add(problems, fee.field,
                    Tr::tr("%1 kan bara minskas eller tas bort här (från %2); avgifter tas ut "
                           "av kravkörningen.")
                        .arg(fee.label, fee.was.toString()));
        }
        bool anyChanged = fee.is != fee.was;
        bool anyDate = false;
        Money undebitedDue;
        Money debitedDue;
        const char *blankedField = nullptr;
        for (const Fee::Date &d : fee.dates) {
            anyChanged = anyChanged || d.is != d.was;
            anyDate = anyDate || d.is.isValid();
            if (!d.was.isValid() || d.is.isValid())
                continue;
            blankedField = d.field;
            if (const auto letter = letterFor(current, d.step, d.was)) {
                if (letter->debited)
                    debitedDue += letter->fee;
                else
                    undebitedDue += letter->fee;
            }
        }
        if (!anyChanged)
            continue;
        // handbook 6.1: the fee "krävs att den tas bort när datum för utskick
        // ... blankas. Detta gäller oavsett om avgiften är debiterad eller inte."
        if (fee.is.isPositive() && !anyDate)
            add(problems, fee.field,
                Tr::tr("%1 %2 står kvar utan datum för utskicket; ta bort avgiften när datumet "
                       "blankas.")
                    .arg(fee.label, fee.is.toString()));
        else if (undebitedDue.isPositive() && fee.was - fee.is < undebitedDue)
            add(problems, fee.field,
                Tr::tr("Brevet vars datum blankas tog ut %1 i avgift; minska %2 med den "
                       "(till högst %3).")
                    .arg(undebitedDue.toString(), fee.label.toLower(),
                         (fee.was - undebitedDue).toString()));
        if (debitedDue.isPositive() && fee.open > fee.debited - debitedDue)
            add(problems, blankedField,
                Tr::tr("%1 %2 är uppdebiterad; annullera den under Registrera manuella "
                       "(inbetalningssätt med avgiftstyp %3) innan datumet blankas.")
                    .arg(fee.label, debitedDue.toString(), fee.method));
    }
}

void InvoiceChangeService::checkDunningCode(const Invoice &current, const InvoiceChange &c,
                                            QList<ChangeProblem> &problems)
{
    if (c.dunningCode != current.dunningCode && c.dunningCode != 0) {
        if (c.dunningCode < 1 || c.dunningCode > 9)
            add(problems, f::DunningCode, Tr::tr("Kravkoden ska vara 1–9."));
        else if (!ReferenceData(m_db).dunningCode(c.dunningCode))
            add(problems, f::DunningCode,
                Tr::tr("Kravkod %1 finns inte; lägg upp den under Underhåll kravkoder först.")
                    .arg(c.dunningCode));
    }
    const QDate was = current.dunningCode == 0 ? QDate() : current.dunningCodeUntil;
    if (c.dunningCodeUntil.isValid() && c.dunningCode == 0)
        add(problems, f::DunningCodeUntil, Tr::tr("Ett t.o.m.-datum kräver en kravkod."));
    else if (c.dunningCodeUntil.isValid() && c.dunningCodeUntil != was
             && c.dunningCodeUntil < m_db.today())
        add(problems, f::DunningCodeUntil,
            Tr::tr("Kravkoden skulle gälla t.o.m. %1, som redan har passerats.")
                .arg(isoDate(c.dunningCodeUntil)));

    // handbook 6.1 Betalningsbevakning: "Blankas datum för
    // betalningsföreläggande, bör alltså även detta blankas."
    if (current.paymentOrderDate.isValid() && !c.paymentOrderDate.isValid()
        && !c.watchText.isEmpty() && c.watchText == current.watchText.trimmed())
        add(problems, f::WatchText,
            Tr::tr("Datumet för betalningsföreläggande blankas men betalningsbevakningen "
                   "\"%1\" står kvar. Tryck Enter igen för att spara ändå.")
                .arg(c.watchText),
            true);
}

InvoiceChangeResult InvoiceChangeService::save(const QString &company,
                                               const QString &invoiceNumber, int expectedVersion,
                                               const InvoiceChange &change, bool acceptWarnings)
{
    UnitOfWork work(m_db);
    InvoiceRepository repo(m_db);
    const QString companyKey = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QString numberKey =
        InvoiceRepository::normalizeInvoiceNumber(invoiceNumber).value_or(invoiceNumber);
    m_db.access().requireChange(companyKey); // role and company (core/users/access.h)
    const Invoice before = repo.require(companyKey, numberKey);
    if (expectedVersion > 0 && before.version != expectedVersion)
        throw LedgerError::conflict(staleMessage(before));

    InvoiceChangeResult result;
    InvoiceChange c = change;
    result.problems = validate(before, c);
    bool hasWarnings = false;
    for (const ChangeProblem &p : std::as_const(result.problems))
        hasWarnings = hasWarnings || p.warning;
    if (hasBlocking(result.problems) || (hasWarnings && !acceptWarnings)) {
        result.claim = repo.require(companyKey, numberKey,
                                    InvoiceRepository::Detail::WithLinesAndTransactions);
        return result; // the unit of work rolls back: nothing was written
    }

    const QString code = QString::fromLatin1(f::DunningCode);
    const QString until = QString::fromLatin1(f::DunningCodeUntil);
    QVariantMap was = InvoiceChange::of(before).columns();
    QVariantMap is = c.columns();
    const int codeFields = int(was.value(code) != is.value(code))
                           + int(was.value(until) != is.value(until));
    for (const QString &k : {code, until}) {
        was.remove(k);
        is.remove(k);
    }
    int version = before.version;
    if (codeFields > 0) {
        // The kravkod goes through its own service (handbook 7.3), which
        // checks the version, audits and steps it.
        DunningCodeAssignment assign(m_db);
        const Invoice after = c.dunningCode == 0
                                  ? assign.clear(companyKey, numberKey, version)
                                  : assign.set(companyKey, numberKey, c.dunningCode,
                                               c.dunningCodeUntil, version);
        version = after.version;
        result.changedFields += codeFields;
    }
    int fields = 0;
    for (auto it = is.constBegin(); it != is.constEnd(); ++it)
        if (was.value(it.key()) != it.value())
            ++fields;
    if (fields > 0) {
        QSqlQuery update = m_db.run(
            QStringLiteral(
                "UPDATE invoice SET id_number = ?, id_search = ?, co = ?, address = ?, "
                "address_key = ?, postal_code = ?, city = ?, country = ?, due_date = ?, "
                "department = ?, handler = ?, description = ?, reminder1_date = ?, "
                "reminder2_date = ?, collection_date = ?, residual_date = ?, threat_date = ?, "
                "payment_order_date = ?, payment_plan_date = ?, reminder_fee_undebited_ore = ?, "
                "collection_fee_undebited_ore = ?, watch_text = ?, changed_by = ?, "
                "changed_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {c.idNumber, c.idNumber.isEmpty() ? QString() : idSearchKey(c.idNumber), c.co,
             c.address, searchKey(c.address), c.postalCode, c.city, c.country,
             dateArg(c.dueDate), c.department, c.handler, c.description,
             dateArg(c.reminder1Date), dateArg(c.reminder2Date), dateArg(c.collectionDate),
             dateArg(c.residualDate), dateArg(c.threatDate), dateArg(c.paymentOrderDate),
             dateArg(c.paymentPlanDate), c.reminderFee.ore(), c.collectionFee.ore(),
             c.watchText, m_db.user(), m_db.nowStamp(), before.id, version});
        if (update.numRowsAffected() != 1) // changed between the read and this write
            throw LedgerError::conflict(staleMessage(repo.require(companyKey, numberKey)));
        AuditLog(m_db).recordDiff(QStringLiteral("invoice"),
                                  before.company + QLatin1Char('/') + before.invoiceNumber, was,
                                  is, Tr::tr("ändring av kundfaktura"));
        result.changedFields += fields;
    }
    result.saved = result.changedFields > 0;
    result.claim = repo.require(companyKey, numberKey,
                                InvoiceRepository::Detail::WithLinesAndTransactions);
    work.commit();
    return result;
}

} // namespace rsk
