#include "widgets/newclaimschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace rsk::ui {

namespace {

// Chart values are for the eye only: öre become kronor as a real number
// here, never in a money path (the table beside shows the exact amounts).
qreal chartValue(qint64 value, Statistic::Unit unit)
{
    return unit == Statistic::Unit::Money ? qreal(value) / 100.0 : qreal(value);
}

QString countText(qint64 value)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(value);
}

// Colours for slices and for the second and later bar sets: distinct on
// screen and in grey print; the first bar set takes the palette's highlight.
const char *const kColours[] = {"#2f7fc1", "#e08a1e", "#3a9a5b", "#c0392b", "#8e5ea2",
                                "#1f9e9a", "#b5651d", "#7f8c8d", "#34495e", "#d4ac0d"};

} // namespace

StatisticChart::StatisticChart(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedLayout(this)),
      m_view(new QChartView(this)),
      m_empty(new QLabel(tr("Ingen statistik ännu"), this))
{
    m_view->setObjectName(QStringLiteral("statisticChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(180);
    m_empty->setObjectName(QStringLiteral("noStatisticsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
}

void StatisticChart::setStatistic(const Statistic &s)
{
    if (s.isEmpty()) {
        showMessage(tr("Ingen statistik ännu"));
        return;
    }

    auto *chart = new QChart;
    const bool money = s.unit == Statistic::Unit::Money;
    chart->setTitle(money ? tr("%1 (kr)").arg(s.title) : s.title);
    chart->setTitleFont(font());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));

    if (s.shape == Statistic::Shape::Pie) {
        auto *pie = new QPieSeries;
        for (int i = 0; i < s.rows.size(); ++i) {
            const StatisticRow &row = s.rows.at(i);
            const qint64 value = row.values.value(0);
            if (value <= 0)
                continue;
            QPieSlice *slice = pie->append(
                tr("%1: %2 (%3 %)")
                    .arg(row.label, countText(value),
                         QLocale(QLocale::Swedish, QLocale::Sweden)
                             .toString(s.sharePercent(i), 'f', 1)),
                chartValue(value, s.unit));
            // The legend names each slice with its number and share.
            slice->setColor(QColor(QLatin1String(kColours[i % std::size(kColours)])));
            slice->setBorderColor(palette().color(QPalette::Base));
        }
        pie->setPieSize(0.6);
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setFont(font());
    } else {
        auto *series = new QBarSeries;
        QStringList labels;
        for (const StatisticRow &row : s.rows)
            labels << row.label;
        qreal highest = 0;
        for (int k = 0; k < s.series.size(); ++k) {
            auto *set = new QBarSet(s.series.at(k));
            set->setColor(k == 0 ? palette().color(QPalette::Highlight)
                                 : QColor(QLatin1String(kColours[k % std::size(kColours)])));
            set->setLabelColor(palette().color(QPalette::WindowText));
            for (const StatisticRow &row : s.rows) {
                const qreal v = chartValue(row.values.value(k), s.unit);
                set->append(v);
                highest = std::max(highest, v);
            }
            series->append(set);
        }
        series->setBarWidth(s.series.size() > 1 ? 0.8 : 0.6);
        if (!money && s.rows.size() <= 13) {
            series->setLabelsVisible(true);
            series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            series->setLabelsFormat(QStringLiteral("@value"));
        }
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(labels);
        axisX->setLabelsFont(font());
        // Labels that would not fit side by side get a smaller font, then
        // are slanted, rather than cut.
        const int perLabel = (std::max(m_view->width(), 600) - 90) / int(std::max<qsizetype>(labels.size(), 1));
        auto widest = [&labels](const QFont &f) {
            int w = 0;
            for (const QString &label : labels)
                w = std::max(w, QFontMetrics(f).horizontalAdvance(label));
            return w;
        };
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        if (widest(font()) + 16 > perLabel) {
            axisX->setLabelsFont(small);
            if (widest(small) + 16 > perLabel) {
                axisX->setLabelsAngle(-45);
                axisX->setTruncateLabels(false);
            }
        }
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        if (!money && highest <= 9) {
            // Small counts: one tick per whole number, one step of room
            // above the highest bar for its label.
            axisY->setRange(0, highest + 1);
            axisY->setTickCount(int(highest) + 2);
        } else {
            axisY->setRange(0, std::max<qreal>(highest * 1.1, 1));
            axisY->applyNiceNumbers();
        }
        axisY->setLabelsFont(font());
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setVisible(s.series.size() > 1);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setFont(font());
    }

    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    m_stack->setCurrentWidget(m_view);
}

void StatisticChart::showMessage(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

bool StatisticChart::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QChart *StatisticChart::chart() const
{
    return m_view->chart();
}

bool StatisticChart::savePng(const QString &path) const
{
    if (isEmpty())
        return false;
    return m_view->grab().save(path, "PNG");
}

NewClaimsChart::NewClaimsChart(QWidget *parent) : StatisticChart(parent)
{
    view()->setObjectName(QStringLiteral("newClaimsChartView"));
}

void NewClaimsChart::setData(const QList<QPair<QString, qint64>> &claimsPerMonth)
{
    Statistic s;
    s.kind = StatisticKind::NewClaimsPerMonth;
    s.title = tr("Nya fordringar per månad");
    s.series = {tr("Nya fordringar")};
    for (const auto &[month, count] : claimsPerMonth)
        s.rows.append({month, {count}});
    setStatistic(s);
}

} // namespace rsk::ui
