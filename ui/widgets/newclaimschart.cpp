#include "widgets/newclaimschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>

namespace rsk::ui {

NewClaimsChart::NewClaimsChart(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedLayout(this)),
      m_view(new QChartView(this)),
      m_empty(new QLabel(tr("Ingen statistik ännu"), this))
{
    m_view->setObjectName(QStringLiteral("newClaimsChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(180);
    m_empty->setObjectName(QStringLiteral("noStatisticsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    setData({});
}

void NewClaimsChart::setData(const QList<QPair<QString, qint64>> &claimsPerMonth)
{
    if (claimsPerMonth.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }

    auto *set = new QBarSet(tr("Nya fordringar"));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList months;
    qint64 highest = 0;
    for (const auto &[month, count] : claimsPerMonth) {
        months << month;
        set->append(qreal(count));
        highest = std::max(highest, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Nya fordringar per månad"));
    chart->setTitleFont(font());
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));

    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsFont(font());
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, qreal(std::max<qint64>(highest, 1)));
    axisY->applyNiceNumbers();
    axisY->setLabelsFont(font());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    m_stack->setCurrentWidget(m_view);
}

bool NewClaimsChart::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QChart *NewClaimsChart::chart() const
{
    return m_view->chart();
}

} // namespace rsk::ui
