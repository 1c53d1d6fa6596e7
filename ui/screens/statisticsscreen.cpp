#include "screens/statisticsscreen.h"

#include "money/money.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/newclaimschart.h"
#include "widgets/statisticsloader.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
}

QLocale swedish()
{
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

QString valueText(qint64 value, Statistic::Unit unit)
{
    return unit == Statistic::Unit::Money ? Money::fromOre(value).toString()
                                          : swedish().toString(value);
}

} // namespace

StatisticsScreen::StatisticsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_buckets(savedAgeBuckets())
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kRefreshCommand), this), &QAction::triggered, this,
            &StatisticsScreen::load);
    connect(commands().bind(QLatin1String(kSavePictureCommand), this), &QAction::triggered,
            this, &StatisticsScreen::savePictureWithDialog);
    connect(commands().bind(QLatin1String(kStartPageCommand), this), &QAction::triggered, this,
            &StatisticsScreen::showOnStartPage);

    // The list first: it is where the keyboard starts (reading order).
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("statisticsList"));
    const QList<StatisticKind> kinds = Statistics::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(i + 1).arg(Statistics::title(kinds.at(i))), m_list);
        item->setData(Qt::UserRole, int(kinds.at(i)));
    }
    m_list->setCurrentRow(0);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 24);
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + 48);

    m_companyOnly = new QCheckBox(this);
    m_companyOnly->setObjectName(QStringLiteral("companyOnly"));
    m_ageBuckets = new QLineEdit(Statistics::boundsText(m_buckets), this);
    m_ageBuckets->setObjectName(QStringLiteral("ageBuckets"));
    m_ageBuckets->setMaxLength(60);
    m_ageBuckets->setMaximumWidth(200);
    m_ageBuckets->setToolTip(tr("Dagar efter förfallodag, stigande, åtskilda med komma. "
                                "Enter använder dem."));
    auto *options = new QGridLayout;
    options->addWidget(m_companyOnly, 0, 0, 1, 2);
    auto *bucketsLabel = new QLabel(tr("Å&ldersgränser (dagar efter förfallodag):"), this);
    bucketsLabel->setBuddy(m_ageBuckets);
    options->addWidget(bucketsLabel, 1, 0);
    options->addWidget(m_ageBuckets, 1, 1);
    options->setColumnStretch(2, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("statisticsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    // A long file name wraps instead of widening the screen (and the chart).
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_chart = new StatisticChart(this);
    m_chart->setObjectName(QStringLiteral("statisticChart"));
    m_values = new QTableWidget(this);
    m_values->setObjectName(QStringLiteral("statisticValues"));
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(false);
    m_values->verticalHeader()->setDefaultSectionSize(m_values->fontMetrics().height() + 6);
    m_values->setAlternatingRowColors(true);
    m_values->setTabKeyNavigation(false);

    auto *right = new QVBoxLayout;
    right->addLayout(options);
    right->addWidget(m_error);
    right->addWidget(m_chart, 3);
    right->addWidget(m_values, 2);
    right->addWidget(m_status);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    contentLayout()->addLayout(columns, 1);

    m_loader = new StatisticsLoader(this);
    connect(m_loader, &StatisticsLoader::loaded, this, &StatisticsScreen::shown);
    connect(m_loader, &StatisticsLoader::failed, this, [this](const QString &message) {
        m_chart->showMessage(tr("Statistiken kunde inte hämtas."));
        m_status->clear();
        setError(message);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { load(); });
    connect(m_companyOnly, &QCheckBox::toggled, this, [this] { load(); });
    connect(m_ageBuckets, &QLineEdit::returnPressed, this, &StatisticsScreen::applyAgeBuckets);

    auto updateCompany = [this] {
        m_companyOnly->setText(session().hasCompany()
                                   ? tr("&Endast företag %1 %2")
                                         .arg(session().companyNumber(), session().companyName())
                                   : tr("&Endast valt företag (inget valt)"));
        m_companyOnly->setEnabled(session().hasCompany());
    };
    updateCompany();
    connect(&session(), &Session::companyChanged, this, [this, updateCompany] {
        updateCompany();
        if (m_companyOnly->isChecked() && isVisible())
            load();
    });
    m_list->setFocus();
}

void StatisticsScreen::declareCommands(CommandRegistry &commands)
{
    const QString context = QLatin1String(kId);
    commands.declare({QLatin1String(kRefreshCommand), context, QKeySequence(Qt::Key_F5),
                      tr("Uppdatera")});
    commands.declare({QLatin1String(kSavePictureCommand), context, QKeySequence(Qt::Key_F8),
                      tr("Spara bild")});
    commands.declare({QLatin1String(kStartPageCommand), context, QKeySequence(Qt::Key_F9),
                      tr("Visa på Startsidan")});
}

QList<int> StatisticsScreen::savedAgeBuckets()
{
    const QString text = settings().value(QLatin1String(kAgeBucketsSetting)).toString();
    if (!text.isEmpty()) {
        try {
            return Statistics::parseBounds(text);
        } catch (const LedgerError &) {
            // A setting spoilt by hand: the defaults.
        }
    }
    return StatisticsOptions().ageBucketDays;
}

StatisticKind StatisticsScreen::currentKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? StatisticKind(item->data(Qt::UserRole).toInt())
                : StatisticKind::NewClaimsPerMonth;
}

bool StatisticsScreen::isLoading() const
{
    return m_loader->isBusy();
}

QString StatisticsScreen::statusText() const
{
    return m_status->text();
}

QString StatisticsScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StatisticsScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        load();
    }
}

void StatisticsScreen::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StatisticsScreen::load()
{
    setError({});
    Database *ledger = session().context().ledger;
    if (!ledger) {
        m_chart->showMessage(tr("Ingen reskontra är öppen."));
        return;
    }
    StatisticsOptions options;
    options.company = m_companyOnly->isChecked() ? session().companyNumber() : QString();
    options.ageBucketDays = m_buckets;
    m_chart->showMessage(tr("Hämtar %1 …").arg(Statistics::title(currentKind())));
    m_values->clear();
    m_values->setRowCount(0);
    m_values->setColumnCount(0);
    m_status->setText(tr("Hämtar …"));
    m_loader->request(*ledger, currentKind(), options);
}

void StatisticsScreen::shown(const Statistic &statistic, qint64 elapsedMs)
{
    m_statistic = statistic;
    m_chart->setStatistic(statistic);
    fillTable(statistic);
    m_status->setText(tr("%1 · %2 · hämtad på %3 s")
                          .arg(statistic.title, statistic.scope,
                               swedish().toString(double(elapsedMs) / 1000.0, 'f', 2)));
    emit statisticShown(statistic.kind);
}

void StatisticsScreen::fillTable(const Statistic &s)
{
    const bool share = s.series.size() == 1;
    QStringList headers{tr("Grupp")};
    headers << s.series;
    if (share)
        headers << tr("Andel");
    m_values->clear();
    m_values->setColumnCount(headers.size());
    m_values->setHorizontalHeaderLabels(headers);
    m_values->setRowCount(s.rows.size() + 1);
    auto put = [this](int row, int column, const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values->setItem(row, column, item);
    };
    for (int r = 0; r < s.rows.size(); ++r) {
        const StatisticRow &row = s.rows.at(r);
        put(r, 0, row.label, false);
        for (int k = 0; k < s.series.size(); ++k)
            put(r, 1 + k, valueText(row.values.value(k), s.unit), true);
        if (share)
            put(r, headers.size() - 1,
                tr("%1 %").arg(swedish().toString(s.sharePercent(r), 'f', 1)), true);
    }
    const int sum = s.rows.size();
    put(sum, 0, tr("Summa"), false);
    for (int k = 0; k < s.series.size(); ++k)
        put(sum, 1 + k, valueText(s.total(k), s.unit), true);
    QFont bold = m_values->font();
    bold.setBold(true);
    for (int c = 0; c < headers.size(); ++c)
        if (QTableWidgetItem *item = m_values->item(sum, c))
            item->setFont(bold);
    m_values->resizeColumnsToContents();
}

void StatisticsScreen::applyAgeBuckets()
{
    try {
        m_buckets = Statistics::parseBounds(m_ageBuckets->text());
    } catch (const LedgerError &e) {
        setError(tr("Åldersgränser: %1").arg(e.message()));
        m_ageBuckets->setFocus();
        return;
    }
    m_ageBuckets->setText(Statistics::boundsText(m_buckets));
    settings().setValue(QLatin1String(kAgeBucketsSetting), Statistics::boundsText(m_buckets));
    load();
}

bool StatisticsScreen::savePicture(const QString &path)
{
    if (isLoading() || m_chart->isEmpty()) {
        setError(tr("Det finns inget diagram att spara ännu."));
        return false;
    }
    if (!m_chart->savePng(path)) {
        setError(tr("Bilden kunde inte sparas i %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    setError({});
    m_status->setText(tr("Diagrammet sparat i %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsScreen::savePictureWithDialog()
{
    const QDate today = session().context().ledger ? session().context().ledger->today()
                                                   : QDate::currentDate();
    const QString suggested = tr("Statistik %1 %2.png")
                                  .arg(Statistics::title(currentKind()),
                                       today.toString(Qt::ISODate));
    QString path;
    if (m_fileName) {
        path = m_fileName(suggested);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        path = QFileDialog::getSaveFileName(this, tr("Spara diagrammet som bild"),
                                            QDir(dir).filePath(suggested),
                                            tr("PNG-bild (*.png)"));
    }
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    savePicture(path);
}

void StatisticsScreen::showOnStartPage()
{
    settings().setValue(QLatin1String(kStartPageSetting), Statistics::key(currentKind()));
    setError({});
    m_status->setText(
        tr("\"%1\" visas nu på Startsidan.").arg(Statistics::title(currentKind())));
}

} // namespace rsk::ui
