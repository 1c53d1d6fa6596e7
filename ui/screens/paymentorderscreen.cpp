#include "screens/paymentorderscreen.h"

#include "dates/dateparse.h"
#include "dunning/paymentorderxml.h"
#include "paymentorderdocument.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rsk::ui {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void showPreview(const PaymentOrder &order, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("paymentOrderPreview"));
    preview.setWindowTitle(title);
    const PaymentOrderDocument document(order);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter *p) { document.print(p); });
    preview.exec();
}

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    label->setWordWrap(true);
    return label;
}

} // namespace

PaymentOrderScreen::PaymentOrderScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_previewer([this](const PaymentOrder &o) {
          showPreview(o, tr("Betalningsföreläggande – förhandsgranskning"), this);
      }),
      m_printer([this](const PaymentOrder &o) {
          showPreview(o, tr("Betalningsföreläggande nr %1").arg(o.id), this);
      }),
      m_company(context.session.companyNumber())
{
    declareCommands(commands());
    const QList<QPair<const char *, std::function<void()>>> bindings{
        {kComputeCommand, [this] { compute(); }},
        {kPreviewCommand, [this] { preview(); }},
        {kNextTabCommand, [this] { goToTab((m_tabs->currentIndex() + 1) % m_tabs->count()); }},
        {kClaims1Command, [this] { goToTab(Claims1Tab); }},
        {kClaims2Command, [this] { goToTab(Claims2Tab); }},
        {kCostsCommand, [this] { goToTab(CostsTab); }},
        {kApplicantCommand, [this] { goToTab(ApplicantTab); }},
        {kPrintCommand, [this] { printApplication(); }},
        {kSaveApplicantCommand, [this] { saveApplicant(); }},
        {kExportCommand, [this] { exportXml(); }},
    };
    for (const auto &b : bindings)
        connect(commands().bind(QLatin1String(b.first), this), &QAction::triggered, this, b.second);

    auto *top = new QGridLayout;
    m_companyLabel = new QLabel(QStringLiteral("%1 %2").arg(m_company, session().companyName()), this);
    m_companyLabel->setObjectName(QStringLiteral("companyLabel"));
    m_date = edit("dateEdit", 10, this, 10);
    m_date->setPlaceholderText(tr("ÅÅMMDD"));
    m_idNumber = edit("idNumberEdit", 13, this, 17);
    m_idNumber->setPlaceholderText(tr("tomt = från fakturorna"));
    m_idError = errorLabel("idNumberError", this);
    m_debtor = new QLabel(this);
    m_debtor->setObjectName(QStringLiteral("debtorLabel"));
    top->addWidget(new QLabel(tr("Företag (sökande):"), this), 0, 0);
    top->addWidget(m_companyLabel, 0, 1, 1, 2);
    top->addWidget(new QLabel(tr("Ansökningsdatum:"), this), 1, 0);
    top->addWidget(m_date, 1, 1);
    top->addWidget(new QLabel(tr("Personnummer:"), this), 2, 0);
    top->addWidget(m_idNumber, 2, 1);
    top->addWidget(m_idError, 2, 2);
    top->addWidget(m_debtor, 3, 1, 1, 2);
    top->setColumnStretch(2, 1);
    connect(m_idNumber, &QLineEdit::editingFinished, this, &PaymentOrderScreen::checkIdNumber);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createClaimsTab(0), tr("Fakturor 1 (F11)"));
    m_tabs->addTab(createClaimsTab(payment_order::ClaimsPerTab), tr("Fakturor 2 (F12)"));
    m_tabs->addTab(createCostsTab(), tr("Kostnader (F13)"));
    m_tabs->addTab(createPrintTab(), tr("Utskrift"));
    m_tabs->addTab(createApplicantTab(), tr("Sökandeuppgifter (F18)"));

    m_problems = errorLabel("problemsLabel", this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Enter/F8 räknar och kontrollerar (ändrar ingenting), F9 "
                               "förhandsgranskar, F16 skriver ut: stämplar fakturorna och sparar "
                               "ansökan. Ctrl+E sparar den utskrivna ansökan som XML."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_problems);
    contentLayout()->addWidget(m_result);
    contentLayout()->addWidget(hint);

    m_interest->setText(QStringLiteral("1"));
    for (const ClaimRow &r : m_rows)
        r.company->setPlaceholderText(m_company);
    if (!m_ledger) {
        m_result->setText(tr("Ingen reskontra är öppen."));
        m_tabs->setEnabled(false);
    } else {
        const PaymentOrderApplication fresh = PaymentOrderService(*m_ledger).newApplication(m_company);
        m_date->setText(iso(fresh.applicationDate));
        showApplicant(fresh.applicant);
        connect(&session(), &Session::companyChanged, this,
                [this](const QString &number, const QString &name) {
                    m_company = number;
                    m_companyLabel->setText(QStringLiteral("%1 %2").arg(number, name));
                    for (const ClaimRow &r : m_rows)
                        r.company->setPlaceholderText(number);
                    showApplicant(PaymentOrderService(*m_ledger).newApplication(number).applicant);
                });
    }
    setModified(false);
    setFocusProxy(m_idNumber);
    m_idNumber->setFocus();
}

void PaymentOrderScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    // Handbook 7.17: F11/F12/F13 go to the tabs, Utskrift/F16, Sökande uppgifter/F18.
    commands.declare({QLatin1String(kComputeCommand), id, QKeySequence(Qt::Key_F8), tr("Räkna")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Förhandsgranska")});
    commands.declare({QLatin1String(kNextTabCommand), id, QKeySequence(Qt::Key_F10),
                      tr("Nästa flik")});
    commands.declare({QLatin1String(kClaims1Command), id, QKeySequence(Qt::Key_F11),
                      tr("Fakturor 1")});
    commands.declare({QLatin1String(kClaims2Command), id, QKeySequence(Qt::Key_F12),
                      tr("Fakturor 2")});
    commands.declare({QLatin1String(kCostsCommand), id, QKeySequence(Qt::Key_F13),
                      tr("Kostnader")});
    commands.declare({QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut")});
    commands.declare({QLatin1String(kApplicantCommand), id, QKeySequence(Qt::Key_F18),
                      tr("Sökandeuppgifter")});
    commands.declare({QLatin1String(kSaveApplicantCommand), id,
                      QKeySequence(Qt::CTRL | Qt::Key_S), tr("Spara sökandeuppgifter")});
    commands.declare({QLatin1String(kExportCommand), id, QKeySequence(Qt::CTRL | Qt::Key_E),
                      tr("XML")});
}

QString PaymentOrderScreen::suggestedName(qint64 id, const QDate &date, const QString &suffix)
{
    return QStringLiteral("betalningsforelaggande-%1-%2.%3").arg(id).arg(iso(date), suffix);
}

int PaymentOrderScreen::currentTab() const
{
    return m_tabs->currentIndex();
}

QString PaymentOrderScreen::problemText() const
{
    return m_problems->text();
}

QString PaymentOrderScreen::resultText() const
{
    return m_result->text();
}

void PaymentOrderScreen::goToTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    // The first field of the tab, in reading order.
    QWidget *first = tab == Claims1Tab    ? static_cast<QWidget *>(m_interest)
                     : tab == Claims2Tab  ? m_rows.at(payment_order::ClaimsPerTab).company
                     : tab == CostsTab    ? m_costs.value(QStringLiteral("applicationFee"))
                     : tab == PrintTab    ? static_cast<QWidget *>(m_assistance)
                                          : m_applicantLines.first();
    first->setFocus();
}

// Handbook 7.17: "Om personnummer fylls i, sker kontroll av checksiffran."
void PaymentOrderScreen::checkIdNumber()
{
    const QDate today = m_ledger ? m_ledger->today() : QDate::currentDate();
    const auto problem = PaymentOrderService::idNumberProblem(m_idNumber->text(), today);
    m_idError->setText(problem.value_or(QString()));
}

QList<PaymentOrderProblem> PaymentOrderScreen::compute()
{
    clearProblems();
    m_result->clear();
    if (!m_ledger)
        return {};
    QList<PaymentOrderProblem> problems;
    QString why;
    const bool dateRead = parseDate(m_date->text(), m_ledger->today(), &why).has_value();
    if (!dateRead)
        problems.append({QStringLiteral("applicationDate"), 0, tr("Ansökningsdatum: %1").arg(why)});
    PaymentOrder order;
    QList<PaymentOrderProblem> found;
    try {
        order = PaymentOrderService(*m_ledger).compute(application(), &found);
    } catch (const LedgerError &e) {
        found.append({QString(), 0, e.message()});
    }
    for (const PaymentOrderProblem &p : found)
        if (dateRead || p.field != QLatin1String("applicationDate"))
            problems.append(p);
    showComputed(order);
    showProblems(problems);
    return problems;
}

void PaymentOrderScreen::showComputed(const PaymentOrder &o)
{
    for (const ClaimRow &r : m_rows) {
        r.due->clear();
        r.capital->clear();
        r.interest->clear();
        r.interest->setToolTip(QString());
        r.concerns->setPlaceholderText(QString());
        r.company->setPlaceholderText(m_company); // blank = the session's company
    }
    for (const PaymentOrderClaim &c : o.claims) {
        const ClaimRow &r = m_rows.at(c.row - 1);
        r.due->setText(iso(c.dueDate));
        r.capital->setText(c.capital.toString());
        r.interest->setText(c.interestFrom.isValid() ? c.interest.toString() : tr("ingen"));
        r.interest->setToolTip(c.interestFrom.isValid()
                                   ? tr("Från %1, %2").arg(iso(c.interestFrom), c.rateText)
                                   : c.interestNote);
        if (r.concerns->text().trimmed().isEmpty())
            r.concerns->setPlaceholderText(c.concerns);
    }
    m_debtor->setText(o.debtor.name.isEmpty()
                          ? QString()
                          : tr("Gäldenär: %1 %2").arg(o.debtor.idDisplay, o.debtor.name));
    const PaymentOrderCosts &k = o.application.costs;
    m_costSums->setText(tr("Kostnader i målet: %1 kr. Inkassokostnader: %2 kr. Summa kostnader: "
                           "%3 kr.")
                            .arg(k.caseTotal().toString(), k.collectionTotal().toString(),
                                 k.total().toString()));
    QStringList lines;
    if (!o.claims.isEmpty()) {
        lines << tr("Ansökningsdatum %1, %n fordringar.", nullptr, int(o.claims.size()))
                     .arg(iso(o.application.applicationDate));
        lines << tr("Ränta: %1").arg(o.interestText());
        lines << tr("Kapital: %1 kr").arg(o.capitalTotal().toString());
        lines << tr("Upplupen ränta t.o.m. ansökningsdagen: %1 kr").arg(o.interestTotal().toString());
        lines << tr("Kostnader i målet: %1 kr").arg(k.caseTotal().toString());
        lines << tr("Inkassokostnader: %1 kr").arg(k.collectionTotal().toString());
        lines << tr("Summa per ansökningsdagen: %1 kr").arg(o.total().toString());
        for (const QString &s : o.overrides)
            lines << tr("Över högsta belopp: %1").arg(s);
        lines += o.notes;
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

QWidget *PaymentOrderScreen::fieldFor(const PaymentOrderProblem &p) const
{
    const QString &f = p.field;
    const auto rowEdit = [&p, this](QLineEdit *ClaimRow::*member) -> QWidget * {
        return p.row >= 1 && p.row <= m_rows.size() ? m_rows.at(p.row - 1).*member
                                                    : m_rows.first().invoice;
    };
    const auto line = [&p](const QList<QLineEdit *> &edits) -> QWidget * {
        return edits.value(std::clamp(p.row, 1, int(edits.size())) - 1);
    };
    if (f == QLatin1String("idNumber"))
        return m_idNumber;
    if (f == QLatin1String("applicationDate"))
        return m_date;
    if (f == QLatin1String("claims"))
        return m_rows.first().invoice;
    if (f == QLatin1String("claim.company"))
        return rowEdit(&ClaimRow::company);
    if (f == QLatin1String("claim.invoice"))
        return rowEdit(&ClaimRow::invoice);
    if (f == QLatin1String("claim.concerns"))
        return rowEdit(&ClaimRow::concerns);
    if (f == QLatin1String("interest"))
        return m_interest;
    if (f == QLatin1String("rate"))
        return m_rate;
    if (f == QLatin1String("ground"))
        return m_ground;
    if (f == QLatin1String("specialInformation"))
        return m_special;
    if (f.startsWith(QLatin1String("cost.")))
        return m_costs.value(f.mid(5));
    if (f == QLatin1String("overrideReason"))
        return m_overrideReason;
    if (f == QLatin1String("applicant.lines"))
        return line(m_applicantLines);
    if (f == QLatin1String("applicant.orgNr"))
        return m_orgNr;
    if (f == QLatin1String("office"))
        return line(m_officeLines);
    if (f == QLatin1String("agent"))
        return line(m_agentLines);
    if (f == QLatin1String("applicationFee"))
        return m_fee;
    if (f == QLatin1String("feePayment"))
        return m_feePlusgiro;
    if (f == QLatin1String("enforcement"))
        return m_limited;
    return nullptr;
}

// Every problem is listed under the tabs; each field it names is marked and
// the first gets the focus, on its tab (UI.md "Keys": not a modal box).
void PaymentOrderScreen::showProblems(const QList<PaymentOrderProblem> &problems)
{
    m_problems->setText(PaymentOrderService::joined(problems));
    QWidget *first = nullptr;
    for (const PaymentOrderProblem &p : problems) {
        QWidget *w = fieldFor(p);
        if (!w)
            continue;
        if (!m_marked.contains(w)) {
            w->setStyleSheet(qobject_cast<QLineEdit *>(w)
                                 ? QStringLiteral("QLineEdit { border: 1px solid #b00000; }")
                                 : QStringLiteral("color: #b00000;"));
            w->setToolTip(p.message);
            m_marked.append(w);
        }
        if (!first)
            first = w;
    }
    if (!first)
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(first))
            m_tabs->setCurrentIndex(i);
    first->setFocus();
}

void PaymentOrderScreen::clearProblems()
{
    for (QWidget *w : std::as_const(m_marked)) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
    m_marked.clear();
    m_problems->clear();
}

void PaymentOrderScreen::preview()
{
    if (!compute().isEmpty() || !m_ledger)
        return;
    const PaymentOrder draft = PaymentOrderService(*m_ledger).compute(application());
    m_result->setText(tr("Förhandsgranskning (utkast); ingenting är ändrat."));
    if (m_previewer)
        m_previewer(draft);
}

QString PaymentOrderScreen::outputPath(const QString &name, const QString &filter,
                                       const QString &title)
{
    if (!m_outputDir.isEmpty())
        return QDir(m_outputDir).filePath(name);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(name), filter);
}

void PaymentOrderScreen::printApplication()
{
    if (!m_ledger || !compute().isEmpty()) {
        if (m_ledger)
            m_result->setText(tr("Ansökan skrevs inte ut; rätta det som står ovan."));
        return;
    }
    PaymentOrderService service(*m_ledger);
    const PaymentOrderApplication a = application();
    const PaymentOrder draft = service.compute(a);
    QMessageBox ask(QMessageBox::Question, tr("Skriv ut betalningsföreläggande"),
                    tr("Betalningsföreläggande för %1 %2: %n fordringar, summa %3 kr.", nullptr,
                       int(draft.claims.size()))
                            .arg(draft.debtor.idDisplay, draft.debtor.name,
                                 draft.total().toString())
                        + QStringLiteral("\n\n")
                        + tr("Fakturorna stämplas med ansökningsdatum, bevakningstexten "
                             "Betalningsföreläggande och kravkoden, och ansökan sparas. "
                             "Skriva ut nu?"),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("&Skriv ut"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(go);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        m_result->setText(tr("Ingenting skrevs ut och ingenting ändrades."));
        return;
    }
    PaymentOrder order;
    try {
        order = service.print(a);
    } catch (const LedgerError &e) {
        m_problems->setText(e.message());
        m_result->setText(tr("Ingenting skrevs ut och ingenting ändrades."));
        return;
    }
    m_lastPrinted = order;
    m_lastXml.clear();
    setModified(false);
    QStringList lines{tr("Betalningsföreläggande nr %1 är utskrivet: %n fordringar stämplade "
                         "med %2, summa %3 kr.",
                         nullptr, int(order.claims.size()))
                          .arg(order.id)
                          .arg(iso(order.application.applicationDate), order.total().toString())};
    m_lastPdf = outputPath(suggestedName(order.id, order.application.applicationDate,
                                         QStringLiteral("pdf")),
                           tr("PDF-fil (*.pdf)"), tr("Spara ansökan som PDF"));
    QString error;
    if (m_lastPdf.isEmpty())
        lines << tr("Ingen PDF sparades; skriv ut ansökan igen med reskontra-cli payment-order "
                    "reprint --id %1.")
                     .arg(order.id);
    else if (!PaymentOrderDocument(order).writePdf(m_lastPdf, &error))
        lines << error;
    else
        lines << tr("Ansökan är sparad i %1.").arg(QDir::toNativeSeparators(m_lastPdf));
    m_result->setText(lines.join(QLatin1Char('\n')));
    if (m_printer)
        m_printer(order);
}

void PaymentOrderScreen::saveApplicant()
{
    if (!m_ledger)
        return;
    clearProblems();
    const PaymentOrderApplicant a = applicantData();
    try {
        PaymentOrderService(*m_ledger).saveApplicant(a);
    } catch (const LedgerError &e) {
        QList<PaymentOrderProblem> problems = PaymentOrderService::applicantProblems(a);
        if (problems.isEmpty())
            problems.append({QString(), 0, e.message()});
        showProblems(problems);
        m_result->setText(tr("Sökandeuppgifterna sparades inte."));
        return;
    }
    m_result->setText(tr("Sökandeuppgifterna är sparade för företag %1.").arg(m_company));
}

void PaymentOrderScreen::exportXml()
{
    if (!m_lastPrinted) {
        m_result->setText(tr("Skriv ut ansökan först (F16); XML-filen är samma ansökan."));
        return;
    }
    const PaymentOrder &o = *m_lastPrinted;
    const QString path = outputPath(suggestedName(o.id, o.application.applicationDate,
                                                  QStringLiteral("xml")),
                                    tr("XML-fil (*.xml)"), tr("Spara ansökan som XML"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PaymentOrderXml::writeFile(o, path, &error)) {
        m_problems->setText(error);
        return;
    }
    m_lastXml = path;
    m_result->setText(tr("Ansökan nr %1 är sparad som XML i %2 (enligt den offentliga "
                         "beskrivningen av Kronofogdens filtjänst; inte validerad mot "
                         "Kronofogdens schema).")
                          .arg(o.id)
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace rsk::ui
