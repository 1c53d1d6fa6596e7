#include "screens/reportscreen.h"

#include "csvexport.h"
#include "dates/dateparse.h"
#include "ledger/referencedata.h"
#include "models/reporttablemodel.h"
#include "reportprint.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "xlsxexport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QString printCommand(const QString &prefix)
{
    return prefix + QStringLiteral(".print");
}
QString xlsxCommand(const QString &prefix)
{
    return prefix + QStringLiteral(".exportXlsx");
}
QString csvCommand(const QString &prefix)
{
    return prefix + QStringLiteral(".exportCsv");
}

struct Cancelled
{
};

// Forwards rows to the export and keeps the progress dialog going (UI.md
// "Look": long operations show counts and can be cancelled).
class ProgressWriter : public ReportWriter
{
public:
    ProgressWriter(ReportWriter &inner, QProgressDialog &dialog, qint64 total)
        : m_inner(inner), m_dialog(dialog), m_total(std::max<qint64>(total, 1))
    {}
    void begin(const ReportLayout &layout) override { m_inner.begin(layout); }
    void addRow(const ReportRow &row) override
    {
        m_inner.addRow(row);
        if (++m_done % 5000 == 0) {
            m_dialog.setValue(int(m_done * 1000 / m_total));
            m_dialog.setLabelText(ReportScreen::tr("%L1 av %L2 rader").arg(m_done).arg(m_total));
            QCoreApplication::processEvents();
            if (m_dialog.wasCanceled())
                throw Cancelled();
        }
    }
    void finish() override { m_inner.finish(); }

private:
    ReportWriter &m_inner;
    QProgressDialog &m_dialog;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace

ReportScreen::ReportScreen(ScreenContext &context, const QString &commandPrefix, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_prefix(commandPrefix)
{
    declareReportCommands(commands(), screenId(), m_prefix);
    connect(commands().bind(printCommand(m_prefix), this), &QAction::triggered, this,
            &ReportScreen::printPreview);
    connect(commands().bind(xlsxCommand(m_prefix), this), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Xlsx); });
    connect(commands().bind(csvCommand(m_prefix), this), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Csv); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("selectionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    auto *runButton = new QPushButton(tr("Visa (Enter)"), this);
    runButton->setObjectName(QStringLiteral("runButton"));
    auto *printButton = new QPushButton(tr("Skriv ut (F16)"), this);
    auto *xlsxButton = new QPushButton(tr("Excel… (Ctrl+E)"), this);
    auto *csvButton = new QPushButton(tr("CSV… (Ctrl+Skift+E)"), this);
    for (QPushButton *b : {runButton, printButton, xlsxButton, csvButton}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus); // the keyboard path is the keys above
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    connect(runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(printButton, &QPushButton::clicked, this, &ReportScreen::printPreview);
    connect(xlsxButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(ExportFormat::Xlsx); });
    connect(csvButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(ExportFormat::Csv); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));

    m_model = new ReportTableModel(this);
    connect(m_model, &ReportTableModel::fetchFailed, this,
            [this](const QString &message) { setFieldError(message, nullptr); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks every row for its size, so a
    // million-row list only reads the pages on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);

    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_table, 1);
}

ReportScreen::~ReportScreen() = default;

void ReportScreen::declareReportCommands(CommandRegistry &commands, const QString &screenId,
                                         const QString &prefix)
{
    commands.declare({printCommand(prefix), screenId, QKeySequence(Qt::Key_F16), tr("Skriv ut")});
    commands.declare({xlsxCommand(prefix), screenId, QKeySequence(Qt::CTRL | Qt::Key_E),
                      tr("Excel")});
    commands.declare({csvCommand(prefix), screenId, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      tr("CSV")});
}

void ReportScreen::setSelectionForm(QWidget *form)
{
    m_form = form;
    contentLayout()->insertWidget(0, form);
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, [this] { run(); });
}

rsk::Database *ReportScreen::ledger() const
{
    return session().context().ledger;
}

QString ReportScreen::errorText() const
{
    return m_error->text();
}

QDate ReportScreen::dateField(QLineEdit *field, const QString &label) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return QDate();
    QString why;
    const auto date = parseDate(text, ledger() ? ledger()->today() : QDate(), &why);
    if (!date) {
        const QString message = QStringLiteral("%1: %2").arg(label, why);
        const_cast<ReportScreen *>(this)->setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return *date;
}

QString ReportScreen::companyField(QLineEdit *field, const QString &label) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return QString();
    const auto number = ReferenceData::normalizeCompanyNumber(text);
    if (!number) {
        const QString message = tr("%1: \"%2\" ska vara 1–3 siffror.").arg(label, text);
        const_cast<ReportScreen *>(this)->setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return *number;
}

QString ReportScreen::statusText() const
{
    return m_status->text();
}

void ReportScreen::setFieldError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ReportScreen::clearError()
{
    m_error->clear();
    m_error->hide();
}

bool ReportScreen::run()
{
    clearError();
    if (!ledger()) {
        setFieldError(tr("Ingen reskontra är öppen."), nullptr);
        return false;
    }
    try {
        std::unique_ptr<ReportPager> report = createReport();
        if (!report)
            return false;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_model->setPager(std::move(report));
        QApplication::restoreOverrideCursor();
    } catch (const LedgerError &e) {
        if (QApplication::overrideCursor())
            QApplication::restoreOverrideCursor();
        if (m_error->text().isEmpty()) // a field reader has not said it already
            setFieldError(e.message(), nullptr);
        return false;
    }
    clearError();
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_status->setText(tr("%L1 rader").arg(m_model->pager()->rowCount()));
    reportShown();
    return true;
}

QString ReportScreen::suggestedFileName() const
{
    const QDate today = ledger() ? ledger()->today() : QDate::currentDate();
    return m_model->layout().title + QLatin1Char(' ') + today.toString(Qt::ISODate);
}

bool ReportScreen::exportTo(const QString &path, ExportFormat format)
{
    ReportPager *report = m_model->pager();
    if (!report) {
        setFieldError(tr("Visa listan först (Enter)."), nullptr);
        return false;
    }
    QProgressDialog progress(tr("Exporterar…"), tr("Avbryt"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        const qint64 total = report->rowCount();
        if (format == ExportFormat::Xlsx) {
            XlsxExport xlsx(path);
            ProgressWriter w(xlsx, progress, total);
            report->writeAll(w);
        } else {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                setFieldError(tr("Kan inte skriva %1: %2").arg(path, file.errorString()), nullptr);
                return false;
            }
            try {
                CsvExport csv(&file);
                ProgressWriter w(csv, progress, total);
                report->writeAll(w);
            } catch (...) {
                file.remove(); // nothing half-written is left behind
                throw;
            }
        }
    } catch (const Cancelled &) {
        QFile::remove(path);
        m_status->setText(tr("Exporten avbröts; ingen fil skrevs."));
        return false;
    } catch (const LedgerError &e) {
        setFieldError(e.message(), nullptr);
        return false;
    }
    m_status->setText(tr("Skrev %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportScreen::exportWithDialog(ExportFormat format)
{
    if (!m_model->pager() && !run())
        return;
    const QString suffix = format == ExportFormat::Xlsx ? QStringLiteral(".xlsx")
                                                        : QStringLiteral(".csv");
    QString path;
    if (m_fileName) {
        path = m_fileName(suggestedFileName() + suffix, format);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this,
            format == ExportFormat::Xlsx ? tr("Exportera till Excel") : tr("Exportera till CSV"),
            QDir(dir).filePath(suggestedFileName() + suffix),
            format == ExportFormat::Xlsx ? tr("Excel-arbetsbok (*.xlsx)") : tr("CSV-fil (*.csv)"));
    }
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path, format);
}

bool ReportScreen::printToPdf(const QString &path)
{
    ReportPager *report = m_model->pager();
    if (!report && !run())
        return false;
    try {
        ReportPrint print(ledger()->today());
        m_model->pager()->writeAll(print);
        print.writePdf(path);
    } catch (const LedgerError &e) {
        setFieldError(e.message(), nullptr);
        return false;
    }
    return true;
}

void ReportScreen::printPreview()
{
    if (!m_model->pager() && !run())
        return;
    ReportPager *report = m_model->pager();
    const qint64 rows = report->rowCount();
    if (rows > ReportPrint::kSuggestedMaxRows
        && QMessageBox::question(this, tr("Skriv ut"),
                                 tr("Listan har %L1 rader. Skriv ut ändå? (Excel eller CSV passar "
                                    "bättre för så stora listor.)")
                                     .arg(rows))
               != QMessageBox::Yes)
        return;
    ReportPrint print(ledger()->today());
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report->writeAll(print);
        QApplication::restoreOverrideCursor();
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        setFieldError(e.message(), nullptr);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_model->layout().title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("reportPrintPreview"));
    preview.setWindowTitle(tr("Förhandsgranska – %1").arg(m_model->layout().title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&print](QPrinter *p) { print.print(p); });
    preview.exec();
}

} // namespace rsk::ui
