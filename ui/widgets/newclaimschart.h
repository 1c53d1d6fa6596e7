#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace rsk::ui {

// Startsida chart: new claims per month as bars; "Ingen statistik ännu"
// when there is nothing to show.
class NewClaimsChart : public QWidget
{
    Q_OBJECT
public:
    explicit NewClaimsChart(QWidget *parent = nullptr);

    void setData(const QList<QPair<QString, qint64>> &claimsPerMonth);
    bool isEmpty() const;
    QChart *chart() const;

private:
    QStackedLayout *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
};

} // namespace rsk::ui
