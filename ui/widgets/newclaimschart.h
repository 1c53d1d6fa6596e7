#pragma once

#include "reports/statistics.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace rsk::ui {

// One statistic (core/reports/statistics.h) as a chart: bars per month,
// bucket or group (one bar set per series), or a pie of shares; money in
// kronor. Shows a line of text instead when there is nothing to show
// ("Ingen statistik ännu") or while it is being read ("Hämtar …").
class StatisticChart : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticChart(QWidget *parent = nullptr);

    void setStatistic(const rsk::Statistic &statistic);
    // Text instead of a chart (loading, an error).
    void showMessage(const QString &text);
    bool isEmpty() const;
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // The chart as shown (QChartView::grab()) written as PNG; false when
    // there is no chart or the file cannot be written.
    bool savePng(const QString &path) const;

private:
    QStackedLayout *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
};

// Startsida chart: new claims per month as bars, from the start page's
// facts; any other statistic through setStatistic().
class NewClaimsChart : public StatisticChart
{
    Q_OBJECT
public:
    explicit NewClaimsChart(QWidget *parent = nullptr);

    void setData(const QList<QPair<QString, qint64>> &claimsPerMonth);
};

} // namespace rsk::ui
