#include "dunningletterdocument.h"

#include "paged.h"
#include "paymentslip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <memory>
#include <vector>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningLetterDocument)
};

using paged::isoDate;
using paged::isSweden;
using paged::postalLine;
using Font = paged::MmFont; // measured in millimetres on the target device
using Pen = paged::MmPen;   // draws in millimetres from the paper's top left; one per page

constexpr qreal kSlipHeight = PaymentSlipPainter::Height;

// Where things stand on one form, in millimetres from the paper's top left.
struct Form
{
    bool a4;
    qreal width, height;            // the paper
    qreal left, right, top, bottom; // content from left to right; nothing below bottom
    qreal sansPt, monoPt, headingPt;
    qreal pitch, monoPitch;         // a line of sans text, a line of the step's text
    qreal addressX;                 // heading, facts and the window address stand here
    qreal factsY, addressY, bodyTop;
    qreal colDays, colRate, colBase; // right edges of the interest breakdown, from left
    qreal infoRight;                 // amounts that are shown but not summed

    qreal slipTop() const { return bottom - kSlipHeight; }
    qreal contentWidth() const { return right - left; }
    QPageLayout pageLayout() const
    {
        return QPageLayout(QPageSize(a4 ? QPageSize::A4 : QPageSize::A5),
                           a4 ? QPageLayout::Portrait : QPageLayout::Landscape, QMarginsF(),
                           QPageLayout::Millimeter);
    }
};

// 'F': the A4 invoice form (window address for a C5/E65 envelope); 'D'
// ("datapost"): A5 landscape, smaller type so that 77 characters fit.
const Form kA4Form{true, 210, 297, 20, 190, 15, 289, 9, 10, 16, 4.3, 4.6,
                   110, 24, 48, 84, 64, 80, 114, 155};
const Form kA5Form{false, 210, 148, 12, 198, 9, 141, 8.5, 8.5, 14, 3.8, 3.7,
                   112, 18, 36, 64, 66, 86, 118, 162};

const Form &formFor(QChar formType)
{
    return formType.toUpper() == QLatin1Char('F') ? kA4Form : kA5Form;
}

// The fonts of one form on one device.
struct Style
{
    Style(const Form &f, QPaintDevice *device)
        : form(f),
          k(device->logicalDpiX() / 25.4),
          sans(sansFamily(), f.sansPt, false, device, k),
          bold(sansFamily(), f.sansPt, true, device, k),
          label(sansFamily(), f.sansPt - 1.5, false, device, k),
          address(sansFamily(), f.sansPt + 1, false, device, k),
          senderName(sansFamily(), f.sansPt + 2.5, true, device, k),
          heading(sansFamily(), f.headingPt, true, device, k),
          copyMark(sansFamily(), f.headingPt - 2, true, device, k),
          mono(QStringLiteral("DejaVu Sans Mono"), f.monoPt, false, device, k),
          slip(device)
    {
    }
    static QString sansFamily() { return QStringLiteral("DejaVu Sans"); }

    Form form;
    qreal k; // device pixels per millimetre
    Font sans, bold, label, address, senderName, heading, copyMark, mono;
    PaymentSlipPainter slip; // render/paymentslip.h, shared with the interest invoices
};

// Word-wrapped to `width` mm; a word longer than a line is broken.
QStringList wrapWords(const Font &font, const QString &text, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (font.width(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        while (line.size() > 1 && font.width(line) > width) {
            int n = line.size() - 1;
            while (n > 1 && font.width(line.left(n)) > width)
                --n;
            lines << line.left(n);
            line = line.mid(n);
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// One line (or block) of a letter's flowing part.
struct Row
{
    qreal height = 0;
    bool gap = false;          // space only: dropped at the top of a page
    bool keepWithNext = false; // a heading stays with what it heads
    std::function<void(Pen &, qreal top)> paint;
};

// One letter laid out on its form: the header on its first page, the text
// and specification flowing over as many pages as they need, and the slip at
// the foot of the last page (on a page of its own when it does not fit).
class LetterLayout
{
public:
    LetterLayout(const DunningLetter &letter, const Style &style) : m_l(letter), m_s(style)
    {
        buildRows();
        paginate();
    }
    int pages() const { return m_pages; }
    void paint(Pen &pen, int page) const;

private:
    const Form &form() const { return m_s.form; }
    void add(qreal height, std::function<void(Pen &, qreal)> paint, bool keepWithNext = false)
    {
        m_rows.push_back(Row{height, false, keepWithNext, std::move(paint)});
    }
    void gap(qreal height) { m_rows.push_back(Row{height, true, false, {}}); }
    void addLabel(const QString &text, bool keepWithNext = true);
    // A labelled amount, in the summed column or (info) the column left of it.
    void addAmount(const QString &label, Money amount, bool info, qreal indent = 0);
    void buildRows();
    void buildSpecification();
    void paginate();
    void paintHeader(Pen &pen) const;
    void paintContinuation(Pen &pen, int page) const;
    void paintSlip(Pen &pen) const;
    QStringList senderLines() const;
    QStringList debtorLines() const;
    qreal contentTop(int page) const { return page == 0 ? form().bodyTop : form().top + 10; }

    const DunningLetter &m_l;
    const Style &m_s;
    std::vector<Row> m_rows;
    std::vector<std::pair<int, qreal>> m_place; // page and top of each row; page -1: dropped
    int m_pages = 1;
};

void LetterLayout::addLabel(const QString &text, bool keepWithNext)
{
    add(form().pitch, [this, text](Pen &pen, qreal top) {
        pen.text(m_s.bold, form().left, m_s.bold.baseline(top, form().pitch), text);
    }, keepWithNext);
}

void LetterLayout::addAmount(const QString &label, Money amount, bool info, qreal indent)
{
    add(form().pitch, [this, label, amount, info, indent](Pen &pen, qreal top) {
        const Form &f = form();
        const qreal base = m_s.sans.baseline(top, f.pitch);
        pen.text(m_s.sans, f.left + indent, base, label);
        pen.textRight(m_s.sans, info ? f.infoRight : f.right, base, amount.toString());
    });
}

void LetterLayout::buildRows()
{
    const Form &f = form();
    // The step's text in monospace, so the form's line limits (77 or 53
    // characters) line up; a line longer than the paper allows is broken,
    // never cut off.
    QStringList text = m_l.textLines;
    while (!text.isEmpty() && text.last().trimmed().isEmpty())
        text.removeLast();
    const int perLine = qMax(1, int(f.contentWidth() / m_s.mono.width(QStringLiteral("0"))));
    for (const QString &line : std::as_const(text)) {
        QString rest = line;
        while (rest.endsWith(QLatin1Char(' ')))
            rest.chop(1);
        do {
            const QString piece = rest.left(perLine);
            rest = rest.mid(perLine);
            add(f.monoPitch, [this, piece](Pen &pen, qreal top) {
                pen.text(m_s.mono, form().left, m_s.mono.baseline(top, form().monoPitch), piece);
            });
        } while (!rest.isEmpty());
    }
    if (!text.isEmpty())
        gap(f.pitch);
    buildSpecification();
}

void LetterLayout::buildSpecification()
{
    const Form &f = form();
    addLabel(Tr::tr("Specifikation"));
    // The claim: invoice, dates and what it is for (FACTS-SE 5: "what the
    // claim is based on").
    const qreal w = f.contentWidth();
    const QList<qreal> cols{0, w * 0.18, w * 0.34, w * 0.5};
    const QStringList avser = wrapWords(m_s.sans, m_l.description, w - cols.at(3));
    const qreal labelHeight = f.pitch * 0.8;
    add(labelHeight + f.pitch * qMax(1, int(avser.size())), [this, cols, avser, labelHeight](Pen &pen, qreal top) {
        const Form &f = form();
        const QStringList labels{Tr::tr("Fakturanummer"), Tr::tr("Fakturadatum"),
                                 Tr::tr("Förfallodag"), Tr::tr("Avser")};
        const QStringList values{m_l.invoiceNumber, isoDate(m_l.invoiceDate),
                                 isoDate(m_l.originalDueDate)};
        for (int i = 0; i < labels.size(); ++i)
            pen.text(m_s.label, f.left + cols.at(i), m_s.label.baseline(top, labelHeight),
                     labels.at(i));
        const qreal base = m_s.sans.baseline(top + labelHeight, f.pitch);
        for (int i = 0; i < values.size(); ++i)
            pen.text(m_s.sans, f.left + cols.at(i), base, values.at(i));
        for (int i = 0; i < avser.size(); ++i)
            pen.text(m_s.sans, f.left + cols.at(3), base + i * f.pitch, avser.at(i));
    });
    m_rows.back().keepWithNext = true;
    gap(f.pitch * 0.5);
    m_rows.back().keepWithNext = true;

    // Capital, fees and interest each on a line of their own (FACTS-SE 5);
    // the right column adds up to "Att betala", the one left of it informs.
    const bool reminder = m_l.step == DunningStep::Reminder1 || m_l.step == DunningStep::Reminder2;
    const bool feeDebited = !m_l.letterFee.isZero() && m_l.letterFeeDebited;
    const qreal indent = 4;
    addAmount(Tr::tr("Fakturans kapitalbelopp"), m_l.capital, true);
    m_rows.back().keepWithNext = true; // the claim's head stays together
    addAmount(Tr::tr("Kvar att betala av kapitalet"), m_l.capitalOpen, false);
    if (!m_l.reminderFees.isZero() || (feeDebited && reminder)) {
        addAmount(Tr::tr("Påminnelseavgifter"), m_l.reminderFees, false);
        if (feeDebited && reminder)
            addAmount(Tr::tr("varav avgift för detta brev"), m_l.letterFee, true, indent);
    }
    if (!m_l.collectionFees.isZero() || (feeDebited && !reminder)) {
        addAmount(Tr::tr("Inkassoavgifter"), m_l.collectionFees, false);
        if (feeDebited && !reminder)
            addAmount(Tr::tr("varav avgift för detta brev"), m_l.letterFee, true, indent);
    }
    if (!m_l.interestDebited.isZero())
        addAmount(Tr::tr("Debiterad dröjsmålsränta"), m_l.interestDebited, false);
    if (!m_l.letterFee.isZero() && !m_l.letterFeeDebited)
        addAmount(Tr::tr("Avgift för detta brev (ej uppdebiterad)"), m_l.letterFee, false);

    // Interest and how it was computed: period, days, rate, base.
    if (m_l.printInterest || !m_l.interestLines.isEmpty()) {
        gap(f.pitch * 0.5);
        if (m_l.printInterest) {
            addAmount(Tr::tr("Upplupen dröjsmålsränta t.o.m. %1, ej debiterad")
                          .arg(isoDate(m_l.letterDate)),
                      m_l.accruedInterest, true);
            m_rows.back().keepWithNext = !m_l.interestLines.isEmpty();
        } else {
            addLabel(Tr::tr("Ränteberäkning"));
        }
        for (const LetterInterestLine &i : m_l.interestLines) {
            add(f.pitch, [this, i, indent](Pen &pen, qreal top) {
                const Form &f = form();
                const Font &s = m_s.sans;
                const qreal base = s.baseline(top, f.pitch);
                pen.text(s, f.left + indent, base,
                         Tr::tr("%1 – %2").arg(isoDate(i.from), isoDate(i.to)));
                pen.textRight(s, f.left + f.colDays, base, Tr::tr("%n dagar", nullptr, i.days));
                pen.textRight(s, f.left + f.colRate, base,
                              Tr::tr("%1 %").arg(formatRateHundredths(i.rateHundredths)));
                pen.textRight(s, f.left + f.colBase, base,
                              Tr::tr("på %1").arg(i.base.toString()));
                pen.textRight(s, f.infoRight, base, Tr::tr("= %1").arg(i.interest.toString()));
            });
        }
    }

    // A residual demand: what was paid since the collection demand.
    if (!m_l.paymentsSince.isEmpty()) {
        gap(f.pitch * 0.5);
        addLabel(Tr::tr("Inbetalningar sedan inkassokravet, avräknade ovan"));
        Money paid;
        for (const LetterPayment &p : m_l.paymentsSince) {
            paid += p.amount;
            add(f.pitch, [this, p, indent](Pen &pen, qreal top) {
                const Form &f = form();
                const qreal base = m_s.sans.baseline(top, f.pitch);
                pen.text(m_s.sans, f.left + indent, base, isoDate(p.date));
                pen.text(m_s.sans, f.left + indent + 24, base, p.text);
                pen.textRight(m_s.sans, f.infoRight, base, p.amount.toString());
            });
        }
        addAmount(Tr::tr("Summa avräknade inbetalningar"), paid, true);
    }

    // What to pay and by when, kept together.
    gap(f.pitch * 0.3);
    add(f.pitch * 2.6, [this](Pen &pen, qreal top) {
        const Form &f = form();
        pen.line(f.infoRight + 4, top + 0.3, f.right, top + 0.3, 0.25);
        const qreal first = m_s.bold.baseline(top + 0.6, f.pitch * 1.1);
        pen.text(m_s.bold, f.left, first, Tr::tr("Att betala"));
        pen.textRight(m_s.bold, f.right, first, m_l.totalToPay.toString());
        const qreal second = first + f.pitch * 1.2;
        pen.text(m_s.bold, f.left, second, Tr::tr("Betala senast"));
        pen.textRight(m_s.bold, f.right, second, isoDate(m_l.payBy));
    });
}

void LetterLayout::paginate()
{
    const Form &f = form();
    int page = 0;
    qreal y = contentTop(0);
    m_place.assign(m_rows.size(), {-1, 0});
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const bool atTop = y <= contentTop(page) + 0.01;
        if (row.gap && atTop)
            continue;
        // A run of rows kept with the next moves to a new page as a whole.
        qreal need = row.height;
        for (size_t j = i; m_rows[j].keepWithNext && j + 1 < m_rows.size(); ++j)
            need += m_rows[j + 1].height;
        if (y + need > f.bottom && !atTop) {
            ++page;
            y = contentTop(page);
            if (row.gap)
                continue;
        }
        m_place[i] = {page, y};
        y += row.height;
    }
    // The slip stands at the foot of the last page, below a cut line.
    if (y + 3 > f.slipTop())
        ++page;
    m_pages = page + 1;
}

QStringList LetterLayout::senderLines() const
{
    const Company &c = m_l.sender;
    QStringList lines{c.name2, c.address, postalLine(c.postalCode, c.city)};
    if (!c.orgNr.isEmpty())
        lines << Tr::tr("Org.nr %1").arg(c.orgNr);
    if (!c.phone.isEmpty())
        lines << Tr::tr("Telefon %1").arg(c.phone);
    if (!m_l.bankgiro.isEmpty())
        lines << Tr::tr("Bankgiro %1").arg(m_l.bankgiro);
    else if (!m_l.plusgiro.isEmpty())
        lines << Tr::tr("Plusgiro %1").arg(m_l.plusgiro);
    if (!m_l.handler.trimmed().isEmpty())
        lines << Tr::tr("Handläggare: %1").arg(m_l.handler.trimmed());
    lines.removeAll(QString());
    return lines;
}

QStringList LetterLayout::debtorLines() const
{
    QStringList lines{m_l.debtorName.trimmed(), m_l.debtorName2.trimmed()};
    // DOMAIN.md "People and trust": a protected identity's address is never
    // printed, whatever the letter carries.
    if (m_l.addressWithheld) {
        lines << Tr::tr("Adress skyddad – hanteras manuellt");
    } else {
        if (!m_l.co.trimmed().isEmpty())
            lines << Tr::tr("c/o %1").arg(m_l.co.trimmed());
        lines << m_l.address.trimmed() << postalLine(m_l.postalCode, m_l.city);
        if (!isSweden(m_l.country))
            lines << m_l.country.trimmed().toUpper();
    }
    lines.removeAll(QString());
    return lines;
}

void LetterLayout::paintHeader(Pen &pen) const
{
    const Form &f = form();
    // Sender, top left.
    pen.text(m_s.senderName, f.left, f.top + m_s.senderName.ascent(), m_l.sender.name);
    qreal y = f.top + m_s.senderName.ascent() + m_s.senderName.descent() + 0.5;
    for (const QString &line : senderLines()) {
        pen.text(m_s.sans, f.left, m_s.sans.baseline(y, f.pitch), line);
        y += f.pitch;
    }
    // KOPIA framed at the right edge, the heading left of it (smaller when
    // a long one would not fit: "RESTKRAV/ERINRAN" beside KOPIA on A4).
    qreal headingRoom = f.right - f.addressX;
    if (m_l.copy) {
        const QString mark = Tr::tr("KOPIA");
        const qreal w = m_s.copyMark.width(mark) + 4;
        const qreal h = m_s.copyMark.ascent() + m_s.copyMark.descent() + 1.5;
        pen.rect(f.right - w, f.top, w, h, 0.5);
        pen.text(m_s.copyMark, f.right - w + 2, m_s.copyMark.baseline(f.top, h), mark);
        headingRoom -= w + 3;
    }
    const Font *heading = &m_s.heading;
    for (const Font *smaller : {&m_s.copyMark, &m_s.senderName, &m_s.bold}) {
        if (heading->width(m_l.heading) <= headingRoom)
            break;
        heading = smaller;
    }
    pen.text(*heading, f.addressX, f.top + m_s.heading.ascent(), m_l.heading);
    // The letter's facts under the heading.
    const QList<QPair<QString, QString>> facts{{Tr::tr("Datum"), isoDate(m_l.letterDate)},
                                               {Tr::tr("Kundnummer"), m_l.customerNumber},
                                               {Tr::tr("Fakturanummer"), m_l.invoiceNumber}};
    y = f.factsY;
    for (const auto &fact : facts) {
        const qreal base = m_s.sans.baseline(y, f.pitch);
        pen.text(m_s.label, f.addressX, base, fact.first);
        pen.text(m_s.sans, f.addressX + 26, base, fact.second);
        y += f.pitch;
    }
    if (m_pages > 1)
        pen.textRight(m_s.sans, f.right, m_s.sans.baseline(f.factsY, f.pitch),
                      Tr::tr("Sida %1 (%2)").arg(1).arg(m_pages));
    // The debtor where the envelope's window shows it.
    y = f.addressY;
    const qreal pitch = f.pitch + 0.4;
    for (const QString &line : debtorLines()) {
        pen.text(m_s.address, f.addressX, m_s.address.baseline(y, pitch), line);
        y += pitch;
    }
}

void LetterLayout::paintContinuation(Pen &pen, int page) const
{
    const Form &f = form();
    const qreal base = m_s.bold.baseline(f.top, f.pitch);
    pen.text(m_s.bold, f.left, base, m_l.sender.name);
    QStringList parts;
    if (m_l.copy)
        parts << Tr::tr("KOPIA");
    parts << m_l.heading << Tr::tr("Kundnummer %1").arg(m_l.customerNumber)
          << Tr::tr("Faktura %1").arg(m_l.invoiceNumber)
          << Tr::tr("Sida %1 (%2)").arg(page + 1).arg(m_pages);
    pen.textRight(m_s.sans, f.right, base, parts.join(QLatin1String("   ")));
    pen.line(f.left, f.top + f.pitch + 1, f.right, f.top + f.pitch + 1, 0.2);
}

void LetterLayout::paintSlip(Pen &pen) const
{
    const Form &f = form();
    PaymentSlip slip;
    slip.payee = m_l.sender.name;
    slip.bankgiro = m_l.bankgiro;
    slip.plusgiro = m_l.plusgiro;
    slip.ocr = m_l.ocr;
    slip.amount = m_l.totalToPay;
    slip.payBy = m_l.payBy;
    slip.payerName = m_l.debtorName;
    slip.payerName2 = m_l.debtorName2;
    slip.invoiceNumber = m_l.invoiceNumber;
    slip.customerNumber = m_l.customerNumber;
    slip.copy = m_l.copy;
    m_s.slip.paint(pen.painter(), f.left, f.right, f.slipTop(), f.width, slip);
}

void LetterLayout::paint(Pen &pen, int page) const
{
    if (page == 0)
        paintHeader(pen);
    else
        paintContinuation(pen, page);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_place[i].first == page && m_rows[i].paint)
            m_rows[i].paint(pen, m_place[i].second);
    }
    if (page == m_pages - 1)
        paintSlip(pen);
}

// The two forms' styles on one device, made when first needed.
class Styles
{
public:
    explicit Styles(QPaintDevice *device) : m_device(device) {}
    const Style &of(const DunningLetter &letter)
    {
        const Form &f = formFor(letter.formType);
        std::unique_ptr<Style> &s = f.a4 ? m_a4 : m_a5;
        if (!s)
            s = std::make_unique<Style>(f, m_device);
        return *s;
    }

private:
    QPaintDevice *m_device;
    std::unique_ptr<Style> m_a4;
    std::unique_ptr<Style> m_a5;
};

// Pages laid out the way writePdf() lays them out.
QList<int> pagesPerLetter(const QList<DunningLetter> &letters)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(paged::PdfResolution);
    Styles styles(&writer);
    QList<int> pages;
    pages.reserve(letters.size());
    for (const DunningLetter &l : letters)
        pages << LetterLayout(l, styles.of(l)).pages();
    return pages;
}

} // namespace

void DunningLetterDocument::print(QPagedPaintDevice *device) const
{
    if (m_letters.isEmpty())
        return;
    Styles styles(device);
    paged::setPaper(device, formFor(m_letters.first().formType).pageLayout());
    QPainter painter(device);
    bool first = true;
    for (const DunningLetter &letter : m_letters) {
        const Style &style = styles.of(letter);
        const LetterLayout layout(letter, style);
        for (int page = 0; page < layout.pages(); ++page) {
            if (!first) {
                // The next page takes this letter's form (QPdfWriter and
                // QPrinter apply a layout set just before newPage()).
                paged::setPaper(device, style.form.pageLayout());
                device->newPage();
            }
            first = false;
            paged::toPaperOrigin(painter, device);
            Pen pen(&painter, style.k);
            layout.paint(pen, page);
        }
    }
}

bool DunningLetterDocument::writePdf(const QString &path, QString *error) const
{
    if (m_letters.isEmpty()) {
        if (error)
            *error = Tr::tr("Inga brev att skriva ut till %1.").arg(path);
        return false;
    }
    return paged::writePdf(
        path, Tr::tr("Påminnelser och krav %1").arg(isoDate(m_letters.first().letterDate)),
        [this](QPagedPaintDevice *device) { print(device); }, Tr::tr("Kan inte skriva %1: %2"),
        error);
}

int DunningLetterDocument::pageCount() const
{
    int total = 0;
    for (int pages : pagesPerLetter(m_letters))
        total += pages;
    return total;
}

int DunningLetterDocument::pageCount(int letterIndex) const
{
    if (letterIndex < 0 || letterIndex >= m_letters.size())
        return 0;
    return pagesPerLetter({m_letters.at(letterIndex)}).first();
}

} // namespace rsk
