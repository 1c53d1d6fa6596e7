#include "reports/reporttable.h"

namespace rsk {

QString reportCellText(const QVariant &value, ReportColumn::Kind kind)
{
    if (value.isNull())
        return QString();
    switch (kind) {
    case ReportColumn::Kind::Money:
        return Money::fromOre(value.toLongLong()).toString();
    case ReportColumn::Kind::Date: {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace rsk
