#include "dunning/dunningtexts.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningTexts)
};

const QLatin1Char kNewline('\n');

QString stripTrailingSpaces(const QString &line)
{
    int end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

DunningText fromQuery(const QSqlQuery &q)
{
    DunningText t;
    t.kind = *DunningTexts::kindFromCode(q.value(0).toString());
    t.number = q.value(1).toInt();
    const QString form = q.value(2).toString();
    t.formType = form.isEmpty() ? QLatin1Char('F') : form.at(0);
    const QString lines = q.value(3).toString();
    t.lines = lines.isEmpty() ? QStringList() : lines.split(kNewline);
    return t;
}

const char *kColumns = "kind, number, form_type, lines";

} // namespace

int DunningTexts::maxLines(DunningTextKind kind)
{
    // 7.6: "vi nyttjar endast 11 rader" so that a residual demand with its
    // payment lines stays on one page.
    return kind == DunningTextKind::Residual ? 11 : 15;
}

int DunningTexts::maxWidth(DunningTextKind kind, QChar formType)
{
    switch (kind) {
    case DunningTextKind::Residual:
        return 53; // 7.6: always the invoice form
    case DunningTextKind::Threat:
        return 70; // 7.9: A4 portrait
    case DunningTextKind::Reminder:
    case DunningTextKind::Collection:
        break;
    }
    // 7.4/7.5: datapost (A5 landscape) 77, invoice form 53.
    return formType == QLatin1Char('D') ? 77 : 53;
}

QString DunningTexts::kindCode(DunningTextKind kind)
{
    switch (kind) {
    case DunningTextKind::Reminder:
        return QStringLiteral("reminder");
    case DunningTextKind::Collection:
        return QStringLiteral("collection");
    case DunningTextKind::Residual:
        return QStringLiteral("residual");
    case DunningTextKind::Threat:
        return QStringLiteral("threat");
    }
    return {};
}

QString DunningTexts::kindName(DunningTextKind kind)
{
    switch (kind) {
    case DunningTextKind::Reminder:
        return Tr::tr("Påminnelsetext");
    case DunningTextKind::Collection:
        return Tr::tr("Inkassotext");
    case DunningTextKind::Residual:
        return Tr::tr("Restkravstext");
    case DunningTextKind::Threat:
        return Tr::tr("Text hot om betalningsföreläggande");
    }
    return {};
}

std::optional<DunningTextKind> DunningTexts::kindFromCode(const QString &code)
{
    for (DunningTextKind k : {DunningTextKind::Reminder, DunningTextKind::Collection,
                              DunningTextKind::Residual, DunningTextKind::Threat})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

DunningText DunningTexts::normalized(DunningText text)
{
    if (text.kind == DunningTextKind::Residual || text.kind == DunningTextKind::Threat)
        text.formType = QLatin1Char('F');
    text.formType = text.formType.toUpper();
    for (QString &line : text.lines)
        line = stripTrailingSpaces(line);
    while (!text.lines.isEmpty() && text.lines.constLast().isEmpty())
        text.lines.removeLast();
    return text;
}

std::optional<QString> DunningTexts::problem(const DunningText &original)
{
    const QString what = Tr::tr("%1 %2").arg(kindName(original.kind)).arg(original.number);
    if (original.number < 1 || original.number > 9)
        return Tr::tr("%1: textnumret ska vara 1–9.").arg(what);
    const QChar form = original.formType.toUpper();
    if (form != QLatin1Char('F') && form != QLatin1Char('D'))
        return Tr::tr("%1: blankettypen \"%2\" ska vara F (fakturablankett) eller D (datapost).")
            .arg(what, QString(original.formType));
    const DunningText text = normalized(original);
    if (text.lines.size() > maxLines(text.kind))
        return Tr::tr("%1: texten har %2 rader, högst %3 får plats.")
            .arg(what)
            .arg(text.lines.size())
            .arg(maxLines(text.kind));
    const int width = maxWidth(text.kind, text.formType);
    for (int i = 0; i < text.lines.size(); ++i) {
        if (text.lines.at(i).size() > width)
            return Tr::tr("%1: rad %2 är %3 tecken, högst %4 får plats på %5.")
                .arg(what)
                .arg(i + 1)
                .arg(text.lines.at(i).size())
                .arg(width)
                .arg(text.formType == QLatin1Char('D') ? Tr::tr("datapost")
                                                       : Tr::tr("blanketten"));
        for (QChar c : text.lines.at(i))
            if (c.category() == QChar::Other_Control)
                return Tr::tr("%1: rad %2 innehåller ett styrtecken (t.ex. tabb).")
                    .arg(what)
                    .arg(i + 1);
    }
    return std::nullopt;
}

QList<DunningText> DunningTexts::texts(DunningTextKind kind)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_text WHERE kind = ? "
                                          "ORDER BY number")
                               .arg(QLatin1String(kColumns)),
                           {kindCode(kind)});
    QList<DunningText> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<DunningText> DunningTexts::text(DunningTextKind kind, int number)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_text WHERE kind = ? AND "
                                          "number = ?")
                               .arg(QLatin1String(kColumns)),
                           {kindCode(kind), number});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool DunningTexts::exists(DunningTextKind kind, int number)
{
    return text(kind, number).has_value();
}

void DunningTexts::save(const DunningText &original)
{
    if (const auto why = problem(original))
        throw LedgerError::refused(*why);
    const DunningText t = normalized(original);
    UnitOfWork work(m_db);
    const auto before = text(t.kind, t.number);
    const QString key = kindCode(t.kind) + QLatin1Char(':') + QString::number(t.number);
    const QString joined = t.lines.join(kNewline);
    if (before) {
        m_db.run(QStringLiteral("UPDATE dunning_text SET form_type = ?, lines = ?, changed_by = ?, "
                                "changed_at = ? WHERE kind = ? AND number = ?"),
                 {QString(t.formType), joined, m_db.user(), m_db.nowStamp(), kindCode(t.kind),
                  t.number});
        AuditLog(m_db).recordDiff(
            QStringLiteral("dunning_text"), key,
            {{QStringLiteral("form_type"), QString(before->formType)},
             {QStringLiteral("lines"), before->lines.join(kNewline)}},
            {{QStringLiteral("form_type"), QString(t.formType)},
             {QStringLiteral("lines"), joined}});
    } else {
        m_db.run(QStringLiteral("INSERT INTO dunning_text (kind, number, form_type, lines, "
                                "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {kindCode(t.kind), t.number, QString(t.formType), joined, m_db.user(),
                  m_db.nowStamp()});
        AuditLog(m_db).recordInsert(QStringLiteral("dunning_text"), key, joined);
    }
    work.commit();
}

void DunningTexts::remove(DunningTextKind kind, int number)
{
    UnitOfWork work(m_db);
    const auto before = text(kind, number);
    const QString what = Tr::tr("%1 %2").arg(kindName(kind)).arg(number);
    if (!before)
        throw LedgerError::notFound(Tr::tr("%1 finns inte.").arg(what));
    QString column;
    switch (kind) {
    case DunningTextKind::Reminder:
        column = QStringLiteral("reminder1_text = ? OR reminder2_text = ?");
        break;
    case DunningTextKind::Collection:
        column = QStringLiteral("collection_text = ? OR collection_text = ?");
        break;
    case DunningTextKind::Residual:
        column = QStringLiteral("residual_text = ? OR residual_text = ?");
        break;
    case DunningTextKind::Threat:
        break; // threats pick their text when ordered (7.16), no setting uses one
    }
    if (!column.isEmpty()) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT routine FROM dunning_settings WHERE ")
                                   + column + QStringLiteral(" ORDER BY routine"),
                               {number, number});
        QStringList routines;
        while (q.next())
            routines << q.value(0).toString();
        if (!routines.isEmpty())
            throw LedgerError::refused(
                Tr::tr("%1 används i inställningarna för rutin %2 och kan inte tas bort.")
                    .arg(what, routines.join(QStringLiteral(", "))));
    }
    m_db.run(QStringLiteral("DELETE FROM dunning_text WHERE kind = ? AND number = ?"),
             {kindCode(kind), number});
    AuditLog(m_db).recordDelete(QStringLiteral("dunning_text"),
                                kindCode(kind) + QLatin1Char(':') + QString::number(number),
                                before->lines.join(kNewline));
    work.commit();
}

} // namespace rsk

namespace rsk {

QList<DunningText> DunningTexts::defaults()
{
    const QChar D = QLatin1Char('D');
    const QChar F = QLatin1Char('F');
    QList<DunningText> out;
    // Reminders are not covered by inkassolagen (FACTS-SE §5): friendly, no
    // threat; the interest line tells the debtor what accrues.
    out.append({DunningTextKind::Reminder, 1, D,
                {Tr::tr("Vi har ännu inte fått betalt för fakturan nedan, trots att förfallodagen har"),
                 Tr::tr("passerat. Det kan vara ett förbiseende. Betala i så fall det belopp som står"),
                 Tr::tr("nedan senast på den nya förfallodagen och använd OCR-numret, så att"),
                 Tr::tr("betalningen hamnar rätt."),
                 QString(),
                 Tr::tr("Har du redan betalat kan du bortse från den här påminnelsen. Anser du att"),
                 Tr::tr("fakturan är felaktig, kontakta oss snarast på telefonnumret ovan."),
                 QString(),
                 Tr::tr("Dröjsmålsränta enligt räntelagen räknas från dagen efter förfallodagen.")}});
    out.append({DunningTextKind::Reminder, 2, D,
                {Tr::tr("Vi har tidigare påmint om fakturan nedan men har ännu inte fått betalt."),
                 Tr::tr("Betala det belopp som står nedan senast på förfallodagen och använd"),
                 Tr::tr("OCR-numret, så att betalningen hamnar rätt."),
                 QString(),
                 Tr::tr("Betalar du inte skickar vi ett inkassokrav. Det medför en inkassoavgift"),
                 Tr::tr("och dröjsmålsränta enligt räntelagen."),
                 QString(),
                 Tr::tr("Har du redan betalat kan du bortse från den här påminnelsen. Anser du att"),
                 Tr::tr("fakturan är felaktig, kontakta oss snarast på telefonnumret ovan.")}});
    // An inkassokrav must say (FACTS-SE §5, IMY): who the creditor is, what
    // the claim is based on, capital/interest (and how it is computed)/costs
    // separately, the time to pay or dispute (at least 8 days), and what
    // happens otherwise. The letter prints the sender and the specification;
    // the text points at them and states the rest.
    out.append({DunningTextKind::Collection, 1, D,
                {Tr::tr("Fordringsägare är avsändaren ovan. Kravet grundar sig på den obetalda"),
                 Tr::tr("fakturan nedan (fakturanummer, fakturadatum och vad fakturan avser)."),
                 Tr::tr("Kapitalbelopp, dröjsmålsränta och avgifter anges var för sig nedan."),
                 Tr::tr("Dröjsmålsräntan är beräknad enligt räntelagen 6 § på kapitalbeloppet;"),
                 Tr::tr("period, antal dagar och räntesats för beräkningen anges i specifikationen."),
                 QString(),
                 Tr::tr("Betala hela beloppet senast på förfallodagen nedan, som är minst åtta dagar"),
                 Tr::tr("från detta kravs datum. Anser du att kravet är felaktigt ska du inom samma"),
                 Tr::tr("tid bestrida det skriftligen och ange skälen, så att vi kan pröva saken."),
                 QString(),
                 Tr::tr("Om du varken betalar eller bestrider kravet inom denna tid kommer vi utan"),
                 Tr::tr("ytterligare varsel att ansöka om betalningsföreläggande hos Kronofogden."),
                 Tr::tr("Det medför ytterligare kostnader för dig och kan leda till en"),
                 Tr::tr("betalningsanmärkning.")}});
    out.append({DunningTextKind::Residual, 1, F,
                {Tr::tr("Vi har tidigare skickat inkassokrav på fordran"),
                 Tr::tr("nedan. Inbetalningar som gjorts sedan dess är"),
                 Tr::tr("avräknade, men ett belopp återstår att betala."),
                 QString(),
                 Tr::tr("Betala det återstående beloppet senast på"),
                 Tr::tr("förfallodagen. Annars ansöker vi utan ytterligare"),
                 Tr::tr("varsel om betalningsföreläggande hos Kronofogden."),
                 QString(),
                 Tr::tr("Har du frågor, kontakta handläggaren ovan.")}});
    out.append({DunningTextKind::Threat, 1, F,
                {Tr::tr("Trots påminnelse och inkassokrav har fordran nedan inte betalats."),
                 QString(),
                 Tr::tr("Är hela beloppet inte betalt senast på förfallodagen nedan ansöker vi"),
                 Tr::tr("utan ytterligare varsel om betalningsföreläggande hos Kronofogden."),
                 Tr::tr("Ett utslag kan leda till utmätning och till en betalningsanmärkning,"),
                 Tr::tr("och du får då även betala våra kostnader för ansökan."),
                 QString(),
                 Tr::tr("Anser du att kravet är felaktigt, kontakta oss före förfallodagen.")}});
    return out;
}

} // namespace rsk
