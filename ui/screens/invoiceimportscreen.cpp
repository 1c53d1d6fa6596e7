#include "screens/invoiceimportscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>

namespace rsk::ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

InvoiceImportScreen::InvoiceImportScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kChooseFileCommand), this), &QAction::triggered, this,
            &InvoiceImportScreen::chooseFile);
    connect(commands().bind(QLatin1String(kImportCommand), this), &QAction::triggered, this,
            &InvoiceImportScreen::import);

    auto *intro = new QLabel(
        tr("Läser fakturor från ett annat system: en CSV-fil med semikolon och en rubrikrad "
           "(company;invoice_number;name;invoice_date;due_date;amount;id_number …) eller en "
           "JSON-fil med samma fält. Enter kontrollerar filen och ändrar ingenting; F10 "
           "importerar den. En fil importeras helt eller inte alls."),
        this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->installEventFilter(this);
    auto *fileLabel = new QLabel(tr("Fil&namn:"), this);
    fileLabel->setBuddy(m_file);
    auto *browse = new QPushButton(tr("Väl&j fil…"), this);
    connect(browse, &QPushButton::clicked, this, &InvoiceImportScreen::chooseFile);
    auto *checkButton = new QPushButton(tr("K&ontrollera"), this);
    connect(checkButton, &QPushButton::clicked, this, &InvoiceImportScreen::check);
    auto *importButton = new QPushButton(tr("I&mportera"), this);
    connect(importButton, &QPushButton::clicked, this, &InvoiceImportScreen::import);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(checkButton);
    fileRow->addWidget(importButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("errorList"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_errors->hide();

    m_invoices = new QTableWidget(0, ColumnCount, this);
    m_invoices->setObjectName(QStringLiteral("invoiceTable"));
    m_invoices->setHorizontalHeaderLabels({tr("Rad"), tr("Företag"), tr("Fakturanr"),
                                           tr("Person-/org.nr / kundnr"), tr("Namn"),
                                           tr("Fakturadatum"), tr("Förfallodatum"),
                                           tr("Belopp")});
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->verticalHeader()->hide();
    m_invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_invoices->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_invoices->hide();

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(fileRow);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_errors, 1);
    contentLayout()->addWidget(m_invoices, 2);
    contentLayout()->addStretch(0);
    setFocusProxy(m_file);

    if (!m_ledger)
        setStatus(tr("Ingen reskontra är öppen."));
}

void InvoiceImportScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kChooseFileCommand), id, QKeySequence(Qt::Key_F4),
                      tr("Välj fil")});
    commands.declare({QLatin1String(kImportCommand), id, QKeySequence(Qt::Key_F10),
                      tr("Importera")});
}

QString InvoiceImportScreen::statusText() const
{
    return m_status->text();
}

bool InvoiceImportScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            check();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void InvoiceImportScreen::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Välj fakturafil"), QFileInfo(m_file->text()).path(),
        tr("Fakturafiler (*.csv *.txt *.json);;Alla filer (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
    m_file->setFocus();
}

void InvoiceImportScreen::setStatus(const QString &text)
{
    m_status->setText(text);
}

void InvoiceImportScreen::clearResult()
{
    m_errors->clear();
    m_errors->hide();
    m_invoices->setRowCount(0);
    m_invoices->hide();
    m_status->clear();
}

std::optional<InvoiceImportResult> InvoiceImportScreen::runFile(bool dryRun)
{
    if (!m_ledger)
        return std::nullopt;
    clearResult();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        setStatus(tr("Skriv filens namn eller välj den med F4."));
        m_file->setFocus();
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Kan inte läsa filen \"%1\": %2").arg(path, file.errorString()));
        m_file->setFocus();
        return std::nullopt;
    }
    m_lastFile = InvoiceFileReader::read(file.readAll(), m_ledger->today());
    const QString name = QFileInfo(path).fileName();
    // A file of 20 000 invoices takes seconds: a progress dialog that can
    // cancel (everything is rolled back then).
    QProgressDialog progress(dryRun ? tr("Kontrollerar fakturor…") : tr("Importerar fakturor…"),
                             tr("Avbryt"), 0, 2 * int(m_lastFile.drafts.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto onProgress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    std::optional<InvoiceImportResult> result;
    try {
        result = InvoiceImport(*m_ledger).run(m_lastFile, tr("Import från %1").arg(name),
                                               dryRun, onProgress);
    } catch (const LedgerError &e) {
        progress.reset();
        setStatus(e.message());
        m_file->setFocus();
        return std::nullopt;
    }
    progress.reset();
    showResult(*result, name);
    return result;
}

void InvoiceImportScreen::showResult(const InvoiceImportResult &result, const QString &fileName)
{
    if (!result.ok()) {
        for (const InvoiceFileProblem &p : result.problems) {
            QString text = tr("rad %1: ").arg(p.line);
            if (!p.field.isEmpty())
                text += p.field + QLatin1String(": ");
            m_errors->addItem(text + p.message);
        }
        m_errors->show();
        setStatus(tr("%1 har %n fel", nullptr, int(result.problems.size())).arg(fileName)
                  + tr(" på %n rader; ingen faktura har importerats. Rätta filen och "
                       "kontrollera den igen.",
                       nullptr, result.problemLines()));
        m_file->setFocus();
        return;
    }
    for (int i = 0; i < m_lastFile.drafts.size(); ++i) {
        const InvoiceDraft &d = m_lastFile.drafts.at(i);
        const int row = m_invoices->rowCount();
        m_invoices->insertRow(row);
        m_invoices->setItem(row, Line, cell(QString::number(m_lastFile.lines.value(i)), true));
        m_invoices->setItem(row, Company, cell(d.company));
        m_invoices->setItem(row, Invoice, cell(d.invoiceNumber));
        m_invoices->setItem(row, IdNumber,
                            cell(d.idNumber.isEmpty() ? d.customerNumber : d.idNumber));
        m_invoices->setItem(row, Name, cell(d.name));
        m_invoices->setItem(row, InvoiceDate, cell(isoDate(d.invoiceDate)));
        m_invoices->setItem(row, DueDate, cell(isoDate(d.dueDate)));
        m_invoices->setItem(row, Amount, cell(d.amount.toString(), true));
    }
    m_invoices->setVisible(m_invoices->rowCount() > 0);
    const QString counted = tr("%n fakturor", nullptr, result.invoices)
                            + tr(" på sammanlagt %1 kr").arg(result.amount.toString());
    if (result.registered)
        setStatus(tr("%1: %2 är importerade.").arg(fileName, counted));
    else if (result.invoices == 0)
        setStatus(tr("%1 innehåller inga fakturor.").arg(fileName));
    else
        setStatus(tr("%1 är kontrollerad: %2 kan importeras. Ingenting har ändrats; F10 "
                     "importerar.")
                      .arg(fileName, counted));
    m_file->setFocus();
    m_file->selectAll();
}

void InvoiceImportScreen::check()
{
    runFile(true);
}

void InvoiceImportScreen::import()
{
    // The file as it is now is checked first; only a good file is asked about.
    const std::optional<InvoiceImportResult> checked = runFile(true);
    if (!checked || !checked->ok() || checked->invoices == 0)
        return;
    const QString name = QFileInfo(m_file->text().trimmed()).fileName();
    QMessageBox ask(QMessageBox::Question, tr("Importera fakturor"),
                    tr("Importera %n fakturor", nullptr, checked->invoices)
                        + tr(" på sammanlagt %1 kr från %2?")
                              .arg(checked->amount.toString(), name),
                    QMessageBox::NoButton, this);
    QPushButton *go = ask.addButton(tr("&Importera"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != go) {
        setStatus(tr("Ingenting har importerats."));
        m_file->setFocus();
        return;
    }
    runFile(false);
}

} // namespace rsk::ui
