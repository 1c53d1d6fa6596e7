#include "screens/invoicecopiesscreen.h"

#include "invoicecopydocument.h"
#include "ledger/referencedata.h"
#include "ledger/companysettings.h"
#include "print/documentpreview.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/allowedvaluesdialog.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QTableWidget>

namespace rsk::ui {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

InvoiceCopiesScreen::InvoiceCopiesScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_previewer([this](const InvoiceCopyDocument &d) {
          const QString title = d.copies().size() == 1
              ? tr("Fakturakopia %1").arg(d.copy().invoiceNumber)
              : tr("Fakturakopior %1–%2")
                    .arg(d.copies().first().invoiceNumber, d.copies().last().invoiceNumber);
          PrintTarget target;
          if (m_ledger)
              target.printer = CompanySettings(*m_ledger).documentPrinter(
                  d.copy().sender.number, QStringLiteral("invoice_copy"));
          previewAndPrint(this, title, [&d](QPrinter *p) { d.print(p); }, target);
      })
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &InvoiceCopiesScreen::listCompanies);
    connect(commands().bind(QLatin1String(kPdfCommand), this), &QAction::triggered, this,
            &InvoiceCopiesScreen::writePdf);
    connect(commands().bind(QLatin1String(kPrintCommand), this), &QAction::triggered, this,
            &InvoiceCopiesScreen::preview);

    auto *intro = new QLabel(tr("Kopior av fakturor, en faktura eller ett intervall inom samma "
                                "rutin. Enter visar fakturorna, F16 förhandsgranskar och skriver "
                                "ut kopiorna, F8 sparar dem som PDF."),
                             this);
    intro->setWordWrap(true);

    m_error = makeErrorLabel(this);
    m_status = makeStatusLabel(this);

    // The columns are sized when the list is filled (list()).
    m_table = makeRegisterTable(this, QStringLiteral("claimTable"),
                                {tr("Fakturanummer"), tr("Namn"), tr("Fakturadatum"),
                                 tr("Förfallodag"), tr("Fakturabelopp"), tr("Saldo")},
                                RegisterColumns::Unset);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(createForm());
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_table, 1);
    setFocusProxy(m_from);

    if (!m_ledger)
        setError(tr("Ingen reskontra är öppen."));
    m_from->setFocus();
}

void InvoiceCopiesScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare({QLatin1String(kPdfCommand), id, QKeySequence(Qt::Key_F8), tr("PDF")});
    commands.declare({QLatin1String(kPrintCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut kopior")});
}

QWidget *InvoiceCopiesScreen::createForm()
{
    auto *box = new QWidget(this);
    auto *columns = new QHBoxLayout(box);
    columns->setContentsMargins(0, 0, 0, 0);

    auto *selectionBox = new QGroupBox(tr("Urval"), box);
    auto *grid = new QGridLayout(selectionBox);
    auto edit = [selectionBox](const char *name, int maxLength, int width) {
        auto *e = new QLineEdit(selectionBox);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width);
        return e;
    };
    m_company = edit("companyEdit", 3, 60);
    m_company->setText(session().companyNumber());
    m_from = edit("invoiceFrom", 9, 110);
    m_from->setPlaceholderText(tr("9 siffror"));
    m_to = edit("invoiceTo", 9, 110);
    m_to->setPlaceholderText(tr("tom = bara en"));
    auto label = [selectionBox](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, selectionBox);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("F&öretag (F4)"), m_company), 0, 0);
    grid->addWidget(m_company, 0, 1);
    grid->addWidget(label(tr("Fakturanummer fr.&o.m. – t.o.m."), m_from), 1, 0);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("–"), selectionBox));
    range->addWidget(m_to);
    range->addStretch(1);
    grid->addLayout(range, 1, 1);
    grid->setColumnStretch(1, 1);

    auto *printBox = new QGroupBox(tr("Uppgifter ut på fakturan"), box);
    auto *form = new QGridLayout(printBox);
    // No maxLength: a longer handler is refused with the reason, not cut silently.
    m_handler = new QLineEdit(printBox);
    m_handler->setObjectName(QStringLiteral("handlerEdit"));
    m_handler->setMaximumWidth(300);
    m_markCopy = new QCheckBox(tr("Ko&pia skrivs på fakturan"), printBox);
    m_markCopy->setObjectName(QStringLiteral("markCopyCheck"));
    m_markCopy->setChecked(true);
    m_originalDate =
        new QCheckBox(tr("&Ursprungligt framställningsdatum (annars dagens datum)"), printBox);
    m_originalDate->setObjectName(QStringLiteral("originalDateCheck"));
    auto *handlerLabel = new QLabel(tr("Ny h&andläggare (högst 30 tecken)"), printBox);
    handlerLabel->setBuddy(m_handler);
    form->addWidget(handlerLabel, 0, 0);
    form->addWidget(m_handler, 0, 1);
    form->addWidget(m_markCopy, 1, 0, 1, 2);
    form->addWidget(m_originalDate, 2, 0, 1, 2);
    form->setColumnStretch(1, 1);

    columns->addWidget(selectionBox, 1);
    columns->addWidget(printBox, 1);

    // Reading order (UI.md); Enter in a field lists the claims.
    const QList<QWidget *> order{m_company, m_from, m_to, m_handler, m_markCopy,
                                 m_originalDate, m_table};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    for (QLineEdit *e : {m_company, m_from, m_to, m_handler})
        connect(e, &QLineEdit::returnPressed, this, [this] { list(); });
    return box;
}

QString InvoiceCopiesScreen::errorText() const
{
    return m_error->text();
}

QString InvoiceCopiesScreen::statusText() const
{
    return m_status->text();
}

void InvoiceCopiesScreen::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field && !message.isEmpty()) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void InvoiceCopiesScreen::showClaim(const QString &company, const QString &invoiceNumber)
{
    m_company->setText(company);
    m_from->setText(invoiceNumber);
    m_to->clear();
    list();
    m_handler->setFocus();
}

std::optional<InvoiceCopySelection> InvoiceCopiesScreen::selection()
{
    setError(QString());
    m_status->clear();
    if (!m_ledger) {
        setError(tr("Ingen reskontra är öppen."));
        return std::nullopt;
    }
    InvoiceCopySelection s{m_company->text(), m_from->text(), m_to->text()};
    if (const auto problem = InvoiceCopies::check(s)) {
        using F = InvoiceCopySelection::Field;
        setError(problem->message, problem->field == F::Company       ? m_company
                                       : problem->field == F::InvoiceFrom ? m_from
                                                                          : m_to);
        return std::nullopt;
    }
    return s;
}

bool InvoiceCopiesScreen::list()
{
    const auto s = selection();
    m_table->setRowCount(0);
    if (!s)
        return false;
    QList<InvoiceCopyRow> rows;
    try {
        rows = InvoiceCopies(*m_ledger).select(*s);
    } catch (const LedgerError &e) {
        setError(e.message(), m_from);
        return false;
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const InvoiceCopyRow &c = rows.at(r);
        m_table->setItem(r, Number, registerCell(c.invoiceNumber));
        m_table->setItem(r, Name, registerCell(c.name));
        m_table->setItem(r, InvoiceDate, registerCell(isoDate(c.invoiceDate)));
        m_table->setItem(r, DueDate, registerCell(isoDate(c.dueDate)));
        m_table->setItem(r, Amount, registerCell(c.amount.toString(), true));
        m_table->setItem(r, Balance, registerCell(c.balance.toString(), true));
    }
    m_table->resizeColumnsToContents();
    // The name takes the rest of the width; the amounts stay by it.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setCurrentCell(0, Number);
    m_status->setText(tr("Fakturor i urvalet: %1. F16 skriver ut kopiorna, F8 sparar dem som PDF.")
                          .arg(rows.size()));
    return true;
}

QList<InvoiceCopy> InvoiceCopiesScreen::copies()
{
    if (!list())
        return {};
    const InvoiceCopySelection s{m_company->text(), m_from->text(), m_to->text()};
    const InvoiceCopyOptions options{m_handler->text(), m_markCopy->isChecked(),
                                     m_originalDate->isChecked()};
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QList<InvoiceCopy> result = InvoiceCopies(*m_ledger).makeAll(s, options);
        QApplication::restoreOverrideCursor();
        return result;
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        setError(e.message(),
                 e.message().contains(tr("handläggare"), Qt::CaseInsensitive) ? m_handler
                                                                              : m_from);
        return {};
    }
}

void InvoiceCopiesScreen::preview()
{
    const QList<InvoiceCopy> made = copies();
    if (made.isEmpty())
        return;
    m_status->setText(tr("Fakturakopior: %n.", nullptr, int(made.size())));
    if (m_previewer)
        m_previewer(InvoiceCopyDocument(made));
}

void InvoiceCopiesScreen::writePdf()
{
    const QList<InvoiceCopy> made = copies();
    if (made.isEmpty())
        return;
    const QString name = made.size() == 1
        ? QStringLiteral("fakturakopia-%1.pdf").arg(made.first().invoiceNumber)
        : QStringLiteral("fakturakopior-%1-%2.pdf")
              .arg(made.first().invoiceNumber, made.last().invoiceNumber);
    const QString path =
        choosePdfPath(this, tr("Spara fakturakopiorna som PDF"), name, m_outputDir);
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = InvoiceCopyDocument(made).writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        setError(error);
        return;
    }
    m_lastPdf = path;
    m_status->setText(tr("Fakturakopior: %n, skrivna till %1.", nullptr, int(made.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void InvoiceCopiesScreen::listCompanies()
{
    if (!m_ledger)
        return;
    AllowedValuesDialog::Values values;
    for (const Company &c : ReferenceData(*m_ledger).companies())
        values.append({c.number, c.name});
    if (const auto code =
            AllowedValuesDialog::choose(this, tr("Företag"), values, m_company->text()))
        m_company->setText(*code);
    m_company->setFocus();
}

} // namespace rsk::ui
