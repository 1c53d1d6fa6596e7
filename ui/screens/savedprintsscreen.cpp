#include "screens/savedprintsscreen.h"

#include "dates/dateparse.h"
#include "ledger/referencedata.h"
#include "print/documentpreview.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "users/access.h"
#include "widgets/allowedvaluesdialog.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace rsk::ui {

namespace {

// The resolution the stored pages are drawn at for the preview and the
// printer: sharp text on paper, and a page of a long list costs ~4 MB
// (greyscale) in the preview.
constexpr int kPageDpi = 200;

QString localStamp(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    t.setTimeSpec(Qt::UTC);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Draws every page of `document` on `printer`, each as large as the paper
// allows (the PDF's own margins come with it). The paper follows the PDF's
// first page (A4 portrait for what render/ writes).
void paintPdfPages(QPdfDocument &document, QPrinter *printer)
{
    const int pages = document.pageCount();
    if (pages < 1)
        return;
    const QSizeF first = document.pagePointSize(0);
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(first, QPageSize::Point, QString(), QPageSize::FuzzyMatch));
    printer->setPageOrientation(first.width() > first.height() ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait);
    QPainter painter(printer);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer->newPage();
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * kPageDpi / 72.0).toSize();
        // QtPdf leaves the paper transparent: white under it, then grey.
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter onWhite(&image);
            onWhite.drawImage(0, 0, document.render(page, pixels));
        }
        image = image.convertToFormat(QImage::Format_Grayscale8);
        const QRectF paper = printer->pageLayout().fullRectPixels(printer->resolution());
        QSizeF size = points;
        size.scale(paper.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(paper.topLeft(), size), image);
    }
}

} // namespace

SavedPrintsScreen::SavedPrintsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    const std::map<const char *, void (SavedPrintsScreen::*)()> actions{
        {kValuesCommand, &SavedPrintsScreen::listAllowedValues},
        {kPreviewCommand, &SavedPrintsScreen::preview},
        {kSaveAsCommand, &SavedPrintsScreen::saveAs},
        {kDeleteCommand, &SavedPrintsScreen::removeCurrent},
        {kSettingsCommand, &SavedPrintsScreen::editSettings},
        {kRefreshCommand, &SavedPrintsScreen::reload}};
    for (const auto &[id, slot] : actions)
        connect(commands().bind(QLatin1String(id), this), &QAction::triggered, this, slot);

    auto *intro = new QLabel(tr("Utskrifter från uppdateringarna (bokföringsorder, kvittenslistor "
                                "vid rensning) sparas så många dagar som anges nedan och kan "
                                "skrivas ut på nytt så länge de finns kvar (handbok 9.1). Enter "
                                "eller F16 visar den valda utskriften för utskrift."),
                             this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength, int width) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width);
        if (previous)
            setTabOrder(previous, e);
        previous = e;
        connect(e, &QLineEdit::returnPressed, this, &SavedPrintsScreen::reload);
        return e;
    };
    m_company = edit("company", 3, 60);
    m_kind = edit("kind", 30, 160);
    m_from = edit("dateFrom", 10, 110);
    m_to = edit("dateTo", 10, 110);
    m_from->setPlaceholderText(tr("ÅÅMMDD"));
    m_to->setPlaceholderText(tr("ÅÅMMDD"));
    grid->addWidget(new QLabel(tr("Företag (F4)"), box), 0, 0);
    grid->addWidget(m_company, 0, 1);
    grid->addWidget(new QLabel(tr("tomt = alla företag du har behörighet till"), box), 0, 2, 1, 3);
    grid->addWidget(new QLabel(tr("Slag (F4)"), box), 1, 0);
    grid->addWidget(m_kind, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("tomt = alla"), box), 1, 3);
    grid->addWidget(new QLabel(tr("Sparad fr.o.m. – t.o.m."), box), 2, 0);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("–"), box));
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 2, 1, 1, 3);
    grid->setColumnStretch(4, 1);
    contentLayout()->addWidget(box);

    m_table = makeRegisterTable(this, QStringLiteral("printTable"),
                                {tr("Sparad"), tr("Slag"), tr("Företag"), tr("Titel"),
                                 tr("Sidor"), tr("Av"), tr("Sparas t.o.m.")},
                                RegisterColumns::Unset);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, c == Title ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    setTabOrder(m_to, m_table);
    contentLayout()->addWidget(m_table, 1);

    auto *keep = new QGroupBox(tr("Sparas så här länge (F8 ändrar, administratör)"), this);
    auto *keepLayout = new QVBoxLayout(keep);
    m_settings = makeRegisterTable(keep, QStringLiteral("settingsTable"),
                                   {tr("Slag"), tr("Dagar")}, RegisterColumns::Fit);
    m_settings->setFocusPolicy(Qt::NoFocus);
    keepLayout->addWidget(m_settings);
    auto *keepNote = new QLabel(tr("0 dagar = sparas inte. En ändring gäller utskrifter som sparas "
                                   "därefter."),
                                keep);
    keepNote->setEnabled(false);
    keepLayout->addWidget(keepNote);
    contentLayout()->addWidget(keep);

    m_error = makeErrorLabel(this);
    m_status = makeStatusLabel(this);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);

    setFocusProxy(m_table);
    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        box->setEnabled(false);
        return;
    }
    m_company->setText(session().companyNumber());
    reload();
    m_table->setFocus();
}

void SavedPrintsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kValuesCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare({QLatin1String(kRefreshCommand), id, QKeySequence(Qt::Key_F5),
                      tr("Uppdatera")});
    commands.declare({QLatin1String(kDeleteCommand), id, QKeySequence(Qt::Key_F6),
                      tr("Ta bort")});
    commands.declare({QLatin1String(kSettingsCommand), id, QKeySequence(Qt::Key_F8),
                      tr("Inställningar")});
    commands.declare({QLatin1String(kSaveAsCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Spara som")});
    commands.declare({QLatin1String(kPreviewCommand), id, QKeySequence(Qt::Key_F16),
                      tr("Skriv ut")});
}

QString SavedPrintsScreen::suggestedFileName(const SavedPrintInfo &print)
{
    const QDateTime t = QDateTime::fromString(print.createdAt, Qt::ISODate);
    return QStringLiteral("%1-%2-%3-%4.pdf")
        .arg(print.kind, print.company,
             t.isValid() ? t.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("00000000"))
        .arg(print.id);
}

QString SavedPrintsScreen::errorText() const
{
    return m_error->text();
}

QString SavedPrintsScreen::statusText() const
{
    return m_status->text();
}

void SavedPrintsScreen::setError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field)
        field->setFocus();
}

void SavedPrintsScreen::reload()
{
    if (!m_ledger)
        return;
    m_error->clear();
    m_status->clear();
    SavedPrintFilter f;
    try {
        if (const QString c = m_company->text().trimmed(); !c.isEmpty()) {
            const auto number = ReferenceData::normalizeCompanyNumber(c);
            if (!number) {
                setError(tr("Företag: \"%1\" ska vara 1–3 siffror.").arg(c), m_company);
                return;
            }
            f.company = *number;
        }
        if (const QString k = m_kind->text().trimmed(); !k.isEmpty()) {
            for (SavedPrintKind kind : savedprintkind::all())
                if (k.compare(savedprintkind::key(kind), Qt::CaseInsensitive) == 0
                    || k.compare(savedprintkind::name(kind), Qt::CaseInsensitive) == 0)
                    f.kind = kind;
            if (!f.kind) {
                setError(tr("Slag: \"%1\" finns inte; F4 visar de slag som finns.").arg(k),
                         m_kind);
                return;
            }
        }
        for (auto [field, date, label] : {std::tuple{m_from, &f.from, tr("Sparad fr.o.m.")},
                                          std::tuple{m_to, &f.to, tr("Sparad t.o.m.")}}) {
            const QString text = field->text().trimmed();
            if (text.isEmpty())
                continue;
            QString why;
            const auto parsed = parseDate(text, m_ledger->today(), &why);
            if (!parsed) {
                setError(QStringLiteral("%1: %2").arg(label, why), field);
                return;
            }
            *date = *parsed;
        }
        const qint64 keep = current() ? current()->id : 0;
        SavedPrints prints(*m_ledger);
        m_prints = prints.list(f);
        m_table->setRowCount(int(m_prints.size()));
        int select = m_prints.isEmpty() ? -1 : 0;
        for (int row = 0; row < m_prints.size(); ++row) {
            const SavedPrintInfo &p = m_prints.at(row);
            m_table->setItem(row, Saved, registerCell(localStamp(p.createdAt)));
            m_table->setItem(row, Kind, registerCell(p.kindName()));
            m_table->setItem(row, Company, registerCell(p.company));
            m_table->setItem(row, Title, registerCell(p.title));
            m_table->setItem(row, Pages, registerCell(QString::number(p.pages), true));
            m_table->setItem(row, By, registerCell(p.createdBy));
            m_table->setItem(row, KeepUntil, registerCell(isoDate(p.keepUntil)));
            if (p.id == keep)
                select = row;
        }
        if (select >= 0)
            m_table->setCurrentCell(select, 0);
        if (m_prints.isEmpty())
            m_status->setText(tr("Inga sparade utskrifter med detta urval."));
        else if (m_prints.size() >= f.limit)
            m_status->setText(tr("Visar de %1 senaste; begränsa urvalet för att se äldre.")
                                  .arg(f.limit));
        showSettings();
    } catch (const LedgerError &e) {
        m_prints.clear();
        m_table->setRowCount(0);
        setError(e.message(), e.message().startsWith(tr("Du har inte behörighet till företag"))
                                  ? m_company
                                  : nullptr);
    }
}

void SavedPrintsScreen::showSettings()
{
    const QList<SavedPrintSetting> settings = SavedPrints(*m_ledger).settings();
    m_settings->setRowCount(int(settings.size()));
    for (int row = 0; row < settings.size(); ++row) {
        const SavedPrintSetting &s = settings.at(row);
        m_settings->setItem(row, 0, registerCell(savedprintkind::name(s.kind)));
        m_settings->setItem(row, 1,
                            registerCell(s.days == 0 ? tr("sparas inte")
                                                     : tr("%n dagar", nullptr, s.days),
                                         true));
    }
    m_settings->resizeColumnsToContents();
    // As large as its rows and columns: two or three lines, not a list.
    const int frame = 2 * m_settings->frameWidth();
    m_settings->setFixedSize(m_settings->horizontalHeader()->length() + frame,
                             m_settings->horizontalHeader()->height()
                                 + m_settings->verticalHeader()->length() + frame);
}

const SavedPrintInfo *SavedPrintsScreen::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_prints.size() ? &m_prints.at(row) : nullptr;
}

bool SavedPrintsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && isEnterPress(event)) {
        preview();
        return true;
    }
    return Screen::eventFilter(watched, event);
}

void SavedPrintsScreen::listAllowedValues()
{
    if (!m_ledger)
        return;
    auto *target = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    AllowedValuesDialog::Values values;
    QString title;
    if (target == m_kind) {
        title = tr("Slag");
        for (SavedPrintKind kind : savedprintkind::all())
            values.append({savedprintkind::key(kind), savedprintkind::name(kind)});
    } else {
        target = m_company;
        title = tr("Företag");
        for (const rsk::Company &c : ReferenceData(*m_ledger).companies())
            if (m_ledger->access().canSee(c.number))
                values.append({c.number, c.name});
    }
    if (const auto code = AllowedValuesDialog::choose(this, title, values, target->text())) {
        target->setText(*code);
        target->setFocus();
        reload();
    }
}

std::optional<std::pair<SavedPrintInfo, QByteArray>>
SavedPrintsScreen::selectedPdf(const QString &noneChosen)
{
    if (!m_ledger)
        return std::nullopt;
    m_error->clear();
    const SavedPrintInfo *p = current();
    if (!p) {
        setError(noneChosen);
        return std::nullopt;
    }
    const SavedPrintInfo print = *p;
    try {
        return std::make_pair(print, SavedPrints(*m_ledger).pdf(print.id));
    } catch (const LedgerError &e) {
        // Gone (purged or removed at another desk) or no longer allowed: the
        // list is read again so that it shows what there is.
        reload(); // clears the error line: the reason goes after it
        setError(e.message());
        return std::nullopt;
    }
}

void SavedPrintsScreen::preview()
{
    auto selected = selectedPdf(tr("Välj utskriften som ska visas."));
    if (!selected)
        return;
    const SavedPrintInfo &print = selected->first;
    QByteArray &bytes = selected->second;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        setError(tr("Utskriften \"%1\" kan inte visas: PDF-filen går inte att läsa.")
                     .arg(print.title));
        return;
    }
    PrintTarget target;
    target.objectName = QStringLiteral("savedPrintPreview");
    const bool printed = previewAndPrint(
        this, print.title, [&document](QPrinter *printer) { paintPdfPages(document, printer); },
        target);
    m_status->setText(printed ? tr("\"%1\" är utskriven.").arg(print.title)
                              : tr("\"%1\" visades (%n sidor) men skrevs inte ut.", nullptr,
                                   document.pageCount())
                                    .arg(print.title));
    m_table->setFocus();
}

void SavedPrintsScreen::saveAs()
{
    const auto selected = selectedPdf(tr("Välj utskriften som ska sparas."));
    if (!selected)
        return;
    const SavedPrintInfo &print = selected->first;
    const QByteArray &bytes = selected->second;
    const QString path = choosePdfPath(this, tr("Spara som"), suggestedFileName(print),
                                       m_outputDir);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setError(tr("Filen %1 kunde inte skrivas: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_lastSaved = path;
    m_status->setText(
        tr("\"%1\" är sparad som %2.").arg(print.title, QDir::toNativeSeparators(path)));
    m_table->setFocus();
}

void SavedPrintsScreen::removeCurrent()
{
    if (!m_ledger)
        return;
    m_error->clear();
    const SavedPrintInfo *p = current();
    if (!p) {
        setError(tr("Välj utskriften som ska tas bort."));
        return;
    }
    const SavedPrintInfo print = *p;
    try {
        m_ledger->access().requireRole(Role::Supervisor, tr("Att ta bort en sparad utskrift"));
    } catch (const LedgerError &e) {
        setError(e.message());
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Sparade utskrifter"),
                    tr("Ta bort den sparade utskriften?\n\n%1, företag %2:\n%3\n"
                       "sparad %4 av %5.\n\nDen kan inte skrivas ut igen härifrån.")
                        .arg(print.kindName(), print.company, print.title,
                             localStamp(print.createdAt), print.createdBy),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Ta bort"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes) {
        m_status->setText(tr("Ingenting togs bort."));
        return;
    }
    try {
        SavedPrints(*m_ledger).remove(print.id);
    } catch (const LedgerError &e) {
        reload();
        setError(e.message());
        return;
    }
    reload();
    m_status->setText(tr("\"%1\" (företag %2) är borttagen.").arg(print.title, print.company));
}

void SavedPrintsScreen::editSettings()
{
    if (!m_ledger)
        return;
    m_error->clear();
    try {
        m_ledger->access().requireRole(Role::Administrator,
                                       tr("Att ändra hur länge utskrifter sparas"));
    } catch (const LedgerError &e) {
        setError(e.message());
        return;
    }
    const QList<SavedPrintSetting> settings = SavedPrints(*m_ledger).settings();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("savedPrintSettings"));
    dialog.setWindowTitle(tr("Sparade utskrifter – antal dagar"));
    auto *form = new QFormLayout(&dialog);
    QList<QSpinBox *> spins;
    for (const SavedPrintSetting &s : settings) {
        auto *spin = new QSpinBox(&dialog);
        spin->setObjectName(savedprintkind::key(s.kind));
        spin->setRange(0, SavedPrints::MaxDays);
        spin->setValue(s.days);
        spin->setSuffix(tr(" dagar"));
        form->addRow(savedprintkind::name(s.kind), spin);
        spins << spin;
    }
    auto *note = new QLabel(tr("0 = sparas inte. Hur länge är kommunens beslut; bokföringsordern "
                               "är räkenskapsinformation (bokföringslagen 7 kap.)."),
                            &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                         &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (!spins.isEmpty())
        spins.first()->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList changed;
    try {
        UnitOfWork work(*m_ledger);
        SavedPrints prints(*m_ledger);
        for (int i = 0; i < settings.size(); ++i) {
            if (spins.at(i)->value() == settings.at(i).days)
                continue;
            prints.setDays(settings.at(i).kind, spins.at(i)->value());
            changed << tr("%1 %2 dagar")
                           .arg(savedprintkind::name(settings.at(i).kind))
                           .arg(spins.at(i)->value());
        }
        work.commit();
    } catch (const LedgerError &e) {
        setError(e.message());
        return;
    }
    showSettings();
    m_status->setText(changed.isEmpty()
                          ? tr("Ingenting ändrades.")
                          : tr("Sparas nu: %1.").arg(changed.join(QStringLiteral(", "))));
    m_table->setFocus();
}

} // namespace rsk::ui
