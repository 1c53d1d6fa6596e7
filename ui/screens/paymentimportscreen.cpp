#include "screens/paymentimportscreen.h"

#include "formats/bgmax.h"
#include "formats/totalin.h"
#include "payments/paymentimport.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
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

QString outcomeText(ImportOutcome::Kind kind)
{
    switch (kind) {
    case ImportOutcome::Kind::Paid:
        return PaymentImportScreen::tr("Betald");
    case ImportOutcome::Kind::Overpaid:
        return PaymentImportScreen::tr("Överbetald");
    case ImportOutcome::Kind::WrittenOff:
        return PaymentImportScreen::tr("Småbelopp avskrivet");
    case ImportOutcome::Kind::Carried:
        return PaymentImportScreen::tr("Till nästa faktura");
    case ImportOutcome::Kind::Deduction:
        return PaymentImportScreen::tr("Avdrag");
    case ImportOutcome::Kind::Unplaced:
        return PaymentImportScreen::tr("Oplacerad");
    }
    return {};
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PaymentImportScreen::PaymentImportScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent)
    , m_ledger(context.session.context().ledger)
    , m_kind(context.screen.id == QLatin1String(kTotalInId) ? PaymentFile::Kind::TotalIn
                                                            : PaymentFile::Kind::BgMax)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(m_kind == PaymentFile::Kind::BgMax
                                              ? kBgMaxChooseFileCommand
                                              : kTotalInChooseFileCommand),
                            this),
            &QAction::triggered, this, &PaymentImportScreen::chooseFile);

    const bool bg = m_kind == PaymentFile::Kind::BgMax;
    auto *intro = new QLabel(
        bg ? tr("Läser en BgMax-fil från Bankgirot. Mottagarbankgirot väljer företaget och "
                "OCR-referensen fakturan. En fil läses in helt eller inte alls.")
           : tr("Läser en Total-IN-fil från Plusgirot/Nordea. Mottagarplusgirot väljer "
                "företaget och referensen fakturan. En fil läses in helt eller inte alls."),
        this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->installEventFilter(this);
    auto *browse = new QPushButton(tr("Väl&j fil…"), this);
    connect(browse, &QPushButton::clicked, this, &PaymentImportScreen::chooseFile);
    auto *read = new QPushButton(tr("&Läs in"), this);
    connect(read, &QPushButton::clicked, this, &PaymentImportScreen::readFile);
    m_dryRun = new QCheckBox(tr("&Provkörning (visa vad som skulle hända, ändra ingenting)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));
    m_dryRun->installEventFilter(this);
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("Fil&namn:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(read);

    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("errorList"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_errors->hide();

    auto *summary = new QGroupBox(tr("Resultat"), this);
    m_summaryBox = summary;
    new QGridLayout(summary); // filled by addFigure()
    int r = 0;
    addFigure("payments", tr("Betalningar"), r, 0);
    addFigure("amount", tr("Belopp"), r++, 2);
    addFigure("matched", tr("Placerade"), r, 0);
    addFigure("matchedAmount", tr("Placerat belopp"), r++, 2);
    addFigure("unplaced", tr("Oplacerade"), r, 0);
    addFigure("unplacedAmount", tr("Oplacerat belopp"), r++, 2);
    addFigure("overpaid", tr("Överbetalningar"), r, 0);
    addFigure("overpaidAmount", tr("Överbetalt belopp"), r++, 2);
    addFigure("writtenOffAmount", tr("Avskrivna småbelopp"), r, 0);
    addFigure("carriedAmount", tr("Till nästa faktura"), r++, 2);
    addFigure("deductions", tr("Avdrag"), r, 0);
    addFigure("signals", tr("Signallista"), r++, 2);
    addFigure("companies", tr("Företag"), r, 0);
    addFigure("importId", tr("Inläsning nr"), r++, 2);
    summary->hide();

    m_outcomes = new QTableWidget(0, ColumnCount, this);
    m_outcomes->setObjectName(QStringLiteral("outcomeTable"));
    m_outcomes->setHorizontalHeaderLabels({tr("Rad"), tr("Referens"), tr("Faktura"), tr("Utfall"),
                                           tr("Belopp"), tr("Bokfört"), tr("Diff"),
                                           tr("Anmärkning")});
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomes->verticalHeader()->hide();
    m_outcomes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_outcomes->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(fileRow);
    contentLayout()->addWidget(m_dryRun);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_errors, 1);
    contentLayout()->addWidget(summary);
    contentLayout()->addWidget(m_outcomes, 2);
    contentLayout()->addStretch(0);
    setFocusProxy(m_file);

    if (!m_ledger)
        m_status->setText(tr("Ingen reskontra är öppen."));
}

void PaymentImportScreen::declareCommands(CommandRegistry &commands)
{
    commands.declare({QLatin1String(kBgMaxChooseFileCommand), QLatin1String(kBgMaxId),
                      QKeySequence(Qt::Key_F4), tr("Välj fil")});
    commands.declare({QLatin1String(kTotalInChooseFileCommand), QLatin1String(kTotalInId),
                      QKeySequence(Qt::Key_F4), tr("Välj fil")});
}

QLabel *PaymentImportScreen::addFigure(const char *name, const QString &label, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(m_summaryBox->layout());
    auto *value = new QLabel(m_summaryBox);
    value->setObjectName(QLatin1String(name) + QStringLiteral("Value"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setMinimumWidth(100);
    grid->addWidget(new QLabel(label, m_summaryBox), row, column);
    grid->addWidget(value, row, column + 1);
    m_figures.insert(QLatin1String(name), value);
    return value;
}

bool PaymentImportScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            readFile();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void PaymentImportScreen::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, m_kind == PaymentFile::Kind::BgMax ? tr("Välj BgMax-fil") : tr("Välj Total-IN-fil"),
        QFileInfo(m_file->text()).path());
    if (!path.isEmpty())
        m_file->setText(path);
    m_file->setFocus();
}

void PaymentImportScreen::clearResult()
{
    m_errors->clear();
    m_errors->hide();
    m_summaryBox->hide();
    m_outcomes->hide();
    m_outcomes->setRowCount(0);
    m_status->clear();
}

void PaymentImportScreen::readFile()
{
    if (!m_ledger)
        return;
    clearResult();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Skriv filens namn eller välj den med F4."));
        m_file->setFocus();
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Kan inte läsa filen \"%1\": %2").arg(path, file.errorString()));
        m_file->setFocus();
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    std::optional<PaymentFile> parsed;
    QList<FileError> errors;
    if (m_kind == PaymentFile::Kind::BgMax) {
        auto r = BgMaxParser::parse(bytes, name);
        parsed = std::move(r.file);
        errors = r.errors;
    } else {
        auto r = TotalInParser::parse(bytes, name);
        parsed = std::move(r.file);
        errors = r.errors;
    }
    const auto showErrors = [this, &name](const QList<FileError> &list) {
        for (const FileError &e : list)
            m_errors->addItem(e.format(name));
        m_errors->show();
        m_status->setText(tr("Filen har %n fel; ingen betalning har lästs in.", nullptr,
                             int(list.size())));
        m_file->setFocus();
    };
    if (!parsed) {
        showErrors(errors);
        return;
    }

    PaymentImport import(*m_ledger);
    PaymentImport::Options options;
    options.dryRun = m_dryRun->isChecked();
    try {
        if (const auto earlier = import.findEarlier(*parsed)) {
            // Handbook 3.2: "ett meddelande om att detta är en omsändning och om
            // detta är riktigt ska meddelandet bekräftas".
            QMessageBox ask(QMessageBox::Question, tr("Filen är redan inläst"),
                            tr("Filen %1 är redan inläst: %2.\n\nÄr det riktigt att läsa in "
                               "den igen? Betalningarna bokförs då en gång till.")
                                .arg(name, earlier->describe()),
                            QMessageBox::NoButton, this);
            QPushButton *again = ask.addButton(tr("&Läs in igen"), QMessageBox::AcceptRole);
            QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
            ask.setDefaultButton(cancel);
            ask.setEscapeButton(cancel);
            ask.exec();
            if (ask.clickedButton() != again) {
                m_status->setText(tr("Ingenting har lästs in."));
                m_file->setFocus();
                return;
            }
            options.force = true;
        }
        QProgressDialog progress(tr("Läser in betalningar…"), tr("Avbryt"), 0,
                                 parsed->paymentCount(), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        options.progress = [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        };
        const ImportSummary summary = import.run(*parsed, options);
        progress.reset();
        showSummary(summary);
    } catch (const ImportRefused &e) {
        showErrors(e.errors);
    } catch (const LedgerError &e) {
        m_status->setText(e.message());
        m_file->setFocus();
    }
}

void PaymentImportScreen::showSummary(const ImportSummary &s)
{
    auto set = [this](const char *name, const QString &text) {
        m_figures.value(QLatin1String(name))->setText(text);
    };
    set("payments", QString::number(s.payments));
    set("amount", s.amount.toString());
    set("matched", QString::number(s.matched));
    set("matchedAmount", s.matchedAmount.toString());
    set("unplaced", QString::number(s.unplaced));
    set("unplacedAmount", s.unplacedAmount.toString());
    set("overpaid", QString::number(s.overpaid));
    set("overpaidAmount", s.overpaidAmount.toString());
    set("writtenOffAmount", s.writtenOffAmount.toString());
    set("carriedAmount", s.carriedAmount.toString());
    set("deductions", QString::number(s.deductions));
    set("signals", QString::number(s.signalled));
    set("companies", s.companies.join(QStringLiteral(", ")));
    set("importId", s.importId > 0 ? QString::number(s.importId) : tr("provkörning"));
    m_summaryBox->show();

    // The payments that need a look; plain ones are only counted.
    int plain = 0;
    m_outcomes->setRowCount(0);
    for (const ImportOutcome &o : s.outcomes) {
        if (o.kind == ImportOutcome::Kind::Paid && !o.signal && !o.agency && o.note.isEmpty()) {
            ++plain;
            continue;
        }
        const int row = m_outcomes->rowCount();
        m_outcomes->insertRow(row);
        QString note = o.note;
        if (o.signal)
            note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) + tr("signallista");
        if (o.agency)
            note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) + tr("inkasso");
        m_outcomes->setItem(row, Line, cell(QString::number(o.line), true));
        m_outcomes->setItem(row, Reference, cell(o.reference));
        m_outcomes->setItem(row, Invoice, cell(o.invoiceNumber));
        m_outcomes->setItem(row, Outcome, cell(outcomeText(o.kind)));
        m_outcomes->setItem(row, Amount, cell(o.amount.toString(), true));
        m_outcomes->setItem(row, Posted, cell(o.posted.toString(), true));
        m_outcomes->setItem(row, Difference,
                            cell(o.difference.isZero() ? QString() : o.difference.toString(), true));
        m_outcomes->setItem(row, Note, cell(note));
    }
    m_outcomes->setVisible(m_outcomes->rowCount() > 0);
    const QString done = s.dryRun ? tr("Provkörning: så här skulle filen läsas in; ingenting "
                                       "har ändrats.")
                                  : s.forced ? tr("Filen är inläst igen (inläsning nr %1).")
                                                   .arg(s.importId)
                                             : tr("Filen är inläst (inläsning nr %1).")
                                                   .arg(s.importId);
    m_status->setText(done + QLatin1Char(' ')
                      + tr("%n betalning(ar) utan anmärkning.", nullptr, plain));
    // Focus stays on the file: the next file is typed there (Tab reaches the list).
    m_file->setFocus();
    m_file->selectAll();
}

} // namespace rsk::ui
