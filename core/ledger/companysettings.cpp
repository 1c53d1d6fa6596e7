#include "ledger/companysettings.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "dates/bankingdays.h"
#include "dunning/dunningparameters.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanySettings)
};

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

QString routineLabel(const RoutineSetup &r)
{
    return r.routineName.isEmpty() ? Tr::tr("Rutin %1").arg(r.routine)
                                   : Tr::tr("Rutin %1 %2").arg(r.routine, r.routineName);
}

} // namespace

QStringList CompanySettings::formTypes()
{
    return DunningParametersRegister::formTypes();
}

bool CompanySettings::isPlusgiroForm(const QString &code)
{
    // handbook 9 "Blankettyp": A1–C4 and EP are plusgiro forms, E1, E2, G1,
    // G2 and EB bankgiro forms.
    return code.size() == 2
        && (code.at(0) == QLatin1Char('A') || code.at(0) == QLatin1Char('B')
            || code.at(0) == QLatin1Char('C') || code == QLatin1String("EP"));
}

QString CompanySettings::formTypeText(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("A1"),
         QT_TRANSLATE_NOOP("CompanySettings", "A-kort med förtryckt logotyp")},
        {QStringLiteral("A2"),
         QT_TRANSLATE_NOOP("CompanySettings", "A-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("B1"),
         QT_TRANSLATE_NOOP("CompanySettings", "B-kort med förtryckt logotyp")},
        {QStringLiteral("B2"),
         QT_TRANSLATE_NOOP("CompanySettings", "B-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("C1"),
         QT_TRANSLATE_NOOP("CompanySettings", "C-kort med förtryckt logotyp")},
        {QStringLiteral("C2"),
         QT_TRANSLATE_NOOP("CompanySettings", "C-kort utan logotyp, företagsnamnet skrivs ut")},
        {QStringLiteral("C3"),
         QT_TRANSLATE_NOOP("CompanySettings", "C-kort med förtryckt logotyp, värmeförsluts")},
        {QStringLiteral("C4"),
         QT_TRANSLATE_NOOP("CompanySettings", "C-kort utan förtryckt logotyp, värmeförsluts")},
        {QStringLiteral("EP"),
         QT_TRANSLATE_NOOP("CompanySettings", "Postens elektroniska postproduktion")},
        {QStringLiteral("E1"),
         QT_TRANSLATE_NOOP("CompanySettings", "Inbetalningskort utan OCR, med förtryckt logotyp")},
        {QStringLiteral("E2"),
         QT_TRANSLATE_NOOP("CompanySettings",
                           "Inbetalningskort utan OCR, företagsnamnet skrivs ut")},
        {QStringLiteral("G1"),
         QT_TRANSLATE_NOOP("CompanySettings", "Inbetalningskort med OCR och förtryckt logotyp")},
        {QStringLiteral("G2"),
         QT_TRANSLATE_NOOP("CompanySettings",
                           "Inbetalningskort med OCR, företagsnamnet skrivs ut")},
        {QStringLiteral("EB"),
         QT_TRANSLATE_NOOP("CompanySettings", "Postens elektroniska postproduktion")},
    };
    const auto it = texts.find(code);
    if (it == texts.end())
        return {};
    const QString text = QCoreApplication::translate("CompanySettings", it.value());
    return isPlusgiroForm(code) ? Tr::tr("%1 (plusgiro)").arg(text)
                                : Tr::tr("%1 (bankgiro)").arg(text);
}

QString CompanySettings::routinePrinter(const QString &company, const QString &routine)
{
    return m_db
        .scalar(QStringLiteral("SELECT printer FROM company_routine WHERE company = ? AND "
                               "routine = ?"),
                {company, routine})
        .toString();
}

QString CompanySettings::documentPrinter(const QString &company, const QString &kind)
{
    return m_db
        .scalar(QStringLiteral("SELECT printer FROM company_document WHERE company = ? AND "
                               "document = ?"),
                {company, kind})
        .toString();
}

QStringList CompanySettings::documentKinds()
{
    return {QStringLiteral("invoice_copy"), QStringLiteral("credit_note"),
            QStringLiteral("annulment"), QStringLiteral("dunning_copy")};
}

QString CompanySettings::documentName(const QString &kind)
{
    if (kind == QLatin1String("invoice_copy"))
        return Tr::tr("Fakturakopior");
    if (kind == QLatin1String("credit_note"))
        return Tr::tr("Kreditfakturor");
    if (kind == QLatin1String("annulment"))
        return Tr::tr("Annulleringsbesked");
    if (kind == QLatin1String("dunning_copy"))
        return Tr::tr("Kopior av påminnelser/kravbrev");
    return kind;
}

QString CompanySettings::linkName(const QString &kind)
{
    if (kind == account_kind::Receivable)
        return Tr::tr("Kundfordringar (rutiner utan eget konto)");
    if (kind == account_kind::Bankgiro)
        return Tr::tr("Bankgiroinbetalningar");
    if (kind == account_kind::Plusgiro)
        return Tr::tr("Plusgiroinbetalningar");
    if (kind == account_kind::WriteOff)
        return Tr::tr("Öres- och kronutjämning");
    if (kind == account_kind::Overpayment)
        return Tr::tr("Överbetalningar");
    if (kind == account_kind::Unplaced)
        return Tr::tr("Oplacerade betalningar");
    if (kind == account_kind::Credit)
        return Tr::tr("Krediteringar utan konto");
    if (kind == account_kind::CreditLoss)
        return Tr::tr("Kundförluster (avskrivning)");
    if (kind == account_kind::ReminderFeeIncome)
        return Tr::tr("Påminnelseavgifter");
    if (kind == account_kind::CollectionFeeIncome)
        return Tr::tr("Inkassoavgifter");
    if (kind == account_kind::InterestIncome)
        return Tr::tr("Dröjsmålsränta");
    return kind;
}

CompanySetup CompanySettings::load(const QString &number)
{
    ReferenceData ref(m_db);
    const auto company = ref.company(number);
    if (!company)
        throw LedgerError::notFound(Tr::tr("Företag %1 finns inte.").arg(number));
    CompanySetup s;
    s.company = *company;
    s.accountParts = AccountPlan(m_db).parts(number);

    QHash<QString, QString> receivable; // routine -> its own account
    QHash<QString, QString> companyWide; // kind -> account
    for (const AccountSettings::Entry &e : AccountSettings(m_db).stored(number)) {
        if (e.routine.isEmpty())
            companyWide.insert(e.kind, e.account);
        else if (e.kind == account_kind::Receivable)
            receivable.insert(e.routine, e.account);
    }
    QHash<QString, RoutineSetup> routineRows;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT routine, form_type, due_days, printer FROM "
                                          "company_routine WHERE company = ?"),
                           {number});
    while (q.next()) {
        RoutineSetup r;
        r.formType = q.value(1).toString();
        r.dueDays = q.value(2).isNull() ? -1 : q.value(2).toInt();
        r.printer = q.value(3).toString();
        routineRows.insert(q.value(0).toString(), r);
    }
    for (const Routine &routine : ref.routines()) {
        RoutineSetup r = routineRows.value(routine.code);
        r.routine = routine.code;
        r.routineName = routine.name;
        r.receivableAccount = receivable.value(routine.code);
        s.routines.append(r);
    }

    QHash<QString, DocumentSetup> documentRows;
    q = m_db.run(QStringLiteral("SELECT document, form_type, printer FROM company_document "
                                "WHERE company = ?"),
                 {number});
    while (q.next())
        documentRows.insert(q.value(0).toString(),
                            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    for (const QString &kind : documentKinds()) {
        DocumentSetup d = documentRows.value(kind);
        d.document = kind;
        s.documents.append(d);
    }
    for (const QString &kind : AccountSettings::kinds())
        s.links.append({kind, companyWide.value(kind)});
    return s;
}

QList<FieldProblem> CompanySettings::problems(CompanySetup &s)
{
    QList<FieldProblem> out = companyProblems(s.company, m_db.today());
    s.accountParts = AccountPlan::normalized(s.accountParts);
    const QList<FieldProblem> plan = AccountPlan::problems(s.accountParts);
    out += plan;
    checkRoutines(s, out);
    return out;
}

void CompanySettings::checkRoutines(CompanySetup &s, QList<FieldProblem> &out)
{
    // Accounts are checked against the plan being saved (a plan with
    // problems checks nothing); only new values, as AccountSettings does.
    const QList<AccountPart> plan = AccountPlan::problems(s.accountParts).isEmpty()
        ? s.accountParts
        : QList<AccountPart>();
    QHash<QString, QString> stored; // "routine/kind" -> account
    for (const AccountSettings::Entry &e : AccountSettings(m_db).stored(s.company.number))
        stored.insert(e.routine + QLatin1Char('/') + e.kind, e.account);
    auto account = [&](const QString &field, const QString &label, QString &value,
                       const QString &storedKey) {
        value = value.trimmed();
        if (value.isEmpty())
            return;
        if (!AccountSettings::isValidAccount(value))
            out.append({field, Tr::tr("%1: kontot \"%2\" ska vara 1–%3 siffror.")
                                   .arg(label, value)
                                   .arg(limits::Account)});
        else if (value != stored.value(storedKey))
            if (const auto why = AccountPlan::accountProblem(plan, value))
                out.append({field, Tr::tr("%1: %2").arg(label, *why)});
    };
    auto form = [&](const QString &field, const QString &label, QString &code) {
        code = code.trimmed().toUpper();
        if (code.isEmpty())
            return;
        if (!formTypes().contains(code))
            out.append({field, Tr::tr("%1: blankettypen \"%2\" finns inte; välj med F4 (A1–C4, EP "
                                      "för plusgiro, E1, E2, G1, G2, EB för bankgiro).")
                                   .arg(label, code)});
        // handbook 9 "Plusgironummer": left blank, no plusgiro form may be given.
        else if (isPlusgiroForm(code) && s.company.plusgiro.isEmpty())
            out.append({field, Tr::tr("%1: blankettyp %2 är en plusgiroblankett men företaget "
                                      "har inget plusgironummer.")
                                   .arg(label, code)});
        else if (!isPlusgiroForm(code) && s.company.bankgiro.isEmpty())
            out.append({field, Tr::tr("%1: blankettyp %2 är en bankgiroblankett men företaget "
                                      "har inget bankgironummer.")
                                   .arg(label, code)});
    };
    auto printer = [&](const QString &field, const QString &label, QString &name) {
        name = name.trimmed();
        if (name.size() > kMaxPrinterLength)
            out.append({field, Tr::tr("%1: skrivarnamnet är %2 tecken, högst %3.")
                                   .arg(label)
                                   .arg(name.size())
                                   .arg(kMaxPrinterLength)});
        else if (hasControl(name))
            out.append({field, Tr::tr("%1: skrivarnamnet innehåller ett styrtecken.").arg(label)});
    };

    ReferenceData ref(m_db);
    for (RoutineSetup &r : s.routines) {
        const QString key = QStringLiteral("routine.") + r.routine + QLatin1Char('.');
        const auto routine = ref.routine(r.routine);
        if (!routine) {
            out.append({key + QStringLiteral("receivable"),
                        Tr::tr("Rutin %1 finns inte.").arg(r.routine)});
            continue;
        }
        r.routineName = routine->name;
        const QString label = routineLabel(r);
        account(key + QStringLiteral("receivable"), Tr::tr("%1, fordringskonto").arg(label),
                r.receivableAccount, r.routine + QLatin1Char('/') + account_kind::Receivable);
        form(key + QStringLiteral("form_type"), label, r.formType);
        printer(key + QStringLiteral("printer"), label, r.printer);
        if (r.dueDays < -1 || r.dueDays > kMaxDueDays)
            out.append({key + QStringLiteral("due_days"),
                        Tr::tr("%1: dagar till förfallodag ska vara 0–%2.")
                            .arg(label)
                            .arg(kMaxDueDays)});
        // handbook 9: "För varje debiteringsrutin utom fasta debiteringar och
        // hyresdebitering"; interest invoices get theirs in the run (7.13).
        else if (r.dueDays >= 0 && (r.routine == QLatin1String("06")
                                    || r.routine == QLatin1String("07")))
            out.append({key + QStringLiteral("due_days"),
                        Tr::tr("%1: fasta debiteringar och hyror har förfallodagar från "
                               "debiteringen; dagar till förfallodag anges inte.")
                            .arg(label)});
        else if (r.dueDays >= 0 && !routine->interestOf.isEmpty())
            out.append({key + QStringLiteral("due_days"),
                        Tr::tr("%1: räntefakturornas förfallodag sätts vid räntefaktureringen "
                               "(7.13).")
                            .arg(label)});
    }
    for (DocumentSetup &d : s.documents) {
        const QString key = QStringLiteral("document.") + d.document + QLatin1Char('.');
        if (!documentKinds().contains(d.document)) {
            out.append({key + QStringLiteral("form_type"),
                        Tr::tr("Dokumentslaget \"%1\" finns inte.").arg(d.document)});
            continue;
        }
        const QString label = documentName(d.document);
        form(key + QStringLiteral("form_type"), label, d.formType);
        printer(key + QStringLiteral("printer"), label, d.printer);
    }
    for (BookingLink &l : s.links) {
        const QString key = QStringLiteral("link.") + l.kind;
        if (!AccountSettings::kinds().contains(l.kind)) {
            out.append({key, Tr::tr("Kontoslaget \"%1\" finns inte.").arg(l.kind)});
            continue;
        }
        account(key, linkName(l.kind), l.account, QLatin1Char('/') + l.kind);
    }
}

void CompanySettings::save(const CompanySetup &input)
{
    CompanySetup s = input;
    const QList<FieldProblem> found = problems(s);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &p : found)
            messages << p.message;
        throw LedgerError::refused(messages.join(QLatin1Char('\n')));
    }
    UnitOfWork work(m_db);
    ReferenceData(m_db).saveCompany(s.company);
    const QString company = s.company.number;
    // The plan first: the accounts below are checked against it.
    AccountPlan(m_db).save(company, s.accountParts);
    AccountSettings accounts(m_db);
    QHash<QString, QString> stored;
    for (const AccountSettings::Entry &e : accounts.stored(company))
        stored.insert(e.routine + QLatin1Char('/') + e.kind, e.account);
    for (const BookingLink &l : s.links)
        if (l.account != stored.value(QLatin1Char('/') + l.kind))
            accounts.setAccount(company, l.kind, l.account);
    for (const RoutineSetup &r : s.routines)
        if (r.receivableAccount
            != stored.value(r.routine + QLatin1Char('/') + account_kind::Receivable))
            accounts.setAccount(company, account_kind::Receivable, r.receivableAccount, r.routine);
    saveRoutines(s);
    saveDocuments(s);
    work.commit();
}

void CompanySettings::saveRoutines(const CompanySetup &s)
{
    const QString company = s.company.number;
    const CompanySetup before = load(company);
    AuditLog audit(m_db);
    for (const RoutineSetup &r : s.routines) {
        RoutineSetup old;
        for (const RoutineSetup &b : before.routines)
            if (b.routine == r.routine)
                old = b;
        const bool existed = m_db
                                 .scalar(QStringLiteral("SELECT 1 FROM company_routine WHERE "
                                                        "company = ? AND routine = ?"),
                                         {company, r.routine})
                                 .isValid();
        const QVariant days = r.dueDays < 0 ? QVariant() : QVariant(r.dueDays);
        const QVariantMap was{{QStringLiteral("form_type"), old.formType},
                              {QStringLiteral("due_days"),
                               old.dueDays < 0 ? QVariant() : QVariant(old.dueDays)},
                              {QStringLiteral("printer"), old.printer}};
        const QVariantMap now{{QStringLiteral("form_type"), r.formType},
                              {QStringLiteral("due_days"), days},
                              {QStringLiteral("printer"), r.printer}};
        const QString key = company + QLatin1Char('/') + r.routine;
        if (!existed && r.formType.isEmpty() && r.dueDays < 0 && r.printer.isEmpty())
            continue; // nothing set, nothing to store
        if (audit.recordDiff(QStringLiteral("company_routine"), key, was, now) == 0)
            continue;
        if (existed)
            m_db.run(QStringLiteral("UPDATE company_routine SET form_type = ?, due_days = ?, "
                                    "printer = ?, changed_by = ?, changed_at = ? "
                                    "WHERE company = ? AND routine = ?"),
                     {r.formType, days, r.printer, m_db.user(), m_db.nowStamp(), company,
                      r.routine});
        else
            m_db.run(QStringLiteral("INSERT INTO company_routine (company, routine, form_type, "
                                    "due_days, printer, changed_by, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {company, r.routine, r.formType, days, r.printer, m_db.user(),
                      m_db.nowStamp()});
    }
}

void CompanySettings::saveDocuments(const CompanySetup &s)
{
    const QString company = s.company.number;
    AuditLog audit(m_db);
    for (const DocumentSetup &d : s.documents) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT form_type, printer FROM company_document "
                                              "WHERE company = ? AND document = ?"),
                               {company, d.document});
        const bool existed = q.next();
        const QVariantMap was{{QStringLiteral("form_type"),
                               existed ? q.value(0).toString() : QString()},
                              {QStringLiteral("printer"),
                               existed ? q.value(1).toString() : QString()}};
        const QVariantMap now{{QStringLiteral("form_type"), d.formType},
                              {QStringLiteral("printer"), d.printer}};
        if (!existed && d.formType.isEmpty() && d.printer.isEmpty())
            continue;
        const QString key = company + QLatin1Char('/') + d.document;
        if (audit.recordDiff(QStringLiteral("company_document"), key, was, now) == 0)
            continue;
        if (existed)
            m_db.run(QStringLiteral("UPDATE company_document SET form_type = ?, printer = ?, "
                                    "changed_by = ?, changed_at = ? "
                                    "WHERE company = ? AND document = ?"),
                     {d.formType, d.printer, m_db.user(), m_db.nowStamp(), company, d.document});
        else
            m_db.run(QStringLiteral("INSERT INTO company_document (company, document, form_type, "
                                    "printer, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {company, d.document, d.formType, d.printer, m_db.user(), m_db.nowStamp()});
    }
}

std::optional<int> CompanySettings::dueDays(const QString &company, const QString &routine)
{
    const QVariant days = m_db.scalar(QStringLiteral("SELECT due_days FROM company_routine "
                                                     "WHERE company = ? AND routine = ?"),
                                      {company, routine});
    if (!days.isValid() || days.isNull())
        return std::nullopt;
    return days.toInt();
}

QDate CompanySettings::dueDateFor(const QString &company, const QString &routine,
                                  const QDate &invoiceDate)
{
    const auto days = dueDays(company, routine);
    if (!days || !invoiceDate.isValid())
        return {};
    return dueDateAfter(invoiceDate, *days);
}

QDate CompanySettings::dueDateAfter(const QDate &invoiceDate, int days)
{
    return nextBankingDay(invoiceDate.addDays(days));
}

} // namespace rsk
